import type { AllowanceReconciliation } from "../../sdk/history/allowances";
import type { GasFundReconciliation } from "../../sdk/history/gasFund";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import type { EscrowReconciliation, Reconciliation } from "../../sdk/history/reconcile";
import type { CheckResult, FormatAmount } from "./check";

/**
 * Check 1: per asset, the treasury's balance is what the events explain, and so is each budget
 * round's escrow and the gas fund (the paymaster's deposit at the EntryPoint); anything else is
 * an unexplained inflow or a gap.
 */
export function checkBalances(
  reconciliation: readonly Reconciliation[],
  format: FormatAmount,
  escrows: readonly EscrowReconciliation[] = [],
  allowances: AllowanceReconciliation = { spenders: [], reserved: [] },
  gasFund: GasFundReconciliation | null = null,
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
    ...(gasFund
      ? [
          {
            asset: ETH_ADDRESS,
            unexplained: gasFund.unexplained,
            figures: `gas fund (paymaster ${gasFund.paymaster} at the EntryPoint): deposit ${format(ETH_ADDRESS, gasFund.balance)}; deposited ${format(ETH_ADDRESS, gasFund.deposited)} − gas paid for ${gasFund.operations} sponsored operations ${format(ETH_ADDRESS, gasFund.spent)} − withdrawn ${format(ETH_ADDRESS, gasFund.withdrawn)} = ${format(ETH_ADDRESS, gasFund.explained)}`,
            inflow: "a Funded event, e.g. a deposit made at the EntryPoint directly",
            outflow: "a UserOperationEvent or a Withdrawn event",
          },
        ]
      : []),
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
      "Every asset's balance equals deposits − payments in the treasury, paid in − released − returned in every escrow, and deposited − gas paid − withdrawn in the gas fund; every allowance is what its events explain, and reserved ≤ balance",
    passed:
      lines.every((r) => r.unexplained === 0n) &&
      allowances.spenders.every((a) => a.onChain === a.explained && a.gaps.length === 0) &&
      allowances.reserved.every((r) => r.onChain === r.explained && r.onChain <= r.balance),
    evidence,
  };
}
