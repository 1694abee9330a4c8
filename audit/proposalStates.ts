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
