/** OpenZeppelin's ProposalState enum, in order: one list for the harness, the dApp and the audit. */
export const PROPOSAL_STATES = [
  "Pending",
  "Active",
  "Canceled",
  "Defeated",
  "Succeeded",
  "Queued",
  "Expired",
  "Executed",
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export function stateName(value: number | bigint | undefined): ProposalState | undefined {
  return value === undefined ? undefined : PROPOSAL_STATES[Number(value)];
}

/** Governor Bravo's vote types, in the order the governor numbers them (0, 1, 2). */
export const VOTE_CHOICES = ["against", "for", "abstain"] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** The `support` number the governor takes for a choice. */
export const supportOf = (choice: VoteChoice): number => VOTE_CHOICES.indexOf(choice);

/** The choice behind a `support` number from a VoteCast event (unknown numbers as abstain, which they count as). */
export const choiceOf = (support: number | bigint): VoteChoice => VOTE_CHOICES[Number(support)] ?? "abstain";

/** The governance rules a proposal can change, by the setter that changes them. */
export const RULE_SETTERS = {
  setVotingDelay: "votingDelay",
  setVotingPeriod: "votingPeriod",
  setProposalThreshold: "proposalThreshold",
  updateQuorumNumerator: "quorumPercent",
  setLateQuorumVoteExtension: "lateQuorumExtension",
  updateDelay: "timelockDelay",
} as const;
export type RuleSetter = keyof typeof RULE_SETTERS;
export type RuleName = (typeof RULE_SETTERS)[RuleSetter];

/** The rule-changed events, by the rule they change. */
export const RULE_EVENTS: Record<string, RuleName> = {
  VotingDelaySet: "votingDelay",
  VotingPeriodSet: "votingPeriod",
  ProposalThresholdSet: "proposalThreshold",
  QuorumNumeratorUpdated: "quorumPercent",
  LateQuorumVoteExtensionSet: "lateQuorumExtension",
  MinDelayChange: "timelockDelay",
};
