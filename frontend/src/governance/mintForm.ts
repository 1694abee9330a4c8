import { getAddress, isAddress } from "viem";
import { proposerError, type ProposerContext } from "../stewards/pools/poolForm";
import { parseAmountInput, type FieldError } from "./grantForm";

/**
 * The form behind a proposal to mint voting tokens (a fund that votes by token only): who
 * gets them, how many, and why. New tokens change everyone's share of the votes, so the page
 * says how before anything is signed (`mintShares`).
 */
export interface MintDraft {
  recipient: string;
  /** In whole tokens, as typed: "50", "12,5". */
  amount: string;
  title: string;
  description: string;
  /** The proposer accepts that the title stays on chain, readable by anyone, for ever. */
  publicTitle: boolean;
}

export const EMPTY_MINT: MintDraft = { recipient: "", amount: "", title: "", description: "", publicTitle: false };

/** Each field's problem, and the proposer's at the form. */
export type MintErrors = Partial<Record<"recipient" | "amount" | "title" | "description" | "form", FieldError>>;

/** The voting token's decimals (CommunityToken is an 18-decimal ERC-20). */
export const TOKEN_DECIMALS = 18;
/** The token caps its supply at 2^128 − 1, so a governor's tally can never overflow. */
export const MAX_SUPPLY = 2n ** 128n - 1n;

export interface MintFormContext extends ProposerContext {
  /** Every token there is now (the votes of all holders together). */
  supply: bigint;
}

/** What the proposal mints, once every field is right. */
export interface Mint {
  to: `0x${string}`;
  amount: bigint;
}

/**
 * Every check made before a mint is proposed, each at its field: a checksummed address, an
 * amount above zero in at most 18 decimals that keeps the supply under the token's cap, a title
 * and a description, and the proposer's votes. The mint when there is no problem, else null.
 */
export function validateMint(draft: MintDraft, context: MintFormContext): { errors: MintErrors; mint: Mint | null } {
  const errors: MintErrors = {};
  const recipient = draft.recipient.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(recipient)) errors.recipient = { key: "newGrant.error.recipient" };
  else if (!isAddress(recipient)) errors.recipient = { key: "newGrant.error.checksum" };

  const amount = parseAmountInput(draft.amount, TOKEN_DECIMALS);
  if (draft.amount.trim() === "") errors.amount = { key: "mintForm.error.amount" };
  else if (amount === null) errors.amount = { key: "mintForm.error.amountFormat" };
  else if (amount <= 0n) errors.amount = { key: "mintForm.error.amount" };
  else if (context.supply + amount > MAX_SUPPLY) errors.amount = { key: "mintForm.error.tooMuch" };

  if (draft.title.trim() === "") errors.title = { key: "mintForm.error.title" };
  // The text service keeps a proposal's title and body together, and takes no empty body.
  if (draft.description.trim() === "") errors.description = { key: "newGrant.error.description" };

  const form = proposerError(context);
  if (form) errors.form = form;
  const ok = Object.keys(errors).length === 0;
  return { errors, mint: ok ? { to: getAddress(recipient), amount: amount! } : null };
}

/** Shares of all votes before and after a mint, as fractions (0.1 = 10 %). */
export interface MintShares {
  supplyAfter: bigint;
  recipientBefore: number;
  recipientAfter: number;
  /** What every other holder's share is multiplied by: supply before / supply after. */
  othersFactor: number;
}

/**
 * How a mint of `amount` to a holder of `recipientBalance` changes the shares of a supply of
 * `supply`: the recipient's grows, everyone else's shrinks by the same factor. A token's votes
 * follow its balance unless its holder delegated them, so shares of the supply are shares of
 * the votes.
 */
export function mintShares(supply: bigint, recipientBalance: bigint, amount: bigint): MintShares {
  const supplyAfter = supply + amount;
  return {
    supplyAfter,
    recipientBefore: shareOf(recipientBalance, supply),
    recipientAfter: shareOf(recipientBalance + amount, supplyAfter),
    othersFactor: shareOf(supply, supplyAfter),
  };
}

/** `part` of `whole` as a fraction, to a millionth (0 of nothing is 0). */
export function shareOf(part: bigint, whole: bigint): number {
  return whole === 0n ? 0 : Number((part * 1_000_000n) / whole) / 1_000_000;
}
