import { getAddress, isAddress, parseUnits } from "viem";
import type { MessageKey } from "../i18n/messages/en";
import type { Vars } from "../i18n/translate";

export interface GrantDraft {
  recipient: string;
  asset: string;
  amount: string;
  title: string;
  description: string;
  /** The proposer accepts that the title stays on chain, readable by anyone, for ever. */
  publicTitle: boolean;
}

export const EMPTY_DRAFT: GrantDraft = {
  recipient: "",
  asset: "",
  amount: "",
  title: "",
  description: "",
  publicTitle: false,
};

export interface GrantContext {
  connected: boolean;
  /** What the treasury can pay of the chosen asset (its balance less what pools and
   * milestone grants have reserved), and its decimals and symbol. */
  available: bigint;
  decimals: number;
  /** Preformatted, for the message. */
  availableText: string;
  /** Votes as propose() counts them: at the second before the latest block. */
  votes: bigint;
  /** Votes now; more than `votes` right after joining or a delegation back. */
  votesNow: bigint;
  threshold: bigint;
  /** False when the fund requires verified payees and this one is not (null while unknown). */
  payeeAllowed?: boolean | null;
}

export type FieldError = { key: MessageKey; vars?: Vars };
export type GrantErrors = Partial<Record<keyof GrantDraft | "form", FieldError>>;

/** Parses an amount typed by a person; commas are read as decimal points (Nordic keyboards). */
export function parseAmountInput(text: string, decimals: number): bigint | null {
  const normalised = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  // parseUnits would round away digits the asset cannot hold; refuse them instead.
  if ((normalised.split(".")[1] ?? "").length > decimals) return null;
  try {
    return parseUnits(normalised, decimals);
  } catch {
    return null;
  }
}

/**
 * Every check made before anything is sent, each with its message at the field: a checksummed
 * address of a payee the fund may pay, an amount above zero and within the treasury, a title,
 * and enough votes to propose.
 */
export function validateGrant(draft: GrantDraft, context: GrantContext): GrantErrors {
  const errors: GrantErrors = {};
  const recipient = draft.recipient.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(recipient)) errors.recipient = { key: "newGrant.error.recipient" };
  else if (!isAddress(recipient)) errors.recipient = { key: "newGrant.error.checksum" };
  else if (context.payeeAllowed === false) errors.recipient = { key: "newGrant.error.unverified" };

  const amount = parseAmountInput(draft.amount, context.decimals);
  if (draft.amount.trim() === "") errors.amount = { key: "newGrant.error.amount" };
  else if (amount === null) errors.amount = { key: "newGrant.error.amountFormat" };
  else if (amount <= 0n) errors.amount = { key: "newGrant.error.amount" };
  else if (amount > context.available)
    errors.amount = { key: "newGrant.error.amountTooHigh", vars: { available: context.availableText } };

  if (draft.title.trim() === "") errors.title = { key: "newGrant.error.title" };
  // The text service keeps a proposal's title and body together, and takes no empty body.
  if (draft.description.trim() === "") errors.description = { key: "newGrant.error.description" };

  if (!context.connected) errors.form = { key: "newGrant.error.connect" };
  else if (context.votes < context.threshold) {
    errors.form =
      context.votesNow >= context.threshold
        ? { key: "newGrant.error.votesNotYet" }
        : {
            key: "newGrant.error.threshold",
            vars: { votes: String(context.votes), threshold: String(context.threshold) },
          };
  }
  return errors;
}

/** The checksummed recipient of a valid draft. */
export function recipientOf(draft: GrantDraft): `0x${string}` {
  return getAddress(draft.recipient.trim());
}
