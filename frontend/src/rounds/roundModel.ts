/**
 * A budget round as the dApp shows it, put together from the round's storage (statuses, costs,
 * approvals) and its events (the commitments to titles, descriptions and reasons, and reason
 * codes; the words themselves come from the content service), and the rules a ballot
 * must meet, checked here before anything is sent so a member sees why at once.
 */
import type { Address, Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import {
  greedyAllocation,
  greedyOrder,
  IDEA_STATUSES,
  ROUND_PHASES,
  type CancelReason,
  type IdeaStatus,
  type ReviewReason,
  type RoundPhase,
} from "@sdk/model/rounds";

export { IDEA_STATUSES, ROUND_PHASES, type IdeaStatus, type RoundPhase };

export interface RoundIdea {
  id: bigint;
  district: number;
  /** The idea's place among its district's ideas: its bit in a ballot. */
  slot: number;
  status: IdeaStatus;
  cost: bigint;
  approvals: number;
  proposer: Address;
  payee: Address;
  /** The commitment to its title and description (null: the round's events do not have it). */
  text: Hex | null;
  /** The cost the proposer asked for, before any review revised it. */
  submittedCost: bigint;
  review: { feasible: boolean; code: ReviewReason; reason: Hex; reviewer: Address; previousCost: bigint } | null;
  cancel: { code: CancelReason; reason: Hex } | null;
}

export interface RoundDistrict {
  id: number;
  name: string;
  budget: bigint;
  allocated: bigint;
  /** Whether its budget has been allocated (the round's results come with the last district). */
  finalized: boolean;
  ideas: RoundIdea[];
}

export interface RoundSchedule {
  ideasEnd: number;
  reviewEnd: number;
  votingEnd: number;
  /** 0 until the results are finalized. */
  finalizedAt: number;
  challengeDelay: number;
  /** Seconds after the objections in which winners can be paid. */
  payoutWindow: number;
  /** When the members closed the round (0 while open). */
  closedAt: number;
}

export interface RoundRules {
  minPicks: number;
  maxPicks: number;
  maxIdeasPerDistrict: number;
  maxIdeasPerMember: number;
  /** Fewest approvals a winner needs. */
  minApprovals: number;
  anyMemberMaySubmit: boolean;
  /** Whether it allocates with the fund's greedy rule (GreedyApprovalRule), whose reasons the dApp can give. */
  greedy: boolean;
}

/** The raw `ideaOf` tuple as viem returns it. */
export interface IdeaState {
  cost: bigint;
  approvals: number;
  district: number;
  slot: number;
  status: number;
  proposer: Address;
  payee: Address;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Joins each idea's on-chain state with its texts and latest review from the round's events. */
export function ideasOf(round: Address, states: readonly IdeaState[], entries: readonly LedgerEntry[]): RoundIdea[] {
  const texts = new Map<bigint, { text: Hex; cost: bigint }>();
  const reviews = new Map<bigint, RoundIdea["review"]>();
  const cancels = new Map<bigint, NonNullable<RoundIdea["cancel"]>>();
  for (const e of entries) {
    if (!same(e.address, round)) continue;
    if (e.kind === "idea") texts.set(e.ideaId, { text: e.text, cost: e.cost });
    // A reviewer may revise an assessment during review: the last one stands.
    if (e.kind === "review")
      reviews.set(e.ideaId, {
        feasible: e.feasible,
        code: e.code,
        reason: e.reason,
        reviewer: e.reviewer,
        previousCost: e.previousCost,
      });
    if (e.kind === "winnerCancelled") cancels.set(e.ideaId, { code: e.code, reason: e.reason });
  }
  return states.map((s, i) => {
    const id = BigInt(i + 1);
    const text = texts.get(id);
    return {
      id,
      district: s.district,
      slot: s.slot,
      status: IDEA_STATUSES[s.status] ?? "None",
      cost: s.cost,
      approvals: s.approvals,
      proposer: s.proposer,
      payee: s.payee,
      text: text?.text ?? null,
      submittedCost: text?.cost ?? s.cost,
      review: reviews.get(id) ?? null,
      cancel: cancels.get(id) ?? null,
    };
  });
}

/** One step of the timeline: when it ends (if it has an end yet) and where the round is. */
export interface PhaseStep {
  phase: RoundPhase;
  ends: number | null;
  state: "done" | "current" | "upcoming";
}

/** When winners can no longer be paid: the payout window's end, or when the members closed the round. */
export function payoutEnds(schedule: RoundSchedule): number | null {
  if (schedule.closedAt !== 0) return schedule.closedAt;
  if (schedule.finalizedAt === 0) return null;
  return schedule.finalizedAt + schedule.challengeDelay + schedule.payoutWindow;
}

/** The seven phases in order, each with its end: the later ones end only once results exist. */
export function phaseSteps(phase: RoundPhase, schedule: RoundSchedule): PhaseStep[] {
  const current = ROUND_PHASES.indexOf(phase);
  const results = schedule.finalizedAt === 0 ? null : schedule.finalizedAt;
  const ends: Record<RoundPhase, number | null> = {
    Ideas: schedule.ideasEnd,
    Review: schedule.reviewEnd,
    Voting: schedule.votingEnd,
    Tally: results,
    Challenge: results === null ? null : results + schedule.challengeDelay,
    Payout: payoutEnds(schedule),
    Closed: null,
  };
  return ROUND_PHASES.map((p, i) => ({
    phase: p,
    ends: ends[p],
    state: i < current ? "done" : i === current ? "current" : "upcoming",
  }));
}

/** Which of a district's ideas a ballot (`ballotOf`'s 64-bit set of slots) picks. */
export function picksToIds(picks: bigint, ideas: readonly RoundIdea[]): bigint[] {
  return ideas.filter((idea) => (picks >> BigInt(idea.slot)) & 1n).map((idea) => idea.id);
}

export type PickBlock = { reason: "maxPicks"; max: number } | { reason: "overBudget"; over: bigint };

/**
 * Why an idea cannot join the ideas already picked, or null when it can: the ballot is full,
 * or its cost would take the total over the district's budget (by how much).
 */
export function whyNotPickable(
  idea: RoundIdea,
  picked: readonly RoundIdea[],
  budget: bigint,
  maxPicks: number,
): PickBlock | null {
  if (picked.some((p) => p.id === idea.id)) return null;
  if (picked.length >= maxPicks) return { reason: "maxPicks", max: maxPicks };
  const total = picked.reduce((sum, p) => sum + p.cost, 0n) + idea.cost;
  return total > budget ? { reason: "overBudget", over: total - budget } : null;
}

export type BallotProblem = { reason: "tooFew"; min: number } | { reason: "overBudget"; over: bigint } | null;

/** What stops a ballot from being cast, mirroring the contract's checks (count and budget). */
export function ballotProblem(picked: readonly RoundIdea[], budget: bigint, minPicks: number): BallotProblem {
  if (picked.length < minPicks) return { reason: "tooFew", min: minPicks };
  const total = picked.reduce((sum, p) => sum + p.cost, 0n);
  return total > budget ? { reason: "overBudget", over: total - budget } : null;
}

/** Ideas that won money in the results (paid out, waiting, or cancelled by the guardian). */
export const WON: readonly IdeaStatus[] = ["Funded", "Released", "Cancelled"];

/** Why an idea in a district's results was not funded, as far as the chain's data shows it. */
export type NotFundedReason =
  /** Fewer approvals than the round's minimum: never offered to the allocation. */
  | { reason: "belowMinimum"; minApprovals: number }
  /** Its turn came when less than its cost was left of the district's budget. */
  | { reason: "didNotFit"; left: bigint };

export interface RankedIdea extends RoundIdea {
  /** Null for a winner, and for a loser whose reason the data does not show. */
  notFunded: NotFundedReason | null;
}

/**
 * A district's results: its ideas in the allocation's order (votes, then cost, then id), what
 * was allocated and paid, and what is left; each idea not funded with the reason, when the data
 * shows it. Below the minimum support is the round's own rule, whatever allocates. "Did not
 * fit" is the greedy rule's reason: given only when the round uses the fund's greedy rule and
 * replaying it on the chain's approvals and costs funds exactly the ideas the round funded.
 */
export function districtResults(district: RoundDistrict, allocation: { minApprovals: number; greedy: boolean }) {
  const ranked = district.ideas.filter((i) => i.status === "Feasible" || WON.includes(i.status)).sort(greedyOrder);
  const replay = greedyAllocation(ranked, district.budget, allocation.minApprovals);
  const agrees =
    allocation.greedy && ranked.every((i) => (replay.get(i.id)?.result === "funded") === WON.includes(i.status));
  const notFunded = (idea: RoundIdea): NotFundedReason | null => {
    if (WON.includes(idea.status)) return null;
    if (idea.approvals < allocation.minApprovals)
      return { reason: "belowMinimum", minApprovals: allocation.minApprovals };
    const outcome = replay.get(idea.id);
    return agrees && outcome?.result === "didNotFit" ? { reason: "didNotFit", left: outcome.leftBefore } : null;
  };
  const paid = district.ideas.filter((i) => i.status === "Released").reduce((sum, i) => sum + i.cost, 0n);
  const cancelled = district.ideas.filter((i) => i.status === "Cancelled").reduce((sum, i) => sum + i.cost, 0n);
  return {
    ranked: ranked.map((idea): RankedIdea => ({ ...idea, notFunded: notFunded(idea) })),
    allocated: district.allocated,
    paid,
    left: district.budget - district.allocated + cancelled,
  };
}
