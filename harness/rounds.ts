import type { BudgetRoundFactory } from "../typechain-types";
import type { IBudgetRound } from "../typechain-types/contracts/rounds/BudgetRound";
import { concatActions, fundAccountActions } from "./stewards";
import { descriptionHash, type ProposalActions } from "./proposals";
import { Treasury__factory } from "../typechain-types";

export type RoundParams = IBudgetRound.RoundParamsStruct;

/** The whole budget of a round: the sum of its districts' budgets. */
export function roundTotal(params: RoundParams): bigint {
  return params.budgets.reduce<bigint>((sum, b) => sum + BigInt(b), 0n);
}

/**
 * The two actions of the proposal that opens a round, in order: the treasury pays the whole
 * budget into the round's escrow (at the address the factory will clone it to), then the
 * factory creates the round, which checks the budget has arrived. The salt is the proposal's
 * description hash, so the payment's `decision`, the round's address and the proposal tie up.
 */
export async function roundOpeningActions(
  factory: BudgetRoundFactory,
  treasury: string,
  params: RoundParams,
  description: string,
  /** When payouts require verified payees, the round's escrow is first marked as the fund's own. */
  payees?: { registry: string; required: boolean },
): Promise<{ actions: ProposalActions; round: string; salt: string }> {
  const salt = descriptionHash(description);
  const round = await factory.predictRound(salt);
  const pay = Treasury__factory.createInterface().encodeFunctionData("pay", [
    params.asset,
    round,
    roundTotal(params),
    salt,
  ]);
  const create = factory.interface.encodeFunctionData("createRound", [salt, params]);
  const actions = { targets: [treasury, await factory.getAddress()], values: [0n, 0n], calldatas: [pay, create] };
  return {
    actions: payees?.required ? concatActions(fundAccountActions(payees.registry, round), actions) : actions,
    round,
    salt,
  };
}

export { IDEA_STATUSES, ROUND_PHASES } from "../sdk/model/rounds";
