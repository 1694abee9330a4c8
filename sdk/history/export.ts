import { formatUnits, type Address } from "viem";
import { ETH_ADDRESS } from "../model/treasury";
import { ROW_WRITERS } from "./kinds";
import type { LedgerEntry } from "./ledger";
import { COLUMNS, isoDate, type Row, type RowTools } from "./row";
import { EMPTY_TRAIL, entryAsset, linksOf, moneyTrail, type MoneyTrail } from "./trail";

export { COLUMNS, type Row } from "./row";

export interface ExportContext {
  /** Symbols and decimals of the fund's assets (ETH included), to write amounts in whole units. */
  assets: readonly { address: Address; symbol: string; decimals: number }[];
  districts: readonly string[];
  /**
   * Texts to write beside their commitments, by lower-cased commitment: only texts the content
   * service published and the reader recomputed (verified). Without one the row keeps its
   * commitment and an empty text; the money trail never depends on it.
   */
  texts?: ReadonlyMap<string, string>;
  /**
   * The whole history the rows' links are looked up in (which proposal opened a round, what a
   * pool's asset is, …), when the rows exported are only part of it (a filtered page).
   */
  history?: readonly LedgerEntry[];
}

export interface CsvOptions {
  /** "," for most spreadsheets; ";" with decimal commas for the Nordic locales. */
  separator: "," | ";";
}

function asset(context: ExportContext, address: Address) {
  if (address.toLowerCase() === ETH_ADDRESS) return { symbol: "ETH", decimals: 18 };
  return (
    context.assets.find((a) => a.address.toLowerCase() === address.toLowerCase()) ?? { symbol: address, decimals: 0 }
  );
}

/** One flat row per entry: what a spreadsheet or an auditor's script reads. */
export function toRow(e: LedgerEntry, context: ExportContext, trail: MoneyTrail = EMPTY_TRAIL): Row {
  const row: Row = {
    time: e.timestamp === null ? "" : isoDate(e.timestamp),
    block: String(e.block),
    transaction: e.tx,
    kind: e.kind,
    contract: e.contract,
    proposal: "",
    decision: "",
    round: "",
    idea: "",
    pool: "",
    pool_grant: "",
    milestone_grant: "",
    milestone: "",
    account: "",
    counterparty: "",
    asset: "",
    amount: "",
    amount_raw: "",
    details: "",
    text_commitment: "",
    text: "",
    ...linksOf(e, trail),
  };
  const money = (address: Address, value: bigint) => {
    const a = asset(context, address);
    row.asset = a.symbol;
    row.amount = formatUnits(value, a.decimals);
    row.amount_raw = String(value);
  };
  const tools: RowTools = {
    row,
    money,
    // A round's, pool's or milestone grant's amount, in its asset when its opening event was read.
    held: (value) => {
      const known = entryAsset(e, trail);
      if (known) money(known, value);
      else row.amount_raw = String(value);
    },
    trail,
    district: (index) => context.districts[index] ?? String(index),
  };
  (ROW_WRITERS[e.kind] as (entry: LedgerEntry, tools: RowTools) => void)(e, tools);
  if (row.text_commitment) row.text = context.texts?.get(row.text_commitment.toLowerCase()) ?? "";
  return row;
}

function cell(value: string, separator: string): string {
  return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The ledger as CSV, UTF-8 with a byte-order mark so spreadsheets read å, æ and ø right.
 * With ";" the amounts use decimal commas, as Nordic spreadsheets expect.
 */
export function toCsv(
  entries: readonly LedgerEntry[],
  context: ExportContext,
  options: CsvOptions = { separator: "," },
): string {
  const { separator } = options;
  const lines = [COLUMNS.join(separator)];
  const trail = moneyTrail(context.history ?? entries);
  for (const e of entries) {
    const row = toRow(e, context, trail);
    if (separator === ";") row.amount = row.amount.replace(".", ",");
    lines.push(COLUMNS.map((c) => cell(row[c], separator)).join(separator));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** The ledger as JSON: the same rows, numbers as exact strings. */
export function toJson(entries: readonly LedgerEntry[], context: ExportContext): string {
  const trail = moneyTrail(context.history ?? entries);
  return (
    JSON.stringify(
      entries.map((e) => toRow(e, context, trail)),
      null,
      2,
    ) + "\n"
  );
}
