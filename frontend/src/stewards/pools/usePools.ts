import { useMemo } from "react";
import type { Address, Hex } from "viem";
import { useAccount, useReadContracts } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { poolContract } from "../../config/contracts";
import { POOL_GRANT_STATUSES, type PoolGrantStatus } from "../stewardModel";
import { useStewardEvents, type PoolApplication, type PoolListing } from "../useStewardEvents";

export interface PoolGrant {
  id: bigint;
  payee: Address;
  amount: bigint;
  approvals: number;
  status: PoolGrantStatus;
  proposer: Address;
  /** The commitment to the proposer's written reason (null: its event is not in the history). */
  reason: Hex | null;
  /** Proposed under an earlier committee: it can no longer be approved. */
  stale: boolean;
  /** Whether the connected account approved it. */
  approvedByMe: boolean;
}

export interface Pool extends PoolListing {
  token: Address;
  cap: bigint;
  endsAt: number;
  closed: boolean;
  remaining: bigint;
  spent: bigint;
  committee: readonly Address[];
  threshold: number;
  grants: PoolGrant[];
  /** Whether the connected account is on the committee now. */
  isMine: boolean;
  /** Residents' applications, from the pool's events, in the order they were made. */
  applications: PoolApplication[];
  /** A task group's list of interested members now (empty for a quick pool). */
  interested: Address[];
}

const FIELDS = [
  "token",
  "capPerGrant",
  "endsAt",
  "closed",
  "remaining",
  "spent",
  "committee",
  "threshold",
  "grantCount",
  "epoch",
] as const;

interface GrantState {
  payee: Address;
  amount: bigint;
  epoch: number;
  approvals: number;
  status: number;
  proposer: Address;
}

/**
 * Every quick pool and task group with its budget, committee and grants: the factory's events
 * for the list, then two batched reads (the pools' settings; every grant and whether the
 * connected account approved it), whatever the number of pools.
 */
export function usePools() {
  const events = useStewardEvents();
  const { address: account } = useAccount();
  const listings = useMemo(() => events.data?.pools ?? [], [events.data]);
  const who = account ?? ETH_ADDRESS;

  const settings = useReadContracts({
    allowFailure: false,
    contracts: listings.flatMap((p) => [
      ...FIELDS.map((functionName) => ({ ...poolContract(p.address), functionName }) as const),
      { ...poolContract(p.address), functionName: "isCommitteeMember", args: [who] } as const,
    ]),
    query: { enabled: listings.length > 0 },
  });
  const width = FIELDS.length + 1;
  const grantIds = useMemo(
    () =>
      listings.map((_, i) => {
        const count = Number((settings.data?.[i * width + 8] as bigint | undefined) ?? 0n);
        return Array.from({ length: count }, (_, g) => BigInt(g + 1));
      }),
    [listings, settings.data, width],
  );
  const grants = useReadContracts({
    allowFailure: false,
    contracts: listings.flatMap((p, i) =>
      grantIds[i].flatMap((id) => [
        { ...poolContract(p.address), functionName: "grantOf", args: [id] } as const,
        { ...poolContract(p.address), functionName: "hasApproved", args: [id, who] } as const,
      ]),
    ),
    query: { enabled: Boolean(settings.data) && grantIds.some((ids) => ids.length > 0) },
  });

  const pools = useMemo((): Pool[] => {
    if (!settings.data || !events.data) return [];
    const anyGrants = grantIds.some((ids) => ids.length > 0);
    if (anyGrants && !grants.data) return [];
    let offset = 0;
    return listings.map((listing, i) => {
      const s = settings.data.slice(i * width, (i + 1) * width);
      const epoch = s[9] as number;
      const texts = events.data.proposals.get(listing.address.toLowerCase());
      const poolGrants = grantIds[i].map((id): PoolGrant => {
        const state = grants.data![offset] as GrantState;
        const approvedByMe = grants.data![offset + 1] as boolean;
        offset += 2;
        const status = POOL_GRANT_STATUSES[state.status] ?? "None";
        return {
          id,
          payee: state.payee,
          amount: state.amount,
          approvals: state.approvals,
          status,
          proposer: state.proposer,
          reason: texts?.get(id)?.reason ?? null,
          stale: status === "Pending" && state.epoch !== epoch,
          approvedByMe: Boolean(account) && approvedByMe,
        };
      });
      return {
        ...listing,
        token: s[0] as Address,
        cap: s[1] as bigint,
        endsAt: s[2] as number,
        closed: s[3] as boolean,
        remaining: s[4] as bigint,
        spent: s[5] as bigint,
        committee: s[6] as readonly Address[],
        threshold: s[7] as number,
        grants: poolGrants,
        isMine: Boolean(account) && (s[10] as boolean),
        applications: events.data.applications.get(listing.address.toLowerCase()) ?? [],
        interested: events.data.interested.get(listing.address.toLowerCase()) ?? [],
      };
    });
  }, [settings.data, events.data, grants.data, listings, grantIds, width, account]);

  return {
    pools,
    isLoading: events.isLoading || (listings.length > 0 && (settings.isLoading || grants.isLoading)),
    error: events.error ?? settings.error ?? grants.error,
  };
}
