import { ConfigError } from "@sdk/config/fields";
import { parsePoolCommittee, parsePoolTopUp } from "@sdk/config/stewards";
import type { Address } from "viem";
import { TEXT_KINDS } from "@sdk/content/kinds";
import type { FieldError } from "../../governance/grantForm";
import { fieldErrorsOf, listedAddresses, proposerError, writtenAmount, type ProposerContext } from "./poolForm";

/**
 * The form behind a change to an existing pool, proposed to the members: a top-up of its
 * budget, a new committee, or closing it early. The amount and the committee go through the
 * SDK's parsers (the rules a new pool's are checked by); the reason is the proposal's text.
 */
export const POOL_CHANGES = ["topUp", "committee", "close"] as const;
export type PoolChange = (typeof POOL_CHANGES)[number];

export interface PoolChangeDraft {
  change: PoolChange;
  amount: string;
  /** Addresses, one a line. */
  committee: string;
  threshold: string;
  /** Why: the proposal's text, public. */
  reason: string;
}

export const EMPTY_POOL_CHANGE: PoolChangeDraft = {
  change: "topUp",
  amount: "",
  committee: "",
  threshold: "",
  reason: "",
};

export const POOL_CHANGE_FIELDS = ["change", "amount", "committee", "threshold", "reason"] as const;
export type PoolChangeErrors = Partial<Record<keyof PoolChangeDraft | "form", FieldError>>;

/** The longest reason the content service keeps as a proposal's text. */
export const REASON_MAX = TEXT_KINDS.proposal.fields.body;

export interface PoolChangeContext extends ProposerContext {
  decimals: number;
  /** A closed pool takes no change: its money went back to the treasury. */
  closed: boolean;
}

/** What the proposal will do, once checked. */
export type CheckedChange =
  | { change: "topUp"; amount: bigint }
  | { change: "committee"; committee: Address[]; threshold: number }
  | { change: "close" };

/** Every check made before a change is proposed, each at its field; the change itself when there is none. */
export function validatePoolChange(
  draft: PoolChangeDraft,
  context: PoolChangeContext,
): { errors: PoolChangeErrors; change: CheckedChange | null } {
  let errors: PoolChangeErrors = {};
  let change: CheckedChange | null = null;
  const size = listedAddresses(draft.committee).length;
  try {
    if (draft.change === "topUp")
      change = { change: "topUp", amount: parsePoolTopUp({ amount: writtenAmount(draft.amount) }, context) };
    else if (draft.change === "committee") {
      const threshold = /^\s*\d+\s*$/.test(draft.threshold) ? Number(draft.threshold) : draft.threshold;
      const checked = parsePoolCommittee({ committee: listedAddresses(draft.committee), threshold });
      change = { change: "committee", ...checked };
    } else change = { change: "close" };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    errors = fieldErrorsOf(error.problems, { decimals: context.decimals, size }) as PoolChangeErrors;
  }
  if (draft.reason.trim() === "") errors.reason = { key: "poolChange.error.reason" };
  else if (draft.reason.length > REASON_MAX)
    errors.reason = { key: "poolForm.error.tooLong", vars: { max: String(REASON_MAX) } };
  if (context.closed) errors.change = { key: "poolChange.error.closed" };
  const form = proposerError(context);
  if (form) errors.form = form;
  return { errors, change: Object.keys(errors).length === 0 ? change : null };
}
