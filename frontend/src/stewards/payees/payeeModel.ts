/**
 * Payees in plain terms: the registration number a person types, checked before anything is
 * sent, and where a payee stands with the registry. Pure functions, so they are unit-tested.
 */
import { REGISTRATION_DIGITS, registrationCheckDigitValid, type RegistrationScheme } from "@sdk/model/stewards";
import type { Sentence } from "../stewardModel";

/** An attestation that ends within this many seconds is "expiring soon". */
export const EXPIRING_SOON = 30 * 86_400;

/**
 * The registration number as the registry stores it (digits only), or why it cannot be one.
 * People type numbers with spaces and dashes ("5560-1234 56", "SE556012345601"): those are
 * taken out, but letters other than the country prefix are refused rather than guessed at, and
 * a number whose check digit is wrong is refused as mistyped.
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
  // One mistyped digit or two swapped ones: the register's check digit catches it here, before
  // the verifier commits the fund to a number that names nobody (or somebody else).
  if (!registrationCheckDigitValid(scheme, digits))
    return { ok: false, error: { key: `payees.error.numberCheckDigit.${scheme}` } };
  return { ok: true, number: digits };
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
