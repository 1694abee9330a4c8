import type { LedgerEntry } from "@sdk/history/ledger";

type Address = `0x${string}`;

/**
 * What a history line needs from other lines: which proposal a payment's transaction executed,
 * each budget round's asset (its entries name only amounts), a pool's asset, a milestone
 * grant's asset (their names are texts in the content service: the line of their opening has them), and which micro-grant or milestone a treasury payment paid
 * (the same transaction). Built in one pass over the history.
 */
export interface HistoryIndex {
  executions: ReadonlyMap<string, bigint>;
  roundAssets: ReadonlyMap<string, Address>;
  pools: ReadonlyMap<string, { asset: Address }>;
  grants: ReadonlyMap<bigint, { asset: Address }>;
  paid: ReadonlyMap<string, { pool: Address; grantId: bigint } | { grantId: bigint; index: number }>;
  /** The milestone grants contract (lower-cased), once it created a grant. */
  milestones: string | null;
}

export const EMPTY_HISTORY_INDEX: HistoryIndex = historyIndex([]);

export function historyIndex(entries: readonly LedgerEntry[]): HistoryIndex {
  const executions = new Map<string, bigint>();
  const roundAssets = new Map<string, Address>();
  const pools = new Map<string, { asset: Address }>();
  const grants = new Map<bigint, { asset: Address }>();
  const paid = new Map<string, { pool: Address; grantId: bigint } | { grantId: bigint; index: number }>();
  let milestones: string | null = null;
  for (const e of entries) {
    if (e.kind === "execution") executions.set(e.tx, e.proposalId);
    if (e.kind === "roundCreated") roundAssets.set(e.round.toLowerCase(), e.asset);
    if (e.kind === "poolOpened") pools.set(e.address.toLowerCase(), { asset: e.asset });
    if (e.kind === "milestoneGrantCreated") {
      grants.set(e.grantId, { asset: e.asset });
      milestones = e.address.toLowerCase();
    }
    if (e.kind === "poolGrantPaid") paid.set(e.tx, { pool: e.address, grantId: e.grantId });
    if (e.kind === "milestoneReleased") paid.set(e.tx, { grantId: e.grantId, index: e.index });
  }
  return { executions, roundAssets, pools, grants, paid, milestones };
}
