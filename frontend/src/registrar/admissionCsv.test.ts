import { describe, expect, it } from "vitest";
import { accountCode } from "@sdk/accounts/accountCode";
import { parseAdmissionCsv } from "./admissionCsv";

const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup By"];
const ANNA = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const BO = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const CARL = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";

describe("a CSV of members to admit", () => {
  it("reads codes and addresses with their districts by name, skipping a header and empty lines", () => {
    const csv = [
      "Address;District",
      `${accountCode(ANNA)}; Skovlunde`,
      "",
      `${BO.toLowerCase()},måløv`,
      `"${CARL}"\t"Ballerup By"`,
      "",
    ].join("\r\n");
    expect(parseAdmissionCsv(`\uFEFF${csv}`, DISTRICTS)).toEqual({
      rows: [
        { line: 2, address: ANNA, district: 0 },
        { line: 4, address: BO, district: 1 },
        { line: 5, address: CARL, district: 2 },
      ],
      problems: [],
    });
  });

  it("reports every line that cannot be admitted, by its number", () => {
    const code = accountCode(ANNA);
    const typo = code.slice(0, 6) + (code[6] === "0" ? "1" : "0") + code.slice(7);
    const csv = [
      `${ANNA};Skovlunde`,
      `${BO}`,
      `${typo};Skovlunde`,
      `${CARL};Herlev`,
      `${ANNA.toLowerCase()};Måløv`,
      `${BO};Måløv;extra`,
      `0x1234;Måløv`,
      `${BO.replace("d", "D")};Måløv`,
    ].join("\n");
    expect(parseAdmissionCsv(csv, DISTRICTS)).toEqual({
      rows: [{ line: 1, address: ANNA, district: 0 }],
      problems: [
        { line: 2, kind: "columns" },
        { line: 3, kind: "code", problem: "check" },
        { line: 4, kind: "district", district: "Herlev" },
        { line: 5, kind: "duplicate", first: 1 },
        { line: 6, kind: "columns" },
        { line: 7, kind: "code", problem: "characters" },
        { line: 8, kind: "code", problem: "checksum" },
      ],
    });
  });

  it("finds no members in a file of only a header", () => {
    expect(parseAdmissionCsv("konto;område\n\n", DISTRICTS)).toEqual({ rows: [], problems: [] });
  });
});
