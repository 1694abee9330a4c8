import { getAddress, keccak256, toBytes, type Address, type Hex } from "viem";
import type { ContractKind, FundAddresses } from "./fund";
import type { LedgerEntry, Reconciliation } from "./ledger";

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
  guardian: string | null;
}

const ROLE_NAMES: Record<string, string> = Object.fromEntries(
  ["PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE", "REGISTRAR_ROLE"].map((name) => [
    keccak256(toBytes(name)),
    name,
  ]),
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
  return {
    id: 1,
    title: "Every asset's balance equals deposits − payments, in the treasury and in every escrow",
    passed: lines.every((r) => r.unexplained === 0n),
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
  const evidence: string[] = [];
  let passed = true;
  for (const payment of entries.filter((e): e is Entry<"payment"> => e.kind === "payment")) {
    const what = `payment of ${format(payment.asset, payment.amount)} to ${payment.to} (tx ${short(payment.tx)})`;
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
  for (const release of entries.filter((e): e is Entry<"release"> => e.kind === "release")) {
    const round = release.address.toLowerCase();
    const what = `round ${release.address} paid ${format(roundAssets.get(round) ?? release.address, release.amount)} to ${release.payee} for idea #${release.ideaId} (tx ${short(release.tx)})`;
    const inRound = (e: LedgerEntry) =>
      e.address.toLowerCase() === round && "ideaId" in e && e.ideaId === release.ideaId;
    const funded = entries.find((e): e is Entry<"ideaFunded"> => e.kind === "ideaFunded" && inRound(e));
    const review = entries.filter((e): e is Entry<"review"> => e.kind === "review" && inRound(e)).at(-1);
    const cancelled = entries.some((e) => e.kind === "winnerCancelled" && inRound(e));
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
  return { id: 4, title: "No role is held by an account the README does not name", passed, evidence };
}
