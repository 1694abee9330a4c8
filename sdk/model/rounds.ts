/** IBudgetRound's Phase and IdeaStatus enums, in order: one list for the harness, the dApp and the audit. */
export const ROUND_PHASES = ["Ideas", "Review", "Voting", "Tally", "Challenge", "Payout"] as const;
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
