import type { Address } from "viem";
import type { ConnectedFund } from "../deploy/deployments";
import type { ProposalActions } from "../sdk/proposals/actions";

// What the proposing tasks warn about before the members vote: a proposal that passes but
// cannot be carried out costs a week of voting. The proposal is still made: money may be
// deposited, or a payee verified, before it is carried out. Imports are lazy, as in every
// task file: this one is loaded before typechain has run.

/**
 * One line per asset the treasury has too little of, unreserved, for the proposal's actions,
 * amounts in whole units with their symbols; none when it can pay them all now.
 */
export async function treasuryWarnings(fund: ConnectedFund, actions: ProposalActions): Promise<string[]> {
  const { treasuryShortfalls } = await import("../sdk/proposals/treasuryNeeds");
  const { assetAt } = await import("../harness/stewardsRead");
  const { cliFacts } = await import("../harness/errors");
  const treasury = fund.record.contracts.treasury;
  const short = await treasuryShortfalls(actions, treasury, {
    available: (asset) => fund.treasury.available(asset),
    allowanceOf: (spender, asset) => fund.treasury.allowanceOf(spender, asset),
  });
  return Promise.all(
    short.map(async ({ asset, needed, available }) => {
      const { amount } = cliFacts({ assets: [await assetAt(fund, asset)] });
      return (
        `Warning: the treasury has ${amount(asset, available)} available (not reserved for pools or ` +
        `milestone grants); this needs ${amount(asset, needed)}. The members can pass it, but it cannot ` +
        `be carried out until enough is deposited.`
      );
    }),
  );
}

/**
 * A line when the payee registry would refuse paying `payee` now (the fund requires verified
 * payees and it is not, or its attestation has run out or been revoked), with the registry's
 * own reason; null when it may be paid.
 */
export async function payeeWarning(fund: ConnectedFund, payee: Address): Promise<string | null> {
  const { explainError } = await import("../harness/errors");
  try {
    await fund.payees.checkPayee.staticCall(payee);
    return null;
  } catch (error) {
    return `Warning: the payment will be refused when the proposal is carried out. ${explainError(error)}`;
  }
}
