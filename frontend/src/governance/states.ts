import type { ProposalState } from "@sdk/model/governance";

export { PROPOSAL_STATES, stateName, type ProposalState } from "@sdk/model/governance";

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
