import { useMemo } from "react";
import { getBlock, getBlockNumber, getLogs } from "viem/actions";
import { useClient } from "wagmi";
import type { HistoryClient } from "@sdk/history/reader";

/**
 * The three reads the history needs, as viem's tree-shakable actions on wagmi's bare client.
 * wagmi's usePublicClient extends the client with every public action, and with them the
 * signature checks and their elliptic curves: some 20 kB of the first download that no page
 * uses.
 */
export function useChainReader(): HistoryClient | undefined {
  const client = useClient();
  return useMemo(
    () =>
      client && {
        getBlockNumber: (args) => getBlockNumber(client, args),
        getBlock: ({ blockNumber }) => getBlock(client, { blockNumber }),
        getLogs: ({ address, fromBlock, toBlock }) => getLogs(client, { address, fromBlock, toBlock }),
      },
    [client],
  );
}
