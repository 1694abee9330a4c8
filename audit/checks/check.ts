import type { Address, Hex } from "viem";
import type { LedgerEntry } from "../../sdk/history/ledger";

/** One audit check: passed or failed, with the evidence either way. */
export interface CheckResult {
  id: number;
  title: string;
  passed: boolean;
  evidence: string[];
}

/** How the report writes an amount of an asset (symbol, decimals). */
export type FormatAmount = (asset: Address, amount: bigint) => string;

/** The ledger entries of one kind. */
export type Entry<K extends LedgerEntry["kind"]> = Extract<LedgerEntry, { kind: K }>;

/** A transaction as the evidence names it. */
export const short = (tx: Hex) => `${tx.slice(0, 10)}…`;

export const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function executionsByTx(entries: readonly LedgerEntry[]): Map<Hex, Entry<"execution">[]> {
  const byTx = new Map<Hex, Entry<"execution">[]>();
  for (const e of entries) if (e.kind === "execution") byTx.set(e.tx, [...(byTx.get(e.tx) ?? []), e]);
  return byTx;
}

export function proposalsById(entries: readonly LedgerEntry[]): Map<bigint, Entry<"proposal">> {
  return new Map(entries.flatMap((e) => (e.kind === "proposal" ? [[e.proposalId, e] as const] : [])));
}
