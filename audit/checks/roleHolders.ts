import { getAddress, keccak256, toBytes, type Address, type Hex } from "viem";
import type { ContractKind, FundAddresses } from "../../sdk/contracts/kinds";
import type { LedgerEntry } from "../../sdk/history/ledger";
import { sameAddress, short, type CheckResult, type Entry } from "./check";

/** The accounts the README names as role holders, from the deployment's configuration. */
export interface NamedHolders {
  registrars: readonly string[];
  /** The governor's guardian, who is also the milestone grants' guardian. */
  guardian: string | null;
  /** Who may attest payees (absent before the stewards' contracts: none). */
  verifiers?: readonly string[];
  /** Who may mark milestones delivered. */
  stewards?: readonly string[];
  /** Who may anchor the content service's erasure log (absent before the erasure anchor: none). */
  erasureAnchorers?: readonly string[];
}

const ROLE_NAMES: Record<string, string> = Object.fromEntries(
  [
    "PROPOSER_ROLE",
    "EXECUTOR_ROLE",
    "CANCELLER_ROLE",
    "REGISTRAR_ROLE",
    "VERIFIER_ROLE",
    "STEWARD_ROLE",
    "ANCHOR_ROLE",
  ].map((name) => [keccak256(toBytes(name)), name]),
);
const DEFAULT_ADMIN_ROLE: Hex = "0x0000000000000000000000000000000000000000000000000000000000000000";
ROLE_NAMES[DEFAULT_ADMIN_ROLE] = "DEFAULT_ADMIN_ROLE";

/**
 * Check 4: today's role holders, rebuilt from the role, ownership and guardian events, are the
 * ones the README names — the governor and the timelock in their places, the configured
 * registrars and guardian — or were appointed by an executed proposal.
 */
export function checkRoleHolders(
  entries: readonly LedgerEntry[],
  contracts: FundAddresses,
  named: NamedHolders,
): CheckResult {
  const holders = new Map<string, { contract: ContractKind; role: string; account: Address; grantedInTx: Hex }>();
  let guardian: { account: string; tx: Hex | null } | null = named.guardian
    ? { account: named.guardian, tx: null }
    : null;
  let milestoneGuardian: { account: string; tx: Hex } | null = null;
  const committees = new Map<string, Entry<"committeeSet">>();
  for (const e of entries) {
    if (e.kind === "role") {
      const key = `${e.contract}:${e.role}:${e.account.toLowerCase()}`;
      if (e.change === "granted")
        holders.set(key, {
          contract: e.contract,
          role: ROLE_NAMES[e.role] ?? e.role,
          account: e.account,
          grantedInTx: e.tx,
        });
      else holders.delete(key);
    }
    if (e.kind === "ownership") {
      for (const key of [...holders.keys()]) if (key.startsWith(`${e.contract}:owner:`)) holders.delete(key);
      if (!/^0x0+$/.test(e.newOwner))
        holders.set(`${e.contract}:owner:${e.newOwner.toLowerCase()}`, {
          contract: e.contract,
          role: "owner",
          account: e.newOwner,
          grantedInTx: e.tx,
        });
    }
    if (e.kind === "rule" && e.rule === "guardian")
      guardian = /^0x0+$/.test(e.newValue) ? null : { account: e.newValue, tx: e.tx };
    if (e.kind === "rule" && e.rule === "milestoneGuardian")
      milestoneGuardian = /^0x0+$/.test(e.newValue) ? null : { account: e.newValue, tx: e.tx };
    if (e.kind === "committeeSet") committees.set(e.address.toLowerCase(), e);
  }

  const executedTxs = new Set(entries.filter((e) => e.kind === "execution").map((e) => e.tx));
  const expected = (contract: ContractKind, role: string): string[] => {
    if (role === "owner") return [contracts.timelock];
    if (contract === "timelock") return role === "DEFAULT_ADMIN_ROLE" ? [contracts.timelock] : [contracts.governor];
    if (contract === "membership")
      return role === "DEFAULT_ADMIN_ROLE"
        ? [contracts.timelock]
        : role === "REGISTRAR_ROLE"
          ? [...named.registrars]
          : [];
    if (contract === "payeeRegistry")
      return role === "DEFAULT_ADMIN_ROLE"
        ? [contracts.timelock]
        : role === "VERIFIER_ROLE"
          ? [...(named.verifiers ?? [])]
          : [];
    if (contract === "milestoneGrants")
      return role === "DEFAULT_ADMIN_ROLE"
        ? [contracts.timelock]
        : role === "STEWARD_ROLE"
          ? [...(named.stewards ?? [])]
          : [];
    if (contract === "erasureAnchor")
      return role === "DEFAULT_ADMIN_ROLE"
        ? [contracts.timelock]
        : role === "ANCHOR_ROLE"
          ? [...(named.erasureAnchorers ?? [])]
          : [];
    return [];
  };

  const evidence: string[] = [];
  let passed = true;
  const sorted = [...holders.values()].sort((a, b) =>
    `${a.contract}${a.role}${a.account}`.localeCompare(`${b.contract}${b.role}${b.account}`),
  );
  for (const h of sorted) {
    const line = `${h.contract} ${h.role}: ${getAddress(h.account)}`;
    if (expected(h.contract, h.role).some((a) => sameAddress(a, h.account)))
      evidence.push(`${line} (named in the README)`);
    else if (executedTxs.has(h.grantedInTx))
      evidence.push(`${line} (appointed by an executed proposal, tx ${short(h.grantedInTx)})`);
    else {
      passed = false;
      evidence.push(`${line}: NOT NAMED in the README and not appointed by a proposal (tx ${short(h.grantedInTx)})`);
    }
  }
  if (guardian) {
    const line = `governor guardian: ${getAddress(guardian.account)}`;
    if (named.guardian && sameAddress(guardian.account, named.guardian)) evidence.push(`${line} (named in the README)`);
    else if (guardian.tx && executedTxs.has(guardian.tx)) evidence.push(`${line} (appointed by an executed proposal)`);
    else {
      passed = false;
      evidence.push(`${line}: NOT NAMED in the README`);
    }
  }
  // The milestone grants' guardian is the fund's guardian (the deployment names one for both).
  if (milestoneGuardian) {
    const line = `milestoneGrants guardian: ${getAddress(milestoneGuardian.account)}`;
    if (named.guardian && sameAddress(milestoneGuardian.account, named.guardian))
      evidence.push(`${line} (named in the README)`);
    else if (executedTxs.has(milestoneGuardian.tx)) evidence.push(`${line} (appointed by an executed proposal)`);
    else {
      passed = false;
      evidence.push(`${line}: NOT NAMED in the README and not appointed by a proposal`);
    }
  }
  // A pool's committee is whoever the members' proposals named: when the pool was created, or since.
  for (const [, c] of [...committees].sort(([a], [b]) => a.localeCompare(b))) {
    const line = `pool ${c.address} committee (${c.threshold} of ${c.committee.map((a) => getAddress(a)).join(", ")})`;
    if (executedTxs.has(c.tx)) evidence.push(`${line} (set by an executed proposal, tx ${short(c.tx)})`);
    else {
      passed = false;
      evidence.push(`${line}: NOT SET by an executed proposal (tx ${short(c.tx)})`);
    }
  }
  return { id: 4, title: "No role is held by an account the README does not name", passed, evidence };
}
