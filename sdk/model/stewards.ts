/**
 * The stewards' contracts' enums, in order: one list for the harness, the dApp and the audit.
 * IStewardPool.Kind and GrantStatus, IMilestoneGrants.MilestoneStatus, IPayeeRegistry.Scheme.
 */
export const POOL_KINDS = ["QuickPool", "TaskGroup"] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

export const POOL_GRANT_STATUSES = ["None", "Pending", "Paid", "Withdrawn"] as const;
export type PoolGrantStatus = (typeof POOL_GRANT_STATUSES)[number];

export const MILESTONE_STATUSES = ["None", "Planned", "Delivered", "Released", "Cancelled"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** The registers a payee's registration number comes from. */
export const REGISTRATION_SCHEMES = ["DanishCvr", "SwedishOrgNumber", "NorwegianOrgNumber"] as const;
export type RegistrationScheme = (typeof REGISTRATION_SCHEMES)[number];

/** Digits each register's numbers have (PayeeRegistry checks the same). */
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
