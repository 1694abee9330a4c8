import { useMemo } from "react";
import type { DecodedAction } from "@sdk/history/actions";
import { requireFund } from "../../config/contracts";
import { useFundHistory } from "../../history/useFundHistory";
import { fundOwnAccounts, markedFundAccounts } from "./fundAccounts";

/**
 * The fund's own accounts (lower-cased) as the history shows them now, and as `actions` (a
 * proposal's) would leave them: which are not payees to verify, and which of those the payee
 * registry pays under a verification rule.
 */
export function useFundOwnAccounts(actions: readonly DecodedAction[] = []) {
  const { contracts } = requireFund();
  const history = useFundHistory();
  return useMemo(
    () => ({
      own: fundOwnAccounts(contracts, history.data ?? [], actions),
      marked: markedFundAccounts(contracts.payeeRegistry, history.data ?? [], actions),
    }),
    [contracts, history.data, actions],
  );
}
