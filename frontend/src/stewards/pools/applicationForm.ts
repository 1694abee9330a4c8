import { getAddress, isAddress, type Address } from "viem";
import { TEXT_KINDS } from "@sdk/content/kinds";
import { parseAmountInput } from "../../governance/grantForm";
import type { Sentence } from "../stewardModel";

/** What a resident writes to apply to a pool; kept as a draft until it is sent. */
export interface ApplicationDraft {
  title: string;
  purpose: string;
  amount: string;
  /** A payee chosen from the register (an address; empty while none is chosen). */
  payee: string;
}

export const EMPTY_APPLICATION: ApplicationDraft = { title: "", purpose: "", amount: "", payee: "" };

export const APPLICATION_TITLE_MAX = TEXT_KINDS.poolApplication.fields.title;
export const APPLICATION_PURPOSE_MAX = TEXT_KINDS.poolApplication.fields.purpose;

export interface ApplicationContext {
  decimals: number;
  cap: bigint;
  /** Preformatted, for the message. */
  capText: string;
  /** Whether the connected account holds a membership (null while unknown or logged out). */
  isMember: boolean | null;
  /** The pool is neither closed nor past its end date. */
  isOpen: boolean;
}

export type ApplicationErrors = Partial<Record<keyof ApplicationDraft | "form", Sentence>>;

/**
 * Every check the pool and the content service would make, at the field it is about, before
 * anything is sent: a title and a purpose within their lengths, an amount within the cap, a
 * payee, and a member applying to an open pool. What is left of the budget is the committee's
 * question when it decides, so it is not asked here.
 */
export function validateApplication(draft: ApplicationDraft, c: ApplicationContext): ApplicationErrors {
  const errors: ApplicationErrors = {};
  const title = draft.title.trim();
  if (title === "") errors.title = { key: "application.error.title" };
  else if (title.length > APPLICATION_TITLE_MAX)
    errors.title = { key: "application.error.tooLong", vars: { max: APPLICATION_TITLE_MAX } };

  const amount = parseAmountInput(draft.amount, c.decimals);
  if (draft.amount.trim() === "" || amount === 0n) errors.amount = { key: "newGrant.error.amount" };
  else if (amount === null) errors.amount = { key: "newGrant.error.amountFormat" };
  else if (amount > c.cap) errors.amount = { key: "pool.form.error.overCap", vars: { cap: c.capText } };

  const purpose = draft.purpose.trim();
  if (purpose === "") errors.purpose = { key: "application.error.purpose" };
  else if (purpose.length > APPLICATION_PURPOSE_MAX)
    errors.purpose = { key: "application.error.tooLong", vars: { max: APPLICATION_PURPOSE_MAX } };

  if (!isAddress(draft.payee.trim())) errors.payee = { key: "application.error.payee" };

  if (!c.isOpen) errors.form = { key: "pool.form.error.closed" };
  else if (c.isMember !== true) errors.form = { key: "application.error.notMember" };
  return errors;
}

/** The checksummed payee of a valid draft. */
export function applicationPayee(draft: ApplicationDraft): Address {
  return getAddress(draft.payee.trim());
}

/** The committee's reason for granting or declining: required, within the text kind's length. */
export function decisionReasonError(reason: string, decision: "grant" | "decline"): Sentence | null {
  const text = reason.trim();
  const max =
    decision === "grant" ? TEXT_KINDS.poolGrant.fields.reason : TEXT_KINDS.poolApplicationDecline.fields.reason;
  if (text === "")
    return { key: decision === "grant" ? "application.error.grantReason" : "application.error.declineReason" };
  if (text.length > max) return { key: "application.error.tooLong", vars: { max } };
  return null;
}
