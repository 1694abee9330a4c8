import { useMemo } from "react";
import type { Address } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import { useFundHistory } from "../history/useFundHistory";

export interface Member {
  account: Address;
  district: number;
  /** The block that admitted the member (the dApp reads its time with useBlockTimes). */
  joinedBlock: bigint;
  joinedAt: number | null;
  /** Who votes with this member's vote (the member themself unless they delegated). */
  delegate: Address;
}

/**
 * Current members, rebuilt from the membership and delegation events: admitted, revoked or
 * left, and each one's latest delegation (none means self).
 */
export function membersFrom(entries: readonly LedgerEntry[]): Member[] {
  const members = new Map<string, Member>();
  const delegates = new Map<string, Address>();
  for (const e of entries) {
    if (e.kind === "delegation") delegates.set(e.delegator.toLowerCase(), e.to);
    if (e.kind !== "membership") continue;
    const key = e.account.toLowerCase();
    if (e.change === "added")
      members.set(key, {
        account: e.account,
        district: e.district,
        joinedBlock: e.block,
        joinedAt: e.timestamp,
        delegate: e.account,
      });
    else members.delete(key);
  }
  return [...members.values()].map((m) => ({ ...m, delegate: delegates.get(m.account.toLowerCase()) ?? m.account }));
}

export function useMembers() {
  const history = useFundHistory();
  const members = useMemo(() => membersFrom(history.data ?? []), [history.data]);
  return { members, isLoading: history.isLoading, error: history.error };
}
