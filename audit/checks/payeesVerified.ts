import type { LedgerEntry } from "../../sdk/history/ledger";
import { short, type CheckResult, type Entry, type FormatAmount } from "./check";

/** The latest value of a setting at an entry, from the entries before it (chain order). */
function latestBefore<T>(history: readonly { at: LedgerEntry; value: T }[], entry: LedgerEntry): T | undefined {
  let value: T | undefined;
  for (const h of history) {
    if (h.at.block > entry.block || (h.at.block === entry.block && h.at.logIndex > entry.logIndex)) break;
    value = h.value;
  }
  return value;
}

/**
 * Check 5: while the members required verified payees (the registry's VerificationRequirementSet
 * events up to that moment), every payment — the treasury's, and each budget round's release —
 * went to a payee with an attestation in force at the payment's block time: attested before,
 * not revoked since, valid until after that time. The fund's own accounts (escrows) are exempt.
 */
export function checkPayeesVerified(entries: readonly LedgerEntry[], format: FormatAmount): CheckResult {
  const rules = entries.flatMap((e) => (e.kind === "verificationRule" ? [{ at: e, value: e.required }] : []));
  const accounts = new Map<string, { at: LedgerEntry; value: boolean }[]>();
  const attestations = new Map<string, { at: LedgerEntry; value: Entry<"payeeAttested"> | Entry<"payeeRevoked"> }[]>();
  for (const e of entries) {
    if (e.kind === "fundAccount") {
      const key = e.account.toLowerCase();
      accounts.set(key, [...(accounts.get(key) ?? []), { at: e, value: e.isFundAccount }]);
    }
    if (e.kind === "payeeAttested" || e.kind === "payeeRevoked") {
      const key = e.payee.toLowerCase();
      attestations.set(key, [...(attestations.get(key) ?? []), { at: e, value: e }]);
    }
  }
  const roundAssets = new Map(
    entries.flatMap((e) => (e.kind === "roundCreated" ? [[e.round.toLowerCase(), e.asset] as const] : [])),
  );
  const evidence: string[] = [];
  let passed = true;
  for (const e of entries) {
    if (e.kind !== "payment" && e.kind !== "release") continue;
    const payee = e.kind === "payment" ? e.to : e.payee;
    const asset = e.kind === "payment" ? e.asset : (roundAssets.get(e.address.toLowerCase()) ?? e.address);
    const what = `${e.kind === "payment" ? "payment" : `round release for idea #${e.ideaId}`} of ${format(asset, e.amount)} to ${payee} (tx ${short(e.tx)})`;
    if (latestBefore(rules, e) !== true) {
      evidence.push(`${what}: verification not required then`);
      continue;
    }
    if (latestBefore(accounts.get(payee.toLowerCase()) ?? [], e) === true) {
      evidence.push(`${what}: one of the fund's own accounts`);
      continue;
    }
    const latest = latestBefore(attestations.get(payee.toLowerCase()) ?? [], e);
    if (e.timestamp === null) {
      passed = false;
      evidence.push(`${what}: its block time is UNKNOWN, so its payee's attestation cannot be checked`);
    } else if (!latest) {
      passed = false;
      evidence.push(`${what}: verification was required and the payee was NEVER ATTESTED`);
    } else if (latest.kind === "payeeRevoked") {
      passed = false;
      evidence.push(
        `${what}: verification was required and the payee's attestation was REVOKED (tx ${short(latest.tx)}: ${latest.code})`,
      );
    } else if (latest.validUntil <= BigInt(e.timestamp)) {
      passed = false;
      evidence.push(
        `${what}: verification was required and the payee's attestation EXPIRED at ${new Date(Number(latest.validUntil) * 1000).toISOString()}`,
      );
    } else {
      evidence.push(
        `${what}: attested (${latest.payeeKind}, ${latest.scheme}, identity ${short(latest.identity)}) by ${latest.verifier}, valid until ${new Date(Number(latest.validUntil) * 1000).toISOString()}`,
      );
    }
  }
  if (evidence.length === 0) evidence.push("no payments yet");
  return {
    id: 5,
    title: "While verification was required, every payment went to a payee attested at that time",
    passed,
    evidence,
  };
}
