import { useMemo } from "react";
import type { Address, Hex } from "viem";
import { useReadContracts } from "wagmi";
import { parseDescription } from "@sdk/model/description";
import type { LedgerEntry } from "@sdk/history/ledger";
import { useFundHistory } from "../history/useFundHistory";
import { roundContract } from "../config/contracts";
import { ROUND_PHASES, type RoundPhase, type RoundSchedule } from "./roundModel";

export interface RoundListing {
  address: Address;
  asset: Address;
  total: bigint;
  /** The opening proposal's permanent public title (if it has one), its text's commitment, its id. */
  publicTitle: string | null;
  text: Hex | null;
  proposalId: bigint | null;
  /** When the round was created (block), for ordering. */
  block: bigint;
}

/**
 * The fund's rounds from its history, newest first: each with the proposal that opened it
 * (the round's salt is that proposal's description hash, and its createRound action carries it).
 */
export function roundListings(entries: readonly LedgerEntry[] | undefined): RoundListing[] {
  const openedBy = new Map<string, { publicTitle: string | null; text: Hex | null; proposalId: bigint }>();
  for (const e of entries ?? []) {
    if (e.kind !== "proposal") continue;
    for (const action of e.actions) {
      if (action.kind === "openRound")
        openedBy.set(action.salt, { ...parseDescription(e.description), proposalId: e.proposalId });
    }
  }
  const rounds: RoundListing[] = [];
  for (const e of entries ?? []) {
    if (e.kind !== "roundCreated") continue;
    const proposal = openedBy.get(e.salt);
    rounds.push({
      address: e.round,
      asset: e.asset,
      total: e.total,
      publicTitle: proposal?.publicTitle ?? null,
      text: proposal?.text ?? null,
      proposalId: proposal?.proposalId ?? null,
      block: e.block,
    });
  }
  return rounds.sort((a, b) => Number(b.block - a.block));
}

export interface RoundOverview extends RoundListing {
  phase: RoundPhase;
  schedule: RoundSchedule;
}

const SCHEDULE_FIELDS = [
  "phase",
  "ideasEnd",
  "reviewEnd",
  "votingEnd",
  "finalizedAt",
  "challengeDelay",
  "payoutWindow",
  "closedAt",
] as const;

/** Every round with its phase and schedule: one history scan and one batched read. */
export function useRounds() {
  const history = useFundHistory();
  const listings = useMemo(() => roundListings(history.data), [history.data]);
  const reads = useReadContracts({
    allowFailure: false,
    contracts: listings.flatMap((r) =>
      SCHEDULE_FIELDS.map((functionName) => ({ ...roundContract(r.address), functionName }) as const),
    ),
    query: { enabled: listings.length > 0 },
  });
  const rounds: RoundOverview[] = [];
  if (reads.data) {
    listings.forEach((listing, i) => {
      const [phase, ideasEnd, reviewEnd, votingEnd, finalizedAt, challengeDelay, payoutWindow, closedAt] =
        reads.data.slice(i * SCHEDULE_FIELDS.length, (i + 1) * SCHEDULE_FIELDS.length) as number[];
      rounds.push({
        ...listing,
        phase: ROUND_PHASES[phase],
        schedule: { ideasEnd, reviewEnd, votingEnd, finalizedAt, challengeDelay, payoutWindow, closedAt },
      });
    });
  }
  return {
    rounds,
    isLoading: history.isLoading || (listings.length > 0 && reads.isLoading),
    error: history.error ?? reads.error,
    refetch: () => (history.refetch(), reads.refetch()),
  };
}
