import { encodeFunctionData, type Address, type ContractFunctionArgs, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";
import { descriptionHash } from "../model/description";
import { concatActions, type ProposalActions } from "./actions";
import { predictClone } from "./clones";
import { roundSponsorshipActions } from "./sponsorship";
import { fundAccountActions } from "./stewards";

/** What the factory's createRound takes: asset, districts and budgets, schedule, ballot rules, reviewers, guardian, rule. */
export type RoundParams = ContractFunctionArgs<typeof ABIS.roundFactory, "nonpayable", "createRound">[1];

/** The whole budget of a round: the sum of its districts' budgets. */
export function roundTotal(params: Pick<RoundParams, "budgets">): bigint {
  return params.budgets.reduce((sum, b) => sum + b, 0n);
}

/** The contracts a round's opening proposal calls. */
export interface RoundContracts {
  treasury: Address;
  roundFactory: Address;
  /** The BudgetRound every clone runs: with the factory, it fixes the new round's address. */
  roundImplementation: Address;
  payeeRegistry: Address;
  /** The fund's paymaster, when it has one: the opening lets it pay for the round's ballots and ideas. */
  paymaster?: Address | null;
}

/**
 * The actions of the proposal that opens a round, in order: when payouts require verified
 * payees, the round's escrow is first marked as the fund's own account; then the treasury pays
 * the whole budget into the escrow (at the address the factory will clone it to); then the
 * factory creates the round, which checks the budget has arrived; last, when the fund has a
 * paymaster, the round's ballots and ideas join the actions it pays for. The salt is the
 * proposal's description hash, so the payment's `decision`, the round's address and the proposal
 * tie up.
 */
export function roundOpeningActions(
  contracts: RoundContracts,
  params: RoundParams,
  description: string,
  options: { verifiedPayeesRequired: boolean },
): { actions: ProposalActions; round: Address; salt: Hex } {
  const salt = descriptionHash(description);
  const round = predictClone(contracts.roundFactory, contracts.roundImplementation, salt);
  const pay = encodeFunctionData({
    abi: ABIS.treasury,
    functionName: "pay",
    args: [params.asset, round, roundTotal(params), salt],
  });
  const create = encodeFunctionData({ abi: ABIS.roundFactory, functionName: "createRound", args: [salt, params] });
  const opening: ProposalActions = {
    targets: [contracts.treasury, contracts.roundFactory],
    values: [0n, 0n],
    calldatas: [pay, create],
  };
  return {
    actions: concatActions(
      ...(options.verifiedPayeesRequired ? [fundAccountActions(contracts.payeeRegistry, round)] : []),
      opening,
      ...(contracts.paymaster ? [roundSponsorshipActions(contracts.paymaster, round)] : []),
    ),
    round,
    salt,
  };
}
