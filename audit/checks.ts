import { encodeAbiParameters, getAddress, keccak256, toBytes, type Address, type Hex } from "viem";
import type { AllowanceReconciliation } from "../sdk/history/allowances";
import type { ContractKind, FundAddresses } from "../sdk/contracts/kinds";
import type { LedgerEntry, Reconciliation } from "../sdk/history/ledger";

/** One audit check: passed or failed, with the evidence either way. */
export interface CheckResult {
  id: number;
  title: string;
  passed: boolean;
  evidence: string[];
}

/** How the report writes an amount of an asset (symbol, decimals). */
export type FormatAmount = (asset: Address, amount: bigint) => string;

type Entry<K extends LedgerEntry["kind"]> = Extract<LedgerEntry, { kind: K }>;

/** The accounts the README names as role holders, from the deployment's configuration. */
export interface NamedHolders {
  registrars: readonly string[];
  /** The governor's guardian, who is also the milestone grants' guardian. */
  guardian: string | null;
  /** Who may attest payees (absent before the stewards' contracts: none). */
  verifiers?: readonly string[];
  /** Who may mark milestones delivered. */
  stewards?: readonly string[];
}

const ROLE_NAMES: Record<string, string> = Object.fromEntries(
  ["PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE", "REGISTRAR_ROLE", "VERIFIER_ROLE", "STEWARD_ROLE"].map(
    (name) => [keccak256(toBytes(name)), name],
  ),
);
const DEFAULT_ADMIN_ROLE: Hex = "0x0000000000000000000000000000000000000000000000000000000000000000";
ROLE_NAMES[DEFAULT_ADMIN_ROLE] = "DEFAULT_ADMIN_ROLE";

const short = (tx: Hex) => `${tx.slice(0, 10)}…`;

/**
 * Check 1: per asset, the treasury's balance is what the events explain, and so is each budget
 * round's escrow; anything else is an unexplained inflow or a gap.
 */
export function checkBalances(
  reconciliation: readonly Reconciliation[],
  format: FormatAmount,
  escrows: readonly (Reconciliation & { round: Address })[] = [],
  allowances: AllowanceReconciliation = { spenders: [], reserved: [] },
): CheckResult {
  const lines = [
    ...reconciliation.map((r) => ({ ...r, holder: "" })),
    ...escrows.map((r) => ({ ...r, holder: `round ${r.round}: ` })),
  ];
  const evidence = lines.map((r) => {
    const figures = `balance ${format(r.asset, r.balance)}; deposits ${format(r.asset, r.deposits)} − payments ${format(r.asset, r.payments)} = ${format(r.asset, r.explained)}`;
    if (r.unexplained === 0n) return `${r.holder}${figures}: explained`;
    return r.unexplained > 0n
      ? `${r.holder}${figures}: UNEXPLAINED INFLOW of ${format(r.asset, r.unexplained)} (arrived without a Deposited event, e.g. ETH forced in or a token sent directly)`
      : `${r.holder}${figures}: MISSING ${format(r.asset, -r.unexplained)} (left without a Paid event)`;
  });
  // What the treasury reserved for each spender, replayed from its allowance events.
  for (const a of allowances.spenders) {
    const figures = `allowance of ${a.spender} in ${format(a.asset, 0n).split(" ")[1]}: on chain ${format(a.asset, a.onChain)}; set ${format(a.asset, a.set)} − spent ${format(a.asset, a.spent)} − returned ${format(a.asset, a.returned)} = ${format(a.asset, a.explained)}`;
    evidence.push(
      a.onChain === a.explained && a.gaps.length === 0
        ? `${figures}: explained`
        : `${figures}: NOT EXPLAINED by its events${a.gaps.length > 0 ? ` (${a.gaps.join("; ")})` : ""}`,
    );
  }
  for (const r of allowances.reserved) {
    const figures = `reserved ${format(r.asset, r.onChain)} of ${format(r.asset, r.balance)} held; allowances add up to ${format(r.asset, r.explained)}`;
    const problems = [
      ...(r.onChain === r.explained ? [] : ["the reservation is NOT the sum of the allowances"]),
      ...(r.onChain <= r.balance ? [] : [`MORE RESERVED THAN HELD by ${format(r.asset, r.onChain - r.balance)}`]),
    ];
    evidence.push(problems.length === 0 ? `${figures}: covered` : `${figures}: ${problems.join("; ")}`);
  }
  return {
    id: 1,
    title:
      "Every asset's balance equals deposits − payments, in the treasury and in every escrow; every allowance is what its events explain, and reserved ≤ balance",
    passed:
      lines.every((r) => r.unexplained === 0n) &&
      allowances.spenders.every((a) => a.onChain === a.explained && a.gaps.length === 0) &&
      allowances.reserved.every((r) => r.onChain === r.explained && r.onChain <= r.balance),
    evidence,
  };
}

function executionsByTx(entries: readonly LedgerEntry[]): Map<Hex, Entry<"execution">[]> {
  const byTx = new Map<Hex, Entry<"execution">[]>();
  for (const e of entries) if (e.kind === "execution") byTx.set(e.tx, [...(byTx.get(e.tx) ?? []), e]);
  return byTx;
}

function proposalsById(entries: readonly LedgerEntry[]): Map<bigint, Entry<"proposal">> {
  return new Map(entries.flatMap((e) => (e.kind === "proposal" ? [[e.proposalId, e] as const] : [])));
}

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Check 2: every payment traces to the decision that allowed it — a proposal executed in the
 * same transaction, with a pay action of exactly this asset, recipient, amount and decision
 * (the proposal's description hash).
 */
export function checkPaymentsTraceToDecisions(entries: readonly LedgerEntry[], format: FormatAmount): CheckResult {
  const executions = executionsByTx(entries);
  const proposals = proposalsById(entries);
  const delegated = delegatedDecisions(entries, executions);
  const spendsByTx = new Map<Hex, Entry<"allowanceSpent">[]>();
  for (const e of entries) if (e.kind === "allowanceSpent") spendsByTx.set(e.tx, [...(spendsByTx.get(e.tx) ?? []), e]);
  const evidence: string[] = [];
  let passed = true;
  for (const payment of entries.filter((e): e is Entry<"payment"> => e.kind === "payment")) {
    const what = `payment of ${format(payment.asset, payment.amount)} to ${payment.to} (tx ${short(payment.tx)})`;
    // Paid from an allowance: the pool grant or milestone its decision names, in this transaction.
    const spends = spendsByTx.get(payment.tx) ?? [];
    const source = delegated.get(payment.decision);
    if (
      source &&
      source.tx === payment.tx &&
      sameAddress(source.payee, payment.to) &&
      source.amount === payment.amount &&
      sameAddress(source.asset, payment.asset) &&
      spends.some((s) => sameAddress(s.spender, source.spender) && s.amount === payment.amount)
    ) {
      if (source.problem) {
        passed = false;
        evidence.push(`${what} ← ${source.what}: ${source.problem}`);
      } else evidence.push(`${what} ← ${source.what}`);
      continue;
    }
    if (spends.length > 0 && !executions.has(payment.tx)) {
      passed = false;
      evidence.push(
        `${what}: paid from the allowance of ${spends.map((s) => s.spender).join(", ")} but traces to NO approved pool grant or released milestone`,
      );
      continue;
    }
    const matches = (executions.get(payment.tx) ?? []).flatMap((execution) => {
      const proposal = proposals.get(execution.proposalId);
      const index =
        proposal?.actions.findIndex(
          (a) =>
            a.kind === "pay" &&
            sameAddress(a.asset, payment.asset) &&
            sameAddress(a.to, payment.to) &&
            a.amount === payment.amount &&
            a.decision === payment.decision,
        ) ?? -1;
      return index >= 0 ? [`${what} ← proposal #${execution.proposalId}, action ${index + 1}`] : [];
    });
    if (matches.length > 0) {
      evidence.push(matches[0]);
    } else {
      passed = false;
      evidence.push(
        executions.has(payment.tx)
          ? `${what}: NOT among the actions of the proposal executed in that transaction`
          : `${what}: NO executed proposal in that transaction`,
      );
    }
  }
  // A budget round's payment: a winner of that round's results, paid its cost, to the payee
  // its review named, and never cancelled.
  const roundAssets = new Map(
    entries.flatMap((e) => (e.kind === "roundCreated" ? [[e.round.toLowerCase(), e.asset] as const] : [])),
  );
  // Each idea's first result, last review and any cancellation, gathered in one pass: looking
  // them up in the whole history for every release would cost releases × entries.
  const idea = (e: { address: Address; ideaId: bigint }) => `${e.address.toLowerCase()}:${e.ideaId}`;
  const results = new Map<string, Entry<"ideaFunded">>();
  const reviews = new Map<string, Entry<"review">>();
  const cancellations = new Set<string>();
  for (const e of entries) {
    if (e.kind === "ideaFunded" && !results.has(idea(e))) results.set(idea(e), e);
    if (e.kind === "review") reviews.set(idea(e), e);
    if (e.kind === "winnerCancelled") cancellations.add(idea(e));
  }
  for (const release of entries.filter((e): e is Entry<"release"> => e.kind === "release")) {
    const round = release.address.toLowerCase();
    const what = `round ${release.address} paid ${format(roundAssets.get(round) ?? release.address, release.amount)} to ${release.payee} for idea #${release.ideaId} (tx ${short(release.tx)})`;
    const funded = results.get(idea(release));
    const review = reviews.get(idea(release));
    const cancelled = cancellations.has(idea(release));
    if (funded && funded.cost === release.amount && review && sameAddress(review.payee, release.payee) && !cancelled) {
      evidence.push(`${what} ← the round's results funded it`);
    } else {
      passed = false;
      evidence.push(`${what}: NOT a winner of that round's results as reviewed`);
    }
  }
  if (evidence.length === 0) evidence.push("no payments yet");
  return { id: 2, title: "Every payment traces to the decision that allowed it", passed, evidence };
}

/** A payment a spender may make from its allowance, and what allowed it. */
interface DelegatedDecision {
  tx: Hex;
  spender: Address;
  payee: Address;
  asset: Address;
  amount: bigint;
  what: string;
  /** Why the decision does not hold although the payment matches it (null: it holds). */
  problem: string | null;
}

/**
 * The decisions the treasury's spenders pay under, by the decision hash they pass to `spend`:
 * keccak256(abi.encode(pool, grantId)) for a pool's paid micro-grant, keccak256(abi.encode(
 * milestones, grantId, index)) for a released milestone. Each holds only if the pool or grant
 * was created by an executed proposal and its allowance was set only by executed proposals.
 */
function delegatedDecisions(
  entries: readonly LedgerEntry[],
  executions: ReadonlyMap<Hex, Entry<"execution">[]>,
): Map<Hex, DelegatedDecision> {
  const decisions = new Map<Hex, DelegatedDecision>();
  const proposalOf = (tx: Hex) => executions.get(tx)?.[0]?.proposalId;
  /** "allowance set by proposal #3, #7", or why not. */
  const allowanceOrigin = (spender: Address): { text: string; problem: string | null } => {
    const sets = entries.filter(
      (e): e is Entry<"allowanceSet"> => e.kind === "allowanceSet" && sameAddress(e.spender, spender),
    );
    const outside = sets.filter((e) => proposalOf(e.tx) === undefined);
    if (sets.length === 0) return { text: "", problem: "its allowance was NEVER SET by a proposal" };
    if (outside.length > 0)
      return {
        text: "",
        problem: `its allowance was SET OUTSIDE ANY PROPOSAL (tx ${outside.map((e) => short(e.tx)).join(", ")})`,
      };
    return {
      text: `allowance set by proposal #${[...new Set(sets.map((e) => proposalOf(e.tx)))].join(", #")}`,
      problem: null,
    };
  };
  const pools = new Map(
    entries.flatMap((e) => (e.kind === "poolOpened" ? [[e.address.toLowerCase(), e] as const] : [])),
  );
  const poolOrigins = new Map<string, { text: string; problem: string | null }>();
  for (const paid of entries.filter((e): e is Entry<"poolGrantPaid"> => e.kind === "poolGrantPaid")) {
    const opened = pools.get(paid.address.toLowerCase());
    if (!opened) continue;
    const key = paid.address.toLowerCase();
    if (!poolOrigins.has(key)) {
      const created = proposalOf(opened.tx);
      const allowance = allowanceOrigin(paid.address);
      poolOrigins.set(key, {
        text: `pool “${opened.name}” ${paid.address} (${created === undefined ? "not created by a proposal" : `created by proposal #${created}`}; ${allowance.text})`,
        problem: created === undefined ? "the pool was NOT CREATED by an executed proposal" : allowance.problem,
      });
    }
    const origin = poolOrigins.get(key)!;
    const approvals = entries.filter(
      (e) => e.kind === "poolGrantApproved" && e.address === paid.address && e.grantId === paid.grantId,
    ).length;
    const decision = keccak256(
      encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [paid.address, paid.grantId]),
    );
    decisions.set(decision, {
      tx: paid.tx,
      spender: paid.address,
      payee: paid.payee,
      asset: opened.asset,
      amount: paid.amount,
      what: `micro-grant #${paid.grantId} of ${origin.text}, paid at ${approvals} approvals`,
      problem: origin.problem,
    });
  }
  const grants = new Map(entries.flatMap((e) => (e.kind === "milestoneGrantCreated" ? [[e.grantId, e] as const] : [])));
  for (const released of entries.filter((e): e is Entry<"milestoneReleased"> => e.kind === "milestoneReleased")) {
    const grant = grants.get(released.grantId);
    if (!grant) continue;
    const created = proposalOf(grant.tx);
    const allowance = allowanceOrigin(released.address);
    const delivered = entries
      .filter(
        (e): e is Entry<"milestoneDelivered"> =>
          e.kind === "milestoneDelivered" && e.grantId === released.grantId && e.index === released.index,
      )
      .at(-1);
    const decision = keccak256(
      encodeAbiParameters(
        [{ type: "address" }, { type: "uint256" }, { type: "uint8" }],
        [released.address, released.grantId, released.index],
      ),
    );
    decisions.set(decision, {
      tx: released.tx,
      spender: released.address,
      payee: released.payee,
      asset: grant.asset,
      amount: released.amount,
      what: `milestone ${released.index + 1} of grant #${released.grantId} “${grant.title}” (${created === undefined ? "not created by a proposal" : `created by proposal #${created}`}; ${allowance.text}; delivered by ${delivered?.steward ?? "nobody"})`,
      problem:
        created === undefined
          ? "the grant was NOT CREATED by an executed proposal"
          : !delivered
            ? "the milestone was NEVER MARKED DELIVERED"
            : allowance.problem,
    });
  }
  return decisions;
}

/** Check 3: every executed proposal's payments happened, with the same amounts. */
export function checkExecutedProposalsPaid(entries: readonly LedgerEntry[], format: FormatAmount): CheckResult {
  const proposals = proposalsById(entries);
  const paymentsByTx = new Map<Hex, Entry<"payment">[]>();
  for (const e of entries) if (e.kind === "payment") paymentsByTx.set(e.tx, [...(paymentsByTx.get(e.tx) ?? []), e]);
  const evidence: string[] = [];
  let passed = true;
  for (const execution of entries.filter((e): e is Entry<"execution"> => e.kind === "execution")) {
    const proposal = proposals.get(execution.proposalId);
    if (!proposal) {
      passed = false;
      evidence.push(`proposal #${execution.proposalId} was executed but its ProposalCreated event is missing`);
      continue;
    }
    // Each pay action must meet its own Paid event in the execution's transaction.
    const unmatched = [...(paymentsByTx.get(execution.tx) ?? [])];
    const pays = proposal.actions.filter((a) => a.kind === "pay");
    let allPaid = true;
    for (const action of pays) {
      const index = unmatched.findIndex(
        (p) =>
          sameAddress(p.asset, action.asset) &&
          sameAddress(p.to, action.to) &&
          p.amount === action.amount &&
          p.decision === action.decision,
      );
      if (index < 0) {
        passed = false;
        allPaid = false;
        evidence.push(
          `proposal #${execution.proposalId}: pay ${format(action.asset, action.amount)} to ${action.to} has NO matching payment`,
        );
      } else {
        unmatched.splice(index, 1);
      }
    }
    if (pays.length > 0 && allPaid) {
      evidence.push(
        `proposal #${execution.proposalId}: ${pays.length} payment(s) made as voted (tx ${short(execution.tx)})`,
      );
    }
  }
  if (evidence.length === 0) evidence.push("no executed proposal pays anything yet");
  return { id: 3, title: "Every executed proposal's payments appear, with the same amounts", passed, evidence };
}

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
        `${what}: verification was required and the payee's attestation was REVOKED (tx ${short(latest.tx)}: “${latest.reason}”)`,
      );
    } else if (latest.validUntil <= BigInt(e.timestamp)) {
      passed = false;
      evidence.push(
        `${what}: verification was required and the payee's attestation EXPIRED at ${new Date(Number(latest.validUntil) * 1000).toISOString()}`,
      );
    } else {
      evidence.push(
        `${what}: attested “${latest.legalName}” (${latest.scheme} ${latest.number}) by ${latest.verifier}, valid until ${new Date(Number(latest.validUntil) * 1000).toISOString()}`,
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
