import { TEXT_KINDS } from "@sdk/content/kinds";
import { parseAmountInput, type FieldError } from "../governance/grantForm";

export interface DepositDraft {
  /** ETH (the zero address) or a listed ERC-20's address. */
  asset: string;
  amount: string;
  /** What the money is for: kept in the content service, its commitment in the Deposited event. */
  memo: string;
}

export const EMPTY_DEPOSIT: DepositDraft = { asset: "", amount: "", memo: "" };

/** The longest memo the content service keeps. */
export const MEMO_MAX = TEXT_KINDS.depositMemo.fields.memo;

export interface DepositContext {
  connected: boolean;
  decimals: number;
  /** What the depositor holds of the asset (undefined while it is read). */
  balance: bigint | undefined;
  /** The same, preformatted for the message. */
  balanceText: string;
}

export type DepositErrors = Partial<Record<keyof DepositDraft | "form", FieldError>>;

/**
 * What is checked before anything is signed: an amount above zero in the asset's decimals and
 * within what the depositor holds, a memo the text service will keep, and a logged-in depositor.
 */
export function validateDeposit(draft: DepositDraft, context: DepositContext): DepositErrors {
  const errors: DepositErrors = {};
  const amount = parseAmountInput(draft.amount, context.decimals);
  if (draft.amount.trim() === "") errors.amount = { key: "newGrant.error.amount" };
  else if (amount === null) errors.amount = { key: "newGrant.error.amountFormat" };
  else if (amount <= 0n) errors.amount = { key: "newGrant.error.amount" };
  else if (context.balance !== undefined && amount > context.balance)
    errors.amount = { key: "deposit.error.amountTooHigh", vars: { balance: context.balanceText } };

  if (draft.memo.trim().length > MEMO_MAX)
    errors.memo = { key: "deposit.error.memoLong", vars: { max: String(MEMO_MAX) } };

  if (!context.connected) errors.form = { key: "deposit.error.connect" };
  return errors;
}
