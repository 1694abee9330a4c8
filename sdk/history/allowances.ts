import { getAddress, type Address } from "viem";
import type { LedgerEntry } from "./ledger";

/** One spender's allowance of one asset: what its events explain next to what the treasury says. */
export interface SpenderAllowance {
  spender: Address;
  asset: Address;
  /** The amounts AllowanceSet raised it by (or lowered it by, as a negative), spent and returned. */
  set: bigint;
  spent: bigint;
  returned: bigint;
  explained: bigint;
  /** The treasury's allowanceOf at the audited block. */
  onChain: bigint;
  /** Events that do not continue from the one before (a change no event recorded). */
  gaps: string[];
}

/** Per asset: what the treasury says it reserved, next to the sum of the allowances and what it holds. */
export interface ReservedFigures {
  asset: Address;
  onChain: bigint;
  explained: bigint;
  balance: bigint;
}

export interface AllowanceReconciliation {
  spenders: SpenderAllowance[];
  reserved: ReservedFigures[];
}

/** The key of a spender's allowance of an asset in the maps below. */
export const allowanceKey = (spender: string, asset: string) => `${spender.toLowerCase()}:${asset.toLowerCase()}`;

/** Every (spender, asset) pair the treasury's allowance events mention, in order of first mention. */
export function allowancePairs(entries: readonly LedgerEntry[]): { spender: Address; asset: Address }[] {
  const pairs = new Map<string, { spender: Address; asset: Address }>();
  for (const e of entries) {
    if (e.kind !== "allowanceSet" && e.kind !== "allowanceSpent" && e.kind !== "allowanceReturned") continue;
    const key = allowanceKey(e.spender, e.asset);
    if (!pairs.has(key)) pairs.set(key, { spender: e.spender, asset: e.asset });
  }
  return [...pairs.values()];
}

/**
 * Replays the treasury's allowance events: AllowanceSet gives the new allowance (and the one it
 * replaced, which must be the replayed one), AllowanceSpent lowers it (and says what remains),
 * AllowanceReturned lowers it. `onChain` maps allowanceKey to the treasury's allowanceOf;
 * `reserved` and `balances` map lower-cased assets to its `reserved` and what it holds (an asset
 * missing from `reserved` is not compared: a treasury older than allowances has none).
 */
export function reconcileAllowances(
  entries: readonly LedgerEntry[],
  onChain: ReadonlyMap<string, bigint>,
  reserved: ReadonlyMap<string, bigint>,
  balances: ReadonlyMap<string, bigint>,
): AllowanceReconciliation {
  const spenders = new Map<string, SpenderAllowance>();
  const of = (spender: Address, asset: Address) => {
    const key = allowanceKey(spender, asset);
    if (!spenders.has(key))
      spenders.set(key, {
        spender,
        asset,
        set: 0n,
        spent: 0n,
        returned: 0n,
        explained: 0n,
        onChain: onChain.get(key) ?? 0n,
        gaps: [],
      });
    return spenders.get(key)!;
  };
  const tx = (e: LedgerEntry) => `tx ${e.tx.slice(0, 10)}…`;
  for (const e of entries) {
    if (e.kind === "allowanceSet") {
      const a = of(e.spender, e.asset);
      if (e.previous !== a.explained) a.gaps.push(`set from ${e.previous}, events explain ${a.explained} (${tx(e)})`);
      a.set += e.amount - a.explained;
      a.explained = e.amount;
    } else if (e.kind === "allowanceSpent") {
      const a = of(e.spender, e.asset);
      a.spent += e.amount;
      a.explained -= e.amount;
      if (e.remaining !== a.explained)
        a.gaps.push(`${e.remaining} left after a spend, events explain ${a.explained} (${tx(e)})`);
    } else if (e.kind === "allowanceReturned") {
      const a = of(e.spender, e.asset);
      a.returned += e.amount;
      a.explained -= e.amount;
    }
  }
  const totals = new Map<string, bigint>();
  for (const a of spenders.values())
    totals.set(a.asset.toLowerCase(), (totals.get(a.asset.toLowerCase()) ?? 0n) + a.explained);
  const assets = [...new Set([...reserved.keys(), ...totals.keys()])].filter((asset) => reserved.has(asset));
  return {
    spenders: [...spenders.values()],
    reserved: assets
      .filter((asset) => (reserved.get(asset) ?? 0n) > 0n || totals.has(asset))
      .map((asset) => ({
        asset: getAddress(asset),
        onChain: reserved.get(asset)!,
        explained: totals.get(asset) ?? 0n,
        balance: balances.get(asset) ?? 0n,
      })),
  };
}
