import type { Address } from "viem";
import { parseAccountCode, type AccountCodeProblem } from "@sdk/accounts/accountCode";

/** One member to admit, from line `line` (counted from 1, as an editor shows it). */
export interface AdmissionRow {
  line: number;
  address: Address;
  district: number;
}

/** What is wrong with one line, with the facts its sentence names. */
export type AdmissionProblem =
  | { line: number; kind: "columns" }
  | { line: number; kind: "code"; problem: AccountCodeProblem }
  | { line: number; kind: "district"; district: string }
  | { line: number; kind: "duplicate"; first: number };

/** Header words a spreadsheet may put on its first line (in the dApp's four languages). */
const HEADERS = /^(address|account|code|adress|adresse|konto|kontokod|kontokode)$/i;

/**
 * Reads a CSV of members to admit: per line an account code or address, a semicolon (or comma,
 * or tab) and the district's name (any case). Empty lines and a header line are skipped. Every
 * line that cannot be admitted is reported with its number, and nothing is admitted while any
 * is: the registrar corrects the file first.
 */
export function parseAdmissionCsv(
  text: string,
  districts: readonly string[],
): { rows: AdmissionRow[]; problems: AdmissionProblem[] } {
  const rows: AdmissionRow[] = [];
  const problems: AdmissionProblem[] = [];
  const seen = new Map<string, number>();
  const byName = new Map(districts.map((name, index) => [name.trim().toLowerCase(), index]));
  // A spreadsheet saved as UTF-8 may start with a byte-order mark.
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const fields = raw.split(/[;,\t]/).map((f) =>
      f
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim(),
    );
    if (line === 1 && HEADERS.test(fields[0])) return;
    if (fields.length !== 2 || fields[0] === "" || fields[1] === "") {
      problems.push({ line, kind: "columns" });
      return;
    }
    const parsed = parseAccountCode(fields[0]);
    if (!parsed.ok) {
      problems.push({ line, kind: "code", problem: parsed.problem });
      return;
    }
    const district = byName.get(fields[1].toLowerCase());
    if (district === undefined) {
      problems.push({ line, kind: "district", district: fields[1] });
      return;
    }
    const first = seen.get(parsed.address);
    if (first !== undefined) {
      problems.push({ line, kind: "duplicate", first });
      return;
    }
    seen.set(parsed.address, line);
    rows.push({ line, address: parsed.address, district });
  });
  return { rows, problems };
}
