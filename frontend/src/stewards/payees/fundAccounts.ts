/**
 * The fund's own accounts: its contracts, the budget rounds and pools they created, and what the
 * members marked in the payee registry as the fund's own. Money paid to them stays the fund's
 * (a round's escrow, say), so they are not payees to verify: the dApp shows them as the fund's
 * own rather than "not verified". Pure, so it is unit-tested.
 */
import { decodeFunctionData, type Address } from "viem";
import { ABIS, type FundAddresses } from "@sdk/contracts/kinds";
import type { DecodedAction } from "@sdk/history/actions";
import type { LedgerEntry } from "@sdk/history/ledger";
import { predictClone } from "@sdk/proposals/clones";

/**
 * Lower-cased addresses the payee registry pays without a verification (its `isFundAccount`),
 * from its FundAccountSet events and, with `actions`, as a proposal's own actions leave it
 * before its payments run (a round's opening marks the round first when verification is
 * required).
 */
export function markedFundAccounts(
  payeeRegistry: Address,
  entries: readonly LedgerEntry[],
  actions: readonly DecodedAction[] = [],
): Set<string> {
  const marked = new Set<string>();
  const mark = (account: Address, isFundAccount: boolean) =>
    isFundAccount ? marked.add(account.toLowerCase()) : marked.delete(account.toLowerCase());
  // The last word stands: the members may mark an account and unmark it later.
  for (const e of entries) if (e.kind === "fundAccount") mark(e.account, e.isFundAccount);
  for (const action of actions) {
    if (action.kind !== "call" || action.target.toLowerCase() !== payeeRegistry.toLowerCase()) continue;
    try {
      const call = decodeFunctionData({ abi: ABIS.payeeRegistry, data: action.data });
      if (call.functionName === "setFundAccount") mark(call.args[0], call.args[1]);
    } catch {
      // Not a registry call the ABI knows: it marks nothing.
    }
  }
  return marked;
}

/**
 * Lower-cased addresses of the fund's own accounts, from the deployment and the history: its
 * contracts, the rounds and pools they created, and the accounts the registry treats as the
 * fund's own. With `actions`, also the rounds those actions would create (a round's opening
 * proposal pays the budget to the round's address before the round exists).
 */
export function fundOwnAccounts(
  contracts: FundAddresses,
  entries: readonly LedgerEntry[],
  actions: readonly DecodedAction[] = [],
): Set<string> {
  const own = markedFundAccounts(contracts.payeeRegistry, entries, actions);
  const add = (address: Address | null) => address && own.add(address.toLowerCase());
  for (const address of Object.values(contracts)) add(address);
  for (const e of entries) {
    if (e.kind === "roundCreated") add(e.round);
    if (e.kind === "poolOpened") add(e.address);
  }
  const { roundFactory, roundImplementation } = contracts;
  for (const action of actions) {
    if (action.kind === "openRound" && roundFactory && roundImplementation)
      add(predictClone(roundFactory, roundImplementation, action.salt));
  }
  return own;
}
