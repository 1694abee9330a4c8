import type { LedgerEntry } from "@sdk/history/ledger";

type Address = `0x${string}`;

/**
 * What later history lines need from earlier ones about the stewards' money: a pool's name and
 * asset (its grants name only amounts), a milestone grant's title and asset, and which
 * micro-grant or milestone a treasury payment paid (the same transaction).
 */
export interface StewardsIndex {
  pools: ReadonlyMap<string, { name: string; asset: Address }>;
  grants: ReadonlyMap<bigint, { title: string; asset: Address }>;
  paid: ReadonlyMap<string, { pool: Address; grantId: bigint } | { grantId: bigint; index: number }>;
  /** The milestone grants contract (lower-cased), once it created a grant. */
  milestones: string | null;
}

export const EMPTY_STEWARDS_INDEX: StewardsIndex = {
  pools: new Map(),
  grants: new Map(),
  paid: new Map(),
  milestones: null,
};

export function stewardsIndex(entries: readonly LedgerEntry[]): StewardsIndex {
  const pools = new Map<string, { name: string; asset: Address }>();
  const grants = new Map<bigint, { title: string; asset: Address }>();
  const paid = new Map<string, { pool: Address; grantId: bigint } | { grantId: bigint; index: number }>();
  let milestones: string | null = null;
  for (const e of entries) {
    if (e.kind === "poolOpened") pools.set(e.address.toLowerCase(), { name: e.name, asset: e.asset });
    if (e.kind === "milestoneGrantCreated") {
      grants.set(e.grantId, { title: e.title, asset: e.asset });
      milestones = e.address.toLowerCase();
    }
    if (e.kind === "poolGrantPaid") paid.set(e.tx, { pool: e.address, grantId: e.grantId });
    if (e.kind === "milestoneReleased") paid.set(e.tx, { grantId: e.grantId, index: e.index });
  }
  return { pools, grants, paid, milestones };
}
