import type { DeployedFund } from "./deployFund";

/**
 * Every power `account` holds over a deployed fund, as "contract ROLE" strings: the roles of
 * the timelock and membership, ownership of the treasury and token, and the guardian seat.
 * An empty list means the account can do nothing a stranger could not.
 */
export async function findLeftoverRoles(fund: DeployedFund, account: string): Promise<string[]> {
  const held: string[] = [];
  const { timelock, membership, token, treasury, governor } = fund;
  for (const [name, role] of [
    ["DEFAULT_ADMIN_ROLE", await timelock.DEFAULT_ADMIN_ROLE()],
    ["PROPOSER_ROLE", await timelock.PROPOSER_ROLE()],
    ["EXECUTOR_ROLE", await timelock.EXECUTOR_ROLE()],
    ["CANCELLER_ROLE", await timelock.CANCELLER_ROLE()],
  ] as const) {
    if (await timelock.hasRole(role, account)) held.push(`timelock ${name}`);
  }
  if (membership) {
    if (await membership.hasRole(await membership.DEFAULT_ADMIN_ROLE(), account))
      held.push("membership DEFAULT_ADMIN_ROLE");
    if (await membership.hasRole(await membership.REGISTRAR_ROLE(), account)) held.push("membership REGISTRAR_ROLE");
  }
  if (token && sameAddress(await token.owner(), account)) held.push("token owner");
  if (sameAddress(await treasury.owner(), account)) held.push("treasury owner");
  if (fund.rounds && sameAddress(await fund.rounds.factory.owner(), account)) held.push("round factory owner");
  if (sameAddress(await fund.pools.factory.owner(), account)) held.push("pool factory owner");
  const { payees, milestones } = fund;
  if (await payees.hasRole(await payees.DEFAULT_ADMIN_ROLE(), account)) held.push("payees DEFAULT_ADMIN_ROLE");
  if (await payees.hasRole(await payees.VERIFIER_ROLE(), account)) held.push("payees VERIFIER_ROLE");
  if (await milestones.hasRole(await milestones.DEFAULT_ADMIN_ROLE(), account))
    held.push("milestones DEFAULT_ADMIN_ROLE");
  if (await milestones.hasRole(await milestones.STEWARD_ROLE(), account)) held.push("milestones STEWARD_ROLE");
  if (sameAddress(await milestones.guardian(), account)) held.push("milestones guardian");
  if (sameAddress(await governor.proposalGuardian(), account)) held.push("governor proposal guardian");
  const anchor = fund.erasureAnchor;
  if (await anchor.hasRole(await anchor.DEFAULT_ADMIN_ROLE(), account)) held.push("erasure anchor DEFAULT_ADMIN_ROLE");
  if (await anchor.hasRole(await anchor.ANCHOR_ROLE(), account)) held.push("erasure anchor ANCHOR_ROLE");
  if (fund.paymaster && sameAddress(await fund.paymaster.owner(), account)) held.push("paymaster owner");
  return held;
}

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
