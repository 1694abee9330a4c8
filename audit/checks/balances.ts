import type { AllowanceReconciliation } from "../../sdk/history/allowances";
import type { EscrowReconciliation, Reconciliation } from "../../sdk/history/reconcile";
import type { CheckResult, FormatAmount } from "./check";

/**
 * Check 1: per asset, the treasury's balance is what the events explain, and so is each budget
 * round's escrow; anything else is an unexplained inflow or a gap.
 */
export function checkBalances(
  reconciliation: readonly Reconciliation[],
  format: FormatAmount,
  escrows: readonly EscrowReconciliation[] = [],
  allowances: AllowanceReconciliation = { spenders: [], reserved: [] },
): CheckResult {
  const lines = [
    ...reconciliation.map((r) => ({
      ...r,
      figures: `balance ${format(r.asset, r.balance)}; deposits ${format(r.asset, r.deposits)} − payments ${format(r.asset, r.payments)} = ${format(r.asset, r.explained)}`,
      inflow: "a Deposited event, e.g. ETH forced in or a token sent directly",
      outflow: "a Paid event",
    })),
    ...escrows.map((r) => ({
      ...r,
      figures: `round ${r.round}: balance ${format(r.asset, r.balance)}; paid in ${format(r.asset, r.paidIn)} − released ${format(r.asset, r.released)} − returned ${format(r.asset, r.returned)} = ${format(r.asset, r.explained)}`,
      inflow: "a payment from the treasury, e.g. a token sent directly",
      outflow: "an IdeaReleased or UnspentReturned event",
    })),
  ];
  const evidence = lines.map(({ figures, asset, unexplained, inflow, outflow }) => {
    if (unexplained === 0n) return `${figures}: explained`;
    return unexplained > 0n
      ? `${figures}: UNEXPLAINED INFLOW of ${format(asset, unexplained)} (arrived without ${inflow})`
      : `${figures}: MISSING ${format(asset, -unexplained)} (left without ${outflow})`;
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
      "Every asset's balance equals deposits − payments in the treasury, and paid in − released − returned in every escrow; every allowance is what its events explain, and reserved ≤ balance",
    passed:
      lines.every((r) => r.unexplained === 0n) &&
      allowances.spenders.every((a) => a.onChain === a.explained && a.gaps.length === 0) &&
      allowances.reserved.every((r) => r.onChain === r.explained && r.onChain <= r.balance),
    evidence,
  };
}
