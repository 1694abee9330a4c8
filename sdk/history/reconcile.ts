import { getAddress, type Address } from "viem";
import type { LedgerEntry } from "./ledger";

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

/** A budget round's escrow: paid in by the treasury; paid out to winners and back to the treasury. */
export interface EscrowReconciliation extends Reconciliation {
  round: Address;
}

/** `balances` maps lower-cased round addresses to what each escrow holds of its asset. */
export function reconcileEscrows(
  entries: readonly LedgerEntry[],
  balances: ReadonlyMap<string, bigint>,
): EscrowReconciliation[] {
  return entries.flatMap((created) => {
    if (created.kind !== "roundCreated") return [];
    const round = created.round.toLowerCase();
    let deposits = 0n;
    let payments = 0n;
    for (const e of entries) {
      if (e.kind === "payment" && e.to.toLowerCase() === round && e.asset.toLowerCase() === created.asset.toLowerCase())
        deposits += e.amount;
      if ((e.kind === "release" || e.kind === "unspentReturned") && e.address.toLowerCase() === round)
        payments += e.amount;
    }
    const balance = balances.get(round) ?? 0n;
    const explained = deposits - payments;
    return [
      {
        round: created.round,
        asset: created.asset,
        deposits,
        payments,
        explained,
        balance,
        unexplained: balance - explained,
      },
    ];
  });
}
