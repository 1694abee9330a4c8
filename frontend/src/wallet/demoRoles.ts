/**
 * What the demo account picker says each demo person is. The deployments file records a role
 * per person as the demo seeded it, which goes stale as the chain changes (Sofie, "not a
 * member yet", admitted). So every role the chain decides — membership and district, registrar,
 * guardian, verifier, steward — is read from the chain now; the file's role stands only for what
 * no contract records (the deployer that funded the treasury, a grant recipient, the content
 * service's moderator and erasure officer). Pure, so it is unit-tested.
 */
import type { DemoAccount } from "../config/deployment";

/** An account's roles as the fund's contracts say them now. */
export interface ChainRoles {
  /** Its district's name while it is a member, else null. */
  member: string | null;
  /** Whether it holds voting tokens (a fund that votes by token; false in one by membership). */
  holder?: boolean;
  registrar: boolean;
  guardian: boolean;
  verifier: boolean;
  steward: boolean;
}

/** One role, as the catalogue names it (`wallet.role.<role>`). */
export type DemoRole = { role: DemoAccount["role"]; district?: string };

/** The roles the chain decides: the demo's record of them is never shown. */
const ON_CHAIN: readonly DemoAccount["role"][] = [
  "member",
  "holder",
  "resident",
  "registrar",
  "guardian",
  "verifier",
  "steward",
];

/**
 * The roles to show for `person`: the chain's now, then what the chain cannot know; someone
 * with neither is a resident, not a member. Without the chain's answer (still loading), the
 * demo's record.
 */
export function demoRoles(person: DemoAccount, chain: ChainRoles | null): DemoRole[] {
  if (!chain) return [{ role: person.role, ...(person.district ? { district: person.district } : {}) }];
  const roles: DemoRole[] = [];
  if (chain.member !== null) roles.push({ role: "member", district: chain.member });
  if (chain.holder) roles.push({ role: "holder" });
  if (chain.registrar) roles.push({ role: "registrar" });
  if (chain.guardian) roles.push({ role: "guardian" });
  if (chain.verifier) roles.push({ role: "verifier" });
  if (chain.steward) roles.push({ role: "steward" });
  if (!ON_CHAIN.includes(person.role)) roles.push({ role: person.role });
  return roles.length > 0 ? roles : [{ role: "resident" }];
}
