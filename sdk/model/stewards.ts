/**
 * The stewards' contracts' enums, in order: one list for the harness, the dApp and the audit.
 * IStewardPool.Kind and GrantStatus, IMilestoneGrants.MilestoneStatus and StopReason,
 * IPayeeRegistry.Scheme, PayeeKind and RevocationReason.
 */
export const POOL_KINDS = ["QuickPool", "TaskGroup"] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

export const POOL_GRANT_STATUSES = ["None", "Pending", "Paid", "Withdrawn"] as const;
export type PoolGrantStatus = (typeof POOL_GRANT_STATUSES)[number];

/** A resident's application to a pool, in the contract's order (decided once). */
export const POOL_APPLICATION_STATUSES = ["None", "Open", "Granted", "Declined"] as const;
export type PoolApplicationStatus = (typeof POOL_APPLICATION_STATUSES)[number];

export const MILESTONE_STATUSES = ["None", "Planned", "Delivered", "Released", "Cancelled"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Why the guardian stopped a delivered milestone (beside the written reason). */
export const STOP_REASONS = [
  "NotDelivered",
  "EvidenceInsufficient",
  "PayeeIneligible",
  "ConflictOfInterest",
  "Other",
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** A company, or a sole trader: a sole trader's identity is never published. */
export const PAYEE_KINDS = ["Company", "SoleTrader"] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

/** Why a verifier revoked an attestation (beside the written reason). */
export const REVOCATION_REASONS = [
  "RegistrationEnded",
  "DetailsWrong",
  "AccountCompromised",
  "Misconduct",
  "Other",
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** The registers a payee's registration number comes from. */
export const REGISTRATION_SCHEMES = ["DanishCvr", "SwedishOrgNumber", "NorwegianOrgNumber"] as const;
export type RegistrationScheme = (typeof REGISTRATION_SCHEMES)[number];

/** Digits each register's numbers have (checked before the identity is committed to). */
export const REGISTRATION_DIGITS: Record<RegistrationScheme, number> = {
  DanishCvr: 8,
  SwedishOrgNumber: 10,
  NorwegianOrgNumber: 9,
};

/**
 * Whether a number's check digit is right, as each register computes it: Denmark's CVR by
 * modulus 11 (weights 2 7 6 5 4 3 2 1, the sum divisible by 11); Sweden's organisation number
 * by the Luhn algorithm over all ten digits; Norway's organisation number by modulus 11
 * (weights 3 2 7 6 5 4 3 2 on the first eight; 11 minus the remainder is the ninth, 11 meaning
 * 0 and 10 meaning no such number). `digits` has the register's length.
 */
export function registrationCheckDigitValid(scheme: RegistrationScheme, digits: string): boolean {
  const d = [...digits].map(Number);
  const weighted = (weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * d[i], 0);
  switch (scheme) {
    case "DanishCvr":
      return weighted([2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
    case "SwedishOrgNumber": {
      // Luhn: from the right, every second digit doubled (its digits summed).
      const sum = d.reduceRight((total, digit, i) => {
        const doubled = (d.length - 1 - i) % 2 === 1 ? digit * 2 : digit;
        return total + (doubled > 9 ? doubled - 9 : doubled);
      }, 0);
      return sum % 10 === 0;
    }
    case "NorwegianOrgNumber": {
      const check = 11 - (weighted([3, 2, 7, 6, 5, 4, 3, 2]) % 11);
      return check !== 10 && (check === 11 ? 0 : check) === d[8];
    }
  }
}

/**
 * What is wrong with a registration number for `scheme` (digits only, as many as the register
 * has, with a right check digit), or null.
 */
export function registrationProblem(scheme: RegistrationScheme, number: string): string | null {
  const digits = REGISTRATION_DIGITS[scheme];
  if (!new RegExp(`^\\d{${digits}}$`).test(number)) return `must be ${digits} digits`;
  return registrationCheckDigitValid(scheme, number) ? null : "has a wrong check digit (mistyped?)";
}
