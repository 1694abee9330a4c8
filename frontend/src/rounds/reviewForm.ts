import { getAddress, isAddress } from "viem";
import { REVIEW_REASONS, type ReviewReason } from "@sdk/model/rounds";
import type { MessageKey } from "../i18n/messages/en";
import type { Vars } from "../i18n/translate";
import { parseAmountInput } from "../governance/grantForm";

export interface ReviewDraft {
  verdict: "" | "feasible" | "infeasible";
  cost: string;
  payee: string;
  /** Why an idea is infeasible, from the round's fixed list (a feasible one is "Feasible"). */
  code: "" | ReviewReason;
  reason: string;
}

export type ReviewErrors = Partial<Record<keyof ReviewDraft, { key: MessageKey; vars?: Vars }>>;

export interface ReviewResult {
  feasible: boolean;
  cost: bigint;
  payee: `0x${string}`;
  /** The reason code's number on chain (IBudgetRound.ReviewReason). */
  code: number;
  reason: string;
}

const ZERO = "0x0000000000000000000000000000000000000000";

/**
 * A reviewer's assessment, checked as the round will check it: a verdict and a written reason
 * always, and for an infeasible idea a reason code other than "Feasible";
 * for a feasible idea a cost within the district's budget (empty keeps the submitted one) and
 * a payee address. An infeasible
 * idea keeps its cost and has no payee.
 */
export function parseReview(
  draft: ReviewDraft,
  context: { currentCost: bigint; budget: bigint; budgetText: string; decimals: number },
): { errors: ReviewErrors; result: ReviewResult | null } {
  const errors: ReviewErrors = {};
  if (draft.verdict === "") errors.verdict = { key: "review.error.verdict" };
  if (draft.reason.trim() === "") errors.reason = { key: "review.error.reason" };
  if (draft.verdict === "infeasible" && (draft.code === "" || draft.code === "Feasible"))
    errors.code = { key: "review.error.code" };
  let cost = context.currentCost;
  let payee: `0x${string}` = ZERO;
  if (draft.verdict === "feasible") {
    // Left empty, the cost stays as submitted.
    const parsed = draft.cost.trim() === "" ? context.currentCost : parseAmountInput(draft.cost, context.decimals);
    if (parsed === null || parsed <= 0n || parsed > context.budget)
      errors.cost = { key: "review.error.cost", vars: { amount: context.budgetText } };
    else cost = parsed;
    const address = draft.payee.trim();
    if (!/^0x[0-9a-fA-F]{40}$/.test(address) || !isAddress(address) || address === ZERO)
      errors.payee = { key: "review.error.payee" };
    else payee = getAddress(address);
  }
  if (Object.keys(errors).length > 0) return { errors, result: null };
  const feasible = draft.verdict === "feasible";
  const code = REVIEW_REASONS.indexOf(feasible ? "Feasible" : (draft.code as ReviewReason));
  return { errors, result: { feasible, cost, payee, code, reason: draft.reason.trim() } };
}
