import type { ProposalState } from "@audit/proposalStates";

export { PROPOSAL_STATES, stateName, type ProposalState } from "@audit/proposalStates";

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
