import {
  IStewardPool__factory,
  MilestoneGrants__factory,
  PayeeRegistry__factory,
  Treasury__factory,
  type StewardPoolFactory,
} from "../typechain-types";
import type { IStewardPool } from "../typechain-types/contracts/stewards/pools/StewardPool";
import { descriptionHash, type ProposalActions } from "./proposals";

/**
 * The governance proposals behind stewards' delegated money: creating, topping up, changing
 * and closing pools; milestone grants and their cancellation; the payee verification rule.
 * Each returns the actions of one proposal; the tasks, the demo, the tests and the benchmark
 * all build them here.
 */

export type PoolParams = IStewardPool.PoolParamsStruct;
export { POOL_KINDS, POOL_GRANT_STATUSES, MILESTONE_STATUSES, REGISTRATION_SCHEMES } from "../sdk/model/stewards";
import { REGISTRATION_DIGITS, type RegistrationScheme } from "../sdk/model/stewards";

const treasuryInterface = Treasury__factory.createInterface();
const poolInterface = IStewardPool__factory.createInterface();
const milestonesInterface = MilestoneGrants__factory.createInterface();
const payeesInterface = PayeeRegistry__factory.createInterface();

function single(target: string, calldata: string): ProposalActions {
  return { targets: [target], values: [0n], calldatas: [calldata] };
}

/**
 * Creates a pool and reserves its budget on the treasury, in one proposal. The pool's address
 * comes from the description, so it is known before the vote.
 */
export async function poolCreationActions(
  factory: StewardPoolFactory,
  treasury: string,
  params: PoolParams,
  budget: bigint,
  description: string,
): Promise<{ actions: ProposalActions; pool: string; salt: string }> {
  const salt = descriptionHash(description);
  const pool = await factory.predictPool(salt);
  return {
    actions: {
      targets: [await factory.getAddress(), treasury],
      values: [0n, 0n],
      calldatas: [
        factory.interface.encodeFunctionData("createPool", [salt, params]),
        treasuryInterface.encodeFunctionData("setAllowance", [pool, params.token, budget]),
      ],
    },
    pool,
    salt,
  };
}

/** Adds `amount` to a pool's budget (its allowance on the treasury). */
export function poolTopUpActions(treasury: string, pool: string, token: string, amount: bigint): ProposalActions {
  return single(treasury, treasuryInterface.encodeFunctionData("increaseAllowance", [pool, token, amount]));
}

/** Replaces a pool's committee; pending grants must then be proposed again. */
export function poolCommitteeActions(pool: string, committee: string[], threshold: number): ProposalActions {
  return single(pool, poolInterface.encodeFunctionData("setCommittee", [committee, threshold]));
}

/** Closes a pool at once and frees what it had left. */
export function poolCloseActions(pool: string): ProposalActions {
  return single(pool, poolInterface.encodeFunctionData("close"));
}

export interface MilestoneGrantPlan {
  payee: string;
  /** ETH (the zero address) or an ERC-20 address. */
  token: string;
  title: string;
  milestones: { amount: bigint; description: string }[];
}

/** Reserves a milestone grant's total on the treasury, then creates the grant. */
export function milestoneGrantActions(treasury: string, milestones: string, plan: MilestoneGrantPlan): ProposalActions {
  const total = plan.milestones.reduce((sum, m) => sum + m.amount, 0n);
  return {
    targets: [treasury, milestones],
    values: [0n, 0n],
    calldatas: [
      treasuryInterface.encodeFunctionData("increaseAllowance", [milestones, plan.token, total]),
      milestonesInterface.encodeFunctionData("createGrant", [
        plan.payee,
        plan.token,
        plan.milestones.map((m) => m.amount),
        plan.milestones.map((m) => m.description),
        plan.title,
      ]),
    ],
  };
}

/** Cancels what a milestone grant has not yet paid. */
export function milestoneCancelActions(milestones: string, grantId: bigint): ProposalActions {
  return single(milestones, milestonesInterface.encodeFunctionData("cancelRest", [grantId]));
}

/** Turns the verified-payee requirement on or off. */
export function verificationRuleActions(payees: string, required: boolean): ProposalActions {
  return single(payees, payeesInterface.encodeFunctionData("setVerificationRequired", [required]));
}

/** Marks one of the fund's own escrows (a budget round) as payable without an attestation. */
export function fundAccountActions(payees: string, account: string): ProposalActions {
  return single(payees, payeesInterface.encodeFunctionData("setFundAccount", [account, true]));
}

/** One proposal doing the actions of several, in order. */
export function concatActions(...parts: ProposalActions[]): ProposalActions {
  return {
    targets: parts.flatMap((p) => p.targets),
    values: parts.flatMap((p) => p.values),
    calldatas: parts.flatMap((p) => p.calldatas),
  };
}

/** The registration number's shape per register (digits only), as the registry checks it. */
export function registrationProblem(scheme: RegistrationScheme, number: string): string | null {
  const digits = REGISTRATION_DIGITS[scheme];
  return new RegExp(`^\\d{${digits}}$`).test(number) ? null : `must be ${digits} digits`;
}
