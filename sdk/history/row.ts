import type { Address } from "viem";
import type { EntryBase } from "./entry";
import { LINK_COLUMNS, type MoneyTrail } from "./trail";

/**
 * The ledger's columns, the same in CSV and JSON. After where the row is on chain: what it
 * links to (the proposal, the decision hash, the round and idea, pool and micro-grant, or
 * milestone grant and milestone, numbered from 1), then who, how much (in whole units and,
 * exactly, in the asset's smallest units) and what.
 */
export const COLUMNS = [
  "time",
  "block",
  "transaction",
  "kind",
  "contract",
  ...LINK_COLUMNS,
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
  /** An amount in the asset of the round, pool or milestone grant it belongs to (amount_raw alone when unknown). */
  held(value: bigint): void;
  /** Who paid for what: each round's, pool's and milestone grant's opening, the payees reviews named. */
  trail: MoneyTrail;
  /** A district's name (its number when unknown). */
  district(index: number): string;
}

/** One domain's rows: how each of its kinds of entry fills a row. */
export type RowWriters<Body extends { kind: string }> = {
  [K in Body["kind"]]: (entry: EntryBase & Extract<Body, { kind: K }>, tools: RowTools) => void;
};

/** A contract timestamp as an ISO date and time. */
export const isoDate = (seconds: bigint | number) => new Date(Number(seconds) * 1000).toISOString();
