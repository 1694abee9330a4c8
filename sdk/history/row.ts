import type { Address } from "viem";
import type { EntryBase } from "./entry";

/** The ledger's columns, the same in CSV and JSON. */
export const COLUMNS = [
  "time",
  "block",
  "transaction",
  "kind",
  "contract",
  "proposal",
  "account",
  "counterparty",
  "asset",
  "amount",
  "amount_raw",
  "details",
  "text_commitment",
  "text",
] as const;
export type Row = Record<(typeof COLUMNS)[number], string>;

/** What a domain's row writer fills in, beside the columns every row has. */
export interface RowTools {
  row: Row;
  /** Sets asset, amount (whole units) and amount_raw. */
  money(asset: Address, value: bigint): void;
  /** An amount in the asset of the pool or milestone grant it belongs to (amount_raw alone when unknown). */
  held(value: bigint): void;
  /** A district's name (its number when unknown). */
  district(index: number): string;
}

/** One domain's rows: how each of its kinds of entry fills a row. */
export type RowWriters<Body extends { kind: string }> = {
  [K in Body["kind"]]: (entry: EntryBase & Extract<Body, { kind: K }>, tools: RowTools) => void;
};

/** A contract timestamp as an ISO date and time. */
export const isoDate = (seconds: bigint | number) => new Date(Number(seconds) * 1000).toISOString();
