import type { Hex } from "viem";
import type { StopReason } from "@sdk/model/stewards";
import { useMemo } from "react";
import { keccak256, toBytes } from "viem";
import { useAccount, useReadContracts } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { milestoneGrantsContract } from "../../config/contracts";
import { milestoneGrantsAbi } from "@sdk/generated/pulje";
import { MILESTONE_STATUSES, type MilestoneStatus } from "../stewardModel";
import { milestoneKey, useStewardEvents, type Delivery, type MilestoneGrantListing } from "../useStewardEvents";

export const STEWARD_ROLE = keccak256(toBytes("STEWARD_ROLE"));

export interface Milestone {
  index: number;
  amount: bigint;
  status: MilestoneStatus;
  /** When a delivered milestone can be released (0 otherwise). */
  releasableAt: number;
  /** The commitment to its description. */
  description: Hex | null;
  /** The latest delivery's evidence, and the guardian's reason if it was stopped since. */
  delivery: Delivery | null;
  stop: { code: StopReason; reason: Hex } | null;
}

export interface MilestoneGrant extends MilestoneGrantListing {
  milestones: Milestone[];
}

interface MilestoneState {
  amount: bigint;
  status: number;
  releasableAt: number;
}

/**
 * Every milestone grant with each milestone's status and evidence: the events for the texts,
 * then one batched read of the settings, the connected account's role and every milestone.
 */
export function useMilestones() {
  const contract = milestoneGrantsContract();
  const events = useStewardEvents();
  const { address: account } = useAccount();
  const listings = useMemo(() => events.data?.milestoneGrants ?? [], [events.data]);
  const who = account ?? ETH_ADDRESS;
  // A fund deployed before milestone grants has no contract: nothing is read then.
  const target = contract ?? { address: ETH_ADDRESS, abi: milestoneGrantsAbi };

  const settings = useReadContracts({
    allowFailure: false,
    contracts: [
      { ...target, functionName: "vetoWindow" },
      { ...target, functionName: "guardian" },
      { ...target, functionName: "hasRole", args: [STEWARD_ROLE, who] },
    ],
    query: { enabled: Boolean(contract) },
  });
  const states = useReadContracts({
    allowFailure: false,
    contracts: listings.flatMap((g) =>
      Array.from(
        { length: g.count },
        (_, i) => ({ ...target, functionName: "milestoneOf", args: [g.grantId, i] }) as const,
      ),
    ),
    query: { enabled: Boolean(contract) && listings.length > 0 },
  });

  const grants = useMemo((): MilestoneGrant[] => {
    if (!events.data || (listings.length > 0 && !states.data)) return [];
    let offset = 0;
    return listings.map((g) => ({
      ...g,
      milestones: Array.from({ length: g.count }, (_, index): Milestone => {
        const m = states.data![offset++] as MilestoneState;
        const key = milestoneKey(g.grantId, index);
        const status = MILESTONE_STATUSES[m.status] ?? "None";
        return {
          index,
          amount: m.amount,
          status,
          releasableAt: m.releasableAt,
          description: events.data.descriptions.get(key) ?? null,
          delivery: status === "Planned" ? null : (events.data.deliveries.get(key) ?? null),
          stop: status === "Planned" ? (events.data.stops.get(key) ?? null) : null,
        };
      }),
    }));
  }, [states.data, events.data, listings]);

  const guardian = settings.data?.[1];
  return {
    available: Boolean(contract),
    grants,
    vetoWindow: settings.data?.[0],
    guardian,
    isSteward: Boolean(account) && Boolean(settings.data?.[2]),
    isGuardian: Boolean(account && guardian && guardian.toLowerCase() === account.toLowerCase()),
    isLoading: events.isLoading || settings.isLoading || states.isLoading,
    error: events.error ?? settings.error ?? states.error,
  };
}
