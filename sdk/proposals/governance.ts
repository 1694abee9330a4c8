import { encodeFunctionData, type Address, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";
import { descriptionHash } from "../model/description";
import type { RuleName } from "../model/governance";
import type { Majority } from "../model/majority";
import { concatActions, single, type ProposalActions } from "./actions";

/**
 * The proposals of the core fund: grants, rule changes, the guardian, memberships, roles and
 * minting. Each returns the actions of one proposal; the harness, the tasks, the demo, the tests,
 * the benchmarks and the dApp all build them here.
 */

export interface Grant {
  /** ETH (the zero address) or an ERC-20 address. */
  asset: Address;
  recipient: Address;
  /** In the asset's smallest unit. */
  amount: bigint;
}

/**
 * The single action of a grant: the treasury pays the recipient. `decision` is the proposal's
 * description hash, which the treasury's Paid event carries so an auditor can tie the payment
 * to the proposal.
 */
export function grantActions(treasury: Address, grant: Grant, description: string): ProposalActions {
  return single(
    treasury,
    encodeFunctionData({
      abi: ABIS.treasury,
      functionName: "pay",
      args: [grant.asset, grant.recipient, grant.amount, descriptionHash(description)],
    }),
  );
}

export interface RuleChange {
  rule: RuleName;
  /** Seconds for durations, whole percent for the quorum, the voting source's units for the threshold. */
  value: bigint;
}

/** Changes governance rules, each by its setter: the timelock's delay on the timelock, the rest on the governor. */
export function ruleChangeActions(
  contracts: { governor: Address; timelock: Address },
  changes: readonly RuleChange[],
): ProposalActions {
  const abi = ABIS.governor;
  const onGovernor = (data: Hex) => single(contracts.governor, data);
  return concatActions(
    ...changes.map(({ rule, value }) => {
      // The duration setters take uint32/uint48, which viem types as numbers.
      switch (rule) {
        case "timelockDelay":
          return single(
            contracts.timelock,
            encodeFunctionData({ abi: ABIS.timelock, functionName: "updateDelay", args: [value] }),
          );
        case "votingDelay":
          return onGovernor(encodeFunctionData({ abi, functionName: "setVotingDelay", args: [Number(value)] }));
        case "votingPeriod":
          return onGovernor(encodeFunctionData({ abi, functionName: "setVotingPeriod", args: [Number(value)] }));
        case "lateQuorumExtension":
          return onGovernor(
            encodeFunctionData({ abi, functionName: "setLateQuorumVoteExtension", args: [Number(value)] }),
          );
        case "proposalThreshold":
          return onGovernor(encodeFunctionData({ abi, functionName: "setProposalThreshold", args: [value] }));
        case "quorumPercent":
          return onGovernor(encodeFunctionData({ abi, functionName: "updateQuorumNumerator", args: [value] }));
      }
    }),
  );
}

/**
 * Changes the majority proposals need (For among For + Against, see sdk/model/majority): for
 * every proposal whose vote opens after it is executed; a running vote keeps its own.
 */
export function majorityActions(governor: Address, majority: Majority): ProposalActions {
  return single(
    governor,
    encodeFunctionData({
      abi: ABIS.governor,
      functionName: "setMajority",
      args: [BigInt(majority.numerator), BigInt(majority.denominator)],
    }),
  );
}

/** Appoints a new proposal guardian (the zero address removes the seat). */
export function guardianActions(governor: Address, guardian: Address): ProposalActions {
  return single(
    governor,
    encodeFunctionData({ abi: ABIS.governor, functionName: "setProposalGuardian", args: [guardian] }),
  );
}

/** Ends a membership. */
export function revokeMemberActions(membership: Address, account: Address): ProposalActions {
  return single(membership, encodeFunctionData({ abi: ABIS.membership, functionName: "revoke", args: [account] }));
}

/** Adds a district to the membership. */
export function addDistrictActions(membership: Address, name: string): ProposalActions {
  return single(membership, encodeFunctionData({ abi: ABIS.membership, functionName: "addDistrict", args: [name] }));
}

/** The contracts whose roles governance grants and revokes (all OpenZeppelin AccessControl). */
export type RoleContract = "timelock" | "membership" | "payeeRegistry" | "milestoneGrants";

/** Grants or revokes `role` (its hash) on one of the fund's access-controlled contracts. */
export function roleActions(
  target: Address,
  contract: RoleContract,
  change: "grant" | "revoke",
  role: Hex,
  account: Address,
): ProposalActions {
  return single(
    target,
    encodeFunctionData({
      abi: ABIS[contract],
      functionName: change === "grant" ? "grantRole" : "revokeRole",
      args: [role, account],
    }),
  );
}

/** Mints community tokens (token-weighted funds). */
export function mintActions(token: Address, to: Address, amount: bigint): ProposalActions {
  return single(token, encodeFunctionData({ abi: ABIS.token, functionName: "mint", args: [to, amount] }));
}
