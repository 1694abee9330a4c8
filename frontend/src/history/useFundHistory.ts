import { useQuery } from "@tanstack/react-query";
import { FundHistory, type HistoryClient } from "@sdk/history/reader";
import type { LedgerEntry } from "@sdk/history/ledger";
import { CHAIN_ID, FUND } from "../config/deployment";
import { useChainReader } from "./useChainReader";

let store: FundHistory | null = null;

/** One history reader per page load; it reads the chain once, then only new blocks. */
function historyStore(client: HistoryClient): FundHistory {
  if (!FUND) throw new Error("No fund deployed on this chain");
  store ??= new FundHistory(
    client,
    { chainId: FUND.chainId, deploymentBlock: FUND.deploymentBlock, contracts: FUND.contracts, assets: FUND.assets },
    // Block times are read only for what a page shows (useBlockTimes).
    { blockTimes: false },
  );
  return store;
}

/**
 * Every event of the fund, as ledger entries (the same reader the audit tool uses). Texts of
 * proposals, timelines, members, delegations and the History page all come from here.
 */
export function useFundHistory() {
  const client = useChainReader();
  return useQuery({
    queryKey: ["history", CHAIN_ID],
    queryFn: async (): Promise<LedgerEntry[]> => (await historyStore(client!).update()).entries,
    enabled: Boolean(client && FUND),
    refetchInterval: 15_000,
  });
}
