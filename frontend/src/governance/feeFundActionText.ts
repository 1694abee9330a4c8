import { decodeFunctionData, getAbiItem, toFunctionSelector, type Hex } from "viem";
import type { DecodedAction } from "@sdk/history/actions";
import { budgetRoundAbi, fundPaymasterAbi } from "@sdk/generated/pulje";
import { ROUND_MEMBER_ACTIONS } from "@sdk/proposals/sponsorship";
import { FUND } from "../config/deployment";
import type { I18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";

type Call = Extract<DecodedAction, { kind: "call" }>;

/** The selectors of what a member does in a budget round, which a round's opening lets the fee fund pay for. */
const ROUND_SELECTORS = new Set<string>(
  ROUND_MEMBER_ACTIONS.map((name) => toFunctionSelector(getAbiItem({ abi: budgetRoundAbi, name }))),
);

/**
 * The members' rules for the fee fund (the paymaster) in words: which actions it pays for, each
 * member's allowance, the most it pays per unit of gas, and money taken back from it. Null for
 * any other call.
 */
export function describeFeeFundCall(action: Call, { t, amount }: I18n): string | null {
  const paymaster = FUND?.contracts.paymaster;
  if (!paymaster || action.value !== 0n || action.target.toLowerCase() !== paymaster.toLowerCase()) return null;
  let d;
  try {
    d = decodeFunctionData({ abi: fundPaymasterAbi, data: action.data });
  } catch {
    return null;
  }
  if (d.functionName === "setAllowedActions") {
    const [targets, selectors, allowed] = d.args;
    const one = targets.every((target) => target.toLowerCase() === targets[0]?.toLowerCase());
    const round =
      one && selectors.length === ROUND_SELECTORS.size && selectors.every((s: Hex) => ROUND_SELECTORS.has(s));
    if (round)
      return t(allowed ? "action.feeFund.roundAllowed" : "action.feeFund.roundStopped", {
        round: addressLabel(targets[0]),
      });
    return t(allowed ? "action.feeFund.actionsAllowed" : "action.feeFund.actionsStopped", {
      count: selectors.length,
      targets: [...new Set(targets.map((target) => addressLabel(target)))].join(", "),
    });
  }
  if (d.functionName === "setGasBudget") return t("action.feeFund.budget", { gas: d.args[0].toString() });
  // The cap is in wei per gas; fees are quoted in gwei.
  if (d.functionName === "setMaxFeePerGas") return t("action.feeFund.maxFee", { fee: amount(d.args[0], 9, "gwei") });
  if (d.functionName === "withdraw")
    return t("action.feeFund.withdraw", { amount: amount(d.args[1], 18, "ETH"), to: addressLabel(d.args[0]) });
  return null;
}
