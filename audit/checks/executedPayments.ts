import type { Hex } from "viem";
import type { LedgerEntry } from "../../sdk/history/ledger";
import { proposalsById, sameAddress, short, type CheckResult, type Entry, type FormatAmount } from "./check";

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
