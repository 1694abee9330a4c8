/**
 * What approving a micro-grant does, said as a sentence before anyone signs, with the
 * approval's place written as each language writes ordinals. Pure functions, so the sentences
 * are unit-tested in every language.
 */
import type { Address } from "viem";
import type { Locale } from "../../i18n/format";
import type { Sentence } from "../stewardModel";

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
