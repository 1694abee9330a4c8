/**
 * The stewards' money in plain terms: status names in the contracts' order, the checks a
 * person's input gets before anything is sent, and what a button will do, said as a sentence.
 * Pure functions, so the sentences are unit-tested in every language.
 */
import type { Address } from "viem";
import type { Locale } from "../i18n/format";
import type { MessageKey } from "../i18n/messages/en";
import type { Vars } from "../i18n/translate";

// The contracts' enums, shared with the harness and the audit.
export {
  MILESTONE_STATUSES,
  POOL_GRANT_STATUSES,
  POOL_KINDS,
  REGISTRATION_DIGITS,
  REGISTRATION_SCHEMES,
  type MilestoneStatus,
  type PoolGrantStatus,
  type PoolKind,
  type RegistrationScheme,
} from "@sdk/model/stewards";
import { REGISTRATION_DIGITS, type MilestoneStatus, type RegistrationScheme } from "@sdk/model/stewards";

/** An attestation that ends within this many seconds is "expiring soon". */
export const EXPIRING_SOON = 30 * 86_400;

export type Sentence = { key: MessageKey; vars?: Vars };

/**
 * The registration number as the registry stores it (digits only), or why it cannot be one.
 * People type numbers with spaces and dashes ("5560-1234 56", "SE556012345601"): those are
 * taken out, but letters other than the country prefix are refused rather than guessed at.
 */
export function normaliseRegistration(
  scheme: RegistrationScheme,
  typed: string,
): { ok: true; number: string } | { ok: false; error: Sentence } {
  const digits = typed
    .trim()
    .replace(/^(DK|SE|NO)/i, "")
    .replace(/[\s.-]/g, "");
  const length = REGISTRATION_DIGITS[scheme];
  if (digits === "") return { ok: false, error: { key: "payees.error.numberMissing" } };
  if (!/^\d+$/.test(digits)) return { ok: false, error: { key: "payees.error.numberDigits" } };
  if (digits.length !== length)
    return {
      ok: false,
      error: { key: `payees.error.numberLength.${scheme}`, vars: { length, typed: digits.length } },
    };
  return { ok: true, number: digits };
}

/** "2nd", "2:a", "2." — the approval's place, as each language writes ordinals. */
export function ordinal(locale: Locale, n: number): string {
  if (locale === "en") {
    const suffix = { one: "st", two: "nd", few: "rd", other: "th" } as Record<string, string>;
    return `${n}${suffix[new Intl.PluralRules("en-GB", { type: "ordinal" }).select(n)] ?? "th"}`;
  }
  if (locale === "sv") return `${n}:${n % 10 <= 2 && n % 10 > 0 && ![11, 12].includes(n % 100) ? "a" : "e"}`;
  return `${n}.`;
}

export interface PendingGrant {
  amount: bigint;
  approvals: number;
  payee: Address;
}

export interface ApprovalContext {
  threshold: number;
  /** What the pool may still pay (its allowance on the treasury). */
  remaining: bigint;
  /** Whether the payee may be paid now (verified, or verification not required). */
  payeeAllowed: boolean;
  /** Already formatted by the caller: "2,500 DKKT" and "Name (0x12…34)". */
  amountText: string;
  payeeText: string;
  locale: Locale;
}

/**
 * What approving a micro-grant does: pays at once when this approval reaches the threshold,
 * else adds one approval and says how many are still needed. Says so when the payment would
 * be refused (budget gone, payee not verified), before anyone signs.
 */
export function approvalConsequence(
  grant: PendingGrant,
  c: ApprovalContext,
  action: "approve" | "propose" = "approve",
): Sentence {
  const place = grant.approvals + 1;
  const vars = {
    amount: c.amountText,
    payee: c.payeeText,
    place: ordinal(c.locale, place),
    threshold: c.threshold,
  };
  if (place < c.threshold) return { key: `stewards.${action}.adds`, vars: { ...vars, missing: c.threshold - place } };
  if (grant.amount > c.remaining) return { key: `stewards.${action}.overBudget`, vars };
  if (!c.payeeAllowed) return { key: `stewards.${action}.unverified`, vars };
  return { key: `stewards.${action}.pays`, vars };
}

/** Where a payee stands with the registry, for a badge and a sentence. */
export type PayeeStanding = "verified" | "expiring" | "expired" | "revoked" | "unverified";

export function payeeStanding(
  attestation: { validUntil: number; revoked: boolean } | null,
  now: number,
): PayeeStanding {
  if (!attestation || attestation.validUntil === 0) return "unverified";
  if (attestation.revoked) return "revoked";
  if (attestation.validUntil <= now) return "expired";
  if (attestation.validUntil - now <= EXPIRING_SOON) return "expiring";
  return "verified";
}

/** Whether money may go to a payee in this standing, under the fund's rule. */
export function payeeMayBePaid(standing: PayeeStanding, required: boolean): boolean {
  return !required || standing === "verified" || standing === "expiring";
}

/** What releasing a delivered milestone does now, or when it can. */
export function milestoneReleaseState(
  status: MilestoneStatus,
  releasableAt: number,
  now: number,
): "planned" | "inWindow" | "releasable" | "done" {
  if (status === "Planned") return "planned";
  if (status === "Delivered") return releasableAt <= now ? "releasable" : "inWindow";
  return "done";
}

/** Evidence of a delivery: a link and the hash of what it points to (0x + 64 hex digits). */
export function validateEvidence(uri: string, hash: string): { uri?: Sentence; hash?: Sentence } {
  const errors: { uri?: Sentence; hash?: Sentence } = {};
  if (uri.trim() === "") errors.uri = { key: "stewards.deliver.error.uri" };
  if (!/^0x[0-9a-fA-F]{64}$/.test(hash.trim())) errors.hash = { key: "stewards.deliver.error.hash" };
  return errors;
}
