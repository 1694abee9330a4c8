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
