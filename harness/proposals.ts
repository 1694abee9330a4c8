import { Interface, keccak256, toUtf8Bytes, ZeroAddress } from "ethers";
import { Treasury__factory } from "../typechain-types";

/** The zero address stands for ETH wherever an asset is named. */
export const ETH = ZeroAddress;

/** The actions of a proposal, in the governor's argument order. */
export interface ProposalActions {
  targets: string[];
  values: bigint[];
  calldatas: string[];
}

export interface Grant {
  /** ETH (the zero address) or an ERC-20 address. */
  token: string;
  recipient: string;
  /** In the asset's smallest unit. */
  amount: bigint;
}

/** Governor Bravo's vote types, as the governor numbers them. */
export const VoteSupport = { against: 0, for: 1, abstain: 2 } as const;
export type VoteChoice = keyof typeof VoteSupport;

export { PROPOSAL_STATES, type ProposalState as ProposalStateName } from "../sdk/model/governance";

// One implementation for the harness, the dApp and the audit tool.
export { parseDescription, proposalDescription } from "../sdk/model/description";

export function descriptionHash(description: string): string {
  return keccak256(toUtf8Bytes(description));
}

const treasuryInterface: Interface = Treasury__factory.createInterface();

/**
 * The single action of a grant: the treasury pays the recipient. `decision` is the
 * proposal's description hash, which the treasury's Paid event carries so an auditor can
 * tie the payment to the proposal.
 */
export function grantActions(treasury: string, grant: Grant, description: string): ProposalActions {
  return {
    targets: [treasury],
    values: [0n],
    calldatas: [
      treasuryInterface.encodeFunctionData("pay", [
        grant.token,
        grant.recipient,
        grant.amount,
        descriptionHash(description),
      ]),
    ],
  };
}
