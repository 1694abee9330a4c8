/** IBudgetRound's Phase and IdeaStatus enums, in order: one list for the harness, the dApp and the audit. */
export const ROUND_PHASES = ["Ideas", "Review", "Voting", "Tally", "Challenge", "Payout", "Closed"] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

export const IDEA_STATUSES = [
  "None",
  "Submitted",
  "Withdrawn",
  "Feasible",
  "Infeasible",
  "Funded",
  "Cancelled",
  "Released",
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/**
 * A ballot as a voter signs it (EIP-712), for a relayer to send with castBallotBySig. Any later
 * ballot of the voter's uses up `nonce`, so an older signature can never replace it.
 */
export const BALLOT_TYPES = {
  Ballot: [
    { name: "voter", type: "address" },
    { name: "ideaIds", type: "uint256[]" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** The signing domain of one budget round (each round is its own contract). */
export function ballotDomain(round: `0x${string}`, chainId: number) {
  return { name: "Pulje Budget Round", version: "1", chainId, verifyingContract: round } as const;
}

/** IBudgetRound.ReviewReason, in order: why a reviewer decided as they did (beside the written reason). */
export const REVIEW_REASONS = [
  "Feasible",
  "OutsideMandate",
  "NotPossible",
  "TooExpensive",
  "AgainstRules",
  "AlreadyPlanned",
  "Other",
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** IBudgetRound.CancelReason, in order: why a winner was cancelled. */
export const CANCEL_REASONS = [
  "PayeeIneligible",
  "ConflictOfInterest",
  "Misconduct",
  "NoLongerPossible",
  "Other",
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** One idea of a district as the allocation sees it. */
export interface AllocationCandidate {
  id: bigint;
  cost: bigint;
  approvals: number;
}

/**
 * Why an idea was or was not funded: below the round's minimum support (the round never offers
 * it to the rule), or by the greedy rule's turn, with what was left of the budget when its turn
 * came — funded if it fit, passed over if it did not.
 */
export type AllocationOutcome =
  | { result: "funded"; leftBefore: bigint }
  | { result: "didNotFit"; leftBefore: bigint }
  | { result: "belowMinimum"; minApprovals: number };

/** The greedy rule's order: most approvals, then the lower cost, then the lower id. */
export function greedyOrder(a: AllocationCandidate, b: AllocationCandidate): number {
  return b.approvals - a.approvals || (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : 0) || (a.id < b.id ? -1 : 1);
}

/**
 * GreedyApprovalRule (contracts/rounds/GreedyApprovalRule.sol) replayed for one district, as
 * BudgetRound calls it: ideas with fewer than `minApprovals` are never candidates; the others,
 * in the rule's order, are funded while they fit in what is left. Each idea's outcome says why,
 * so a resident can see how an idea with more votes than a winner was not funded.
 */
export function greedyAllocation(
  ideas: readonly AllocationCandidate[],
  budget: bigint,
  minApprovals: number,
): Map<bigint, AllocationOutcome> {
  const outcomes = new Map<bigint, AllocationOutcome>();
  let left = budget;
  for (const idea of [...ideas].sort(greedyOrder)) {
    if (idea.approvals < minApprovals) outcomes.set(idea.id, { result: "belowMinimum", minApprovals });
    else if (idea.cost > left) outcomes.set(idea.id, { result: "didNotFit", leftBefore: left });
    else {
      outcomes.set(idea.id, { result: "funded", leftBefore: left });
      left -= idea.cost;
    }
  }
  return outcomes;
}
