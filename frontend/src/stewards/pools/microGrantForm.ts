import { getAddress, isAddress } from "viem";
import { parseAmountInput } from "../../governance/grantForm";
import type { Sentence } from "../stewardModel";

export interface MicroGrantDraft {
  payee: string;
  amount: string;
  reason: string;
}

export const EMPTY_MICRO_GRANT: MicroGrantDraft = { payee: "", amount: "", reason: "" };

export interface MicroGrantContext {
  decimals: number;
  cap: bigint;
  remaining: bigint;
  /** Preformatted, for the messages. */
  capText: string;
  remainingText: string;
  isCommitteeMember: boolean;
  /** The pool is closed or past its end date. */
  isOpen: boolean;
  /** Whether this payee may be paid under the fund's rule (null while unknown). */
  payeeAllowed: boolean | null;
}

export type MicroGrantErrors = Partial<Record<keyof MicroGrantDraft | "form", Sentence>>;

/**
 * Every check the pool itself would make, at the field it is about, before anything is sent:
 * a checksummed payee that may be paid, an amount within the cap and what is left, a reason,
 * and a committee member of an open pool.
 */
export function validateMicroGrant(draft: MicroGrantDraft, c: MicroGrantContext): MicroGrantErrors {
  const errors: MicroGrantErrors = {};
  const payee = draft.payee.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(payee)) errors.payee = { key: "newGrant.error.recipient" };
  else if (!isAddress(payee)) errors.payee = { key: "newGrant.error.checksum" };
  else if (c.payeeAllowed === false) errors.payee = { key: "pool.form.error.unverified" };

  const amount = parseAmountInput(draft.amount, c.decimals);
  if (draft.amount.trim() === "" || amount === 0n) errors.amount = { key: "newGrant.error.amount" };
  else if (amount === null) errors.amount = { key: "newGrant.error.amountFormat" };
  else if (amount > c.cap) errors.amount = { key: "pool.form.error.overCap", vars: { cap: c.capText } };
  else if (amount > c.remaining)
    errors.amount = { key: "pool.form.error.overBudget", vars: { remaining: c.remainingText } };

  if (draft.reason.trim() === "") errors.reason = { key: "pool.form.error.reason" };

  if (!c.isOpen) errors.form = { key: "pool.form.error.closed" };
  else if (!c.isCommitteeMember) errors.form = { key: "pool.form.error.notCommittee" };
  return errors;
}

/** The checksummed payee of a valid draft. */
export function payeeOf(draft: MicroGrantDraft): `0x${string}` {
  return getAddress(draft.payee.trim());
}
