import { encodeFunctionData, getAbiItem, toFunctionSelector, type Address, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";
import { ETH_ADDRESS } from "../model/treasury";
import { single, type ProposalActions } from "./actions";
import { grantActions } from "./governance";

/**
 * What a member does in a budget round, each sponsored by the fund's paymaster: cast (or replace)
 * a ballot (directly, or by signature through the signature relay when the wallet holds no ETH),
 * submit an idea, withdraw one's own idea.
 */
export const ROUND_MEMBER_ACTIONS = ["castBallot", "castBallotBySig", "submitIdea", "withdrawIdea"] as const;

const roundSelector = (name: (typeof ROUND_MEMBER_ACTIONS)[number]): Hex =>
  toFunctionSelector(getAbiItem({ abi: ABIS.round, name }));

/**
 * Lets the paymaster pay for members' ballots and ideas in `round`: a round is a new contract, so
 * the proposal that opens it also adds it to the paymaster's allowed actions.
 */
export function roundSponsorshipActions(paymaster: Address, round: Address): ProposalActions {
  return single(
    paymaster,
    encodeFunctionData({
      abi: ABIS.paymaster,
      functionName: "setAllowedActions",
      args: [ROUND_MEMBER_ACTIONS.map(() => round), ROUND_MEMBER_ACTIONS.map(roundSelector), true],
    }),
  );
}

/**
 * Tops up the gas fund: a grant of `amount` wei from the treasury to the paymaster, whose
 * `receive` adds it to its deposit at the EntryPoint (what members' operations are paid from).
 */
export function gasFundTopUpActions(
  treasury: Address,
  paymaster: Address,
  amount: bigint,
  description: string,
): ProposalActions {
  return grantActions(treasury, { asset: ETH_ADDRESS, recipient: paymaster, amount }, description);
}
