/**
 * The stewards' contracts' enums, in order: one list for the harness, the dApp and the audit.
 * IStewardPool.Kind and GrantStatus, IMilestoneGrants.MilestoneStatus and StopReason,
 * IPayeeRegistry.Scheme, PayeeKind and RevocationReason.
 */
export const POOL_KINDS = ["QuickPool", "TaskGroup"] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

export const POOL_GRANT_STATUSES = ["None", "Pending", "Paid", "Withdrawn"] as const;
export type PoolGrantStatus = (typeof POOL_GRANT_STATUSES)[number];

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

/** What is wrong with a registration number for `scheme` (digits only, as many as the register has), or null. */
export function registrationProblem(scheme: RegistrationScheme, number: string): string | null {
  const digits = REGISTRATION_DIGITS[scheme];
  return new RegExp(`^\\d{${digits}}$`).test(number) ? null : `must be ${digits} digits`;
}
