/** OpenZeppelin's ProposalState enum, in order. */
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

/** The filters of the proposal list, in the order shown. */
export const STATE_FILTERS: readonly ProposalState[] = [
  "Active",
  "Pending",
  "Succeeded",
  "Queued",
  "Executed",
  "Defeated",
  "Canceled",
];
