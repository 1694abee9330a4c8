import { encodeFunctionData, type Address, type ContractFunctionArgs, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";
import { descriptionHash } from "../model/description";
import { single, type ProposalActions } from "./actions";
import { predictClone } from "./clones";

/**
 * The governance proposals behind stewards' delegated money: creating, topping up, changing and
 * closing pools; milestone grants and their cancellation; the payee verification rule.
 */

/**
 * What the pool factory's createPool takes: kind, the commitment to its name and mandate (text),
 * token, cap, end, committee and threshold.
 */
export type PoolParams = ContractFunctionArgs<typeof ABIS.poolFactory, "nonpayable", "createPool">[1];

/** A pool's rules without its text: what a config file or a form gives before the text is stored. */
export type PoolSettings = Omit<PoolParams, "text">;

/**
 * Creates a pool and reserves its budget on the treasury, in one proposal. The pool's address
 * comes from the description, so it is known before the vote.
 */
export function poolCreationActions(
  contracts: { treasury: Address; poolFactory: Address; poolImplementation: Address },
  params: PoolParams,
  budget: bigint,
  description: string,
): { actions: ProposalActions; pool: Address; salt: Hex } {
  const salt = descriptionHash(description);
  const pool = predictClone(contracts.poolFactory, contracts.poolImplementation, salt);
  return {
    actions: {
      targets: [contracts.poolFactory, contracts.treasury],
      values: [0n, 0n],
      calldatas: [
        encodeFunctionData({ abi: ABIS.poolFactory, functionName: "createPool", args: [salt, params] }),
        encodeFunctionData({ abi: ABIS.treasury, functionName: "setAllowance", args: [pool, params.token, budget] }),
      ],
    },
    pool,
    salt,
  };
}

/** Adds `amount` to a pool's budget (its allowance on the treasury). */
export function poolTopUpActions(treasury: Address, pool: Address, asset: Address, amount: bigint): ProposalActions {
  return single(
    treasury,
    encodeFunctionData({ abi: ABIS.treasury, functionName: "increaseAllowance", args: [pool, asset, amount] }),
  );
}

/** Replaces a pool's committee; pending grants must then be proposed again. */
export function poolCommitteeActions(pool: Address, committee: readonly Address[], threshold: number): ProposalActions {
  return single(
    pool,
    encodeFunctionData({ abi: ABIS.pool, functionName: "setCommittee", args: [committee, threshold] }),
  );
}

/** Closes a pool at once and frees what it had left. */
export function poolCloseActions(pool: Address): ProposalActions {
  return single(pool, encodeFunctionData({ abi: ABIS.pool, functionName: "close" }));
}

export interface MilestoneGrantPlan {
  payee: Address;
  /** ETH (the zero address) or an ERC-20 address. */
  asset: Address;
  /** The commitment to the grant's title. */
  title: Hex;
  /** Each milestone's amount and the commitment to its description. */
  milestones: readonly { amount: bigint; description: Hex }[];
}

/** Reserves a milestone grant's total on the treasury, then creates the grant. */
export function milestoneGrantActions(
  contracts: { treasury: Address; milestoneGrants: Address },
  plan: MilestoneGrantPlan,
): ProposalActions {
  const total = plan.milestones.reduce((sum, m) => sum + m.amount, 0n);
  return {
    targets: [contracts.treasury, contracts.milestoneGrants],
    values: [0n, 0n],
    calldatas: [
      encodeFunctionData({
        abi: ABIS.treasury,
        functionName: "increaseAllowance",
        args: [contracts.milestoneGrants, plan.asset, total],
      }),
      encodeFunctionData({
        abi: ABIS.milestoneGrants,
        functionName: "createGrant",
        args: [
          plan.payee,
          plan.asset,
          plan.milestones.map((m) => m.amount),
          plan.milestones.map((m) => m.description),
          plan.title,
        ],
      }),
    ],
  };
}

/** Cancels what a milestone grant has not yet paid. */
export function milestoneCancelActions(milestoneGrants: Address, grantId: bigint): ProposalActions {
  return single(
    milestoneGrants,
    encodeFunctionData({ abi: ABIS.milestoneGrants, functionName: "cancelRest", args: [grantId] }),
  );
}

/**
 * Sets the guardian's veto window on milestone deliveries (seconds), for deliveries marked
 * after it is carried out; one already delivered keeps the time it was given.
 */
export function vetoWindowActions(milestoneGrants: Address, seconds: number): ProposalActions {
  return single(
    milestoneGrants,
    encodeFunctionData({ abi: ABIS.milestoneGrants, functionName: "setVetoWindow", args: [seconds] }),
  );
}

/** Turns the verified-payee requirement on or off. */
export function verificationRuleActions(payeeRegistry: Address, required: boolean): ProposalActions {
  return single(
    payeeRegistry,
    encodeFunctionData({ abi: ABIS.payeeRegistry, functionName: "setVerificationRequired", args: [required] }),
  );
}

/** Marks one of the fund's own escrows (a budget round) as payable without an attestation. */
export function fundAccountActions(payeeRegistry: Address, account: Address): ProposalActions {
  return single(
    payeeRegistry,
    encodeFunctionData({ abi: ABIS.payeeRegistry, functionName: "setFundAccount", args: [account, true] }),
  );
}
