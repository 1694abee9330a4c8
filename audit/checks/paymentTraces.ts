import type { Address, Hex } from "viem";
import type { LedgerEntry } from "../../sdk/history/ledger";
import { milestoneDecision, poolGrantDecision } from "../../sdk/model/spendDecisions";
import {
  executionsByTx,
  proposalsById,
  sameAddress,
  short,
  type CheckResult,
  type Entry,
  type FormatAmount,
} from "./check";

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
        text: `pool ${paid.address} (${created === undefined ? "not created by a proposal" : `created by proposal #${created}`}; ${allowance.text})`,
        problem: created === undefined ? "the pool was NOT CREATED by an executed proposal" : allowance.problem,
      });
    }
    const origin = poolOrigins.get(key)!;
    const approvals = entries.filter(
      (e) => e.kind === "poolGrantApproved" && e.address === paid.address && e.grantId === paid.grantId,
    ).length;
    const decision = poolGrantDecision(paid.address, paid.grantId);
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
    const decision = milestoneDecision(released.address, released.grantId, released.index);
    // A grant's title is only a commitment on chain (its text is off chain): named by number.
    decisions.set(decision, {
      tx: released.tx,
      spender: released.address,
      payee: released.payee,
      asset: grant.asset,
      amount: released.amount,
      what: `milestone ${released.index + 1} of grant #${released.grantId} (${created === undefined ? "not created by a proposal" : `created by proposal #${created}`}; ${allowance.text}; delivered by ${delivered?.steward ?? "nobody"})`,
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
