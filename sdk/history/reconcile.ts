import { getAddress, type Address } from "viem";
import type { LedgerEntry } from "./ledger";
import { moneyTrail } from "./trail";

/** Per asset: what the events explain (deposits − payments) next to what the contract holds. */
export interface Reconciliation {
  asset: Address;
  deposits: bigint;
  payments: bigint;
  explained: bigint;
  balance: bigint;
  /** balance − explained: an inflow without an event (forced ETH, a direct transfer) when positive. */
  unexplained: bigint;
}

/** `balances` maps lower-cased asset addresses (the zero address for ETH) to what the contract holds. */
export function reconcile(entries: readonly LedgerEntry[], balances: ReadonlyMap<string, bigint>): Reconciliation[] {
  const totals = new Map<string, { asset: Address; deposits: bigint; payments: bigint }>();
  const total = (asset: string) => {
    const key = asset.toLowerCase();
    if (!totals.has(key)) totals.set(key, { asset: getAddress(key), deposits: 0n, payments: 0n });
    return totals.get(key)!;
  };
  for (const [asset] of balances) total(asset);
  for (const e of entries) {
    if (e.kind === "deposit") total(e.asset).deposits += e.amount;
    if (e.kind === "payment") total(e.asset).payments += e.amount;
  }
  return [...totals.values()].map(({ asset, deposits, payments }) => {
    const balance = balances.get(asset.toLowerCase()) ?? 0n;
    const explained = deposits - payments;
    return { asset, deposits, payments, explained, balance, unexplained: balance - explained };
  });
}

/**
 * A budget round's escrow: paid in by the treasury (its opening proposal's payment), then paid
 * out in two ways kept apart: released to winners, and returned to the treasury.
 */
export interface EscrowReconciliation {
  round: Address;
  asset: Address;
  /** The proposal that opened the round (null when its opening is not in the history). */
  proposal: bigint | null;
  paidIn: bigint;
  released: bigint;
  returned: bigint;
  /** paidIn − released − returned. */
  explained: bigint;
  balance: bigint;
  /** balance − explained: a token sent straight into the escrow when positive. */
  unexplained: bigint;
}

/** `balances` maps lower-cased round addresses to what each escrow holds of its asset. */
export function reconcileEscrows(
  entries: readonly LedgerEntry[],
  balances: ReadonlyMap<string, bigint>,
): EscrowReconciliation[] {
  const trail = moneyTrail(entries);
  const escrows = new Map<string, EscrowReconciliation>();
  for (const e of entries)
    if (e.kind === "roundCreated")
      escrows.set(e.round.toLowerCase(), {
        round: e.round,
        asset: e.asset,
        proposal: trail.rounds.get(e.round.toLowerCase())?.proposal ?? null,
        paidIn: 0n,
        released: 0n,
        returned: 0n,
        explained: 0n,
        balance: balances.get(e.round.toLowerCase()) ?? 0n,
        unexplained: 0n,
      });
  for (const e of entries) {
    if (e.kind === "payment") {
      const escrow = escrows.get(e.to.toLowerCase());
      if (escrow && e.asset.toLowerCase() === escrow.asset.toLowerCase()) escrow.paidIn += e.amount;
    }
    if (e.kind === "release") {
      const escrow = escrows.get(e.address.toLowerCase());
      if (escrow) escrow.released += e.amount;
    }
    if (e.kind === "unspentReturned") {
      const escrow = escrows.get(e.address.toLowerCase());
      if (escrow) escrow.returned += e.amount;
    }
  }
  return [...escrows.values()].map((r) => {
    const explained = r.paidIn - r.released - r.returned;
    return { ...r, explained, unexplained: r.balance - explained };
  });
}
