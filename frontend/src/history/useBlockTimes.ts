import { useQuery } from "@tanstack/react-query";
import type { LedgerEntry } from "@sdk/history/ledger";
import type { HistoryClient } from "@sdk/history/reader";
import { CHAIN_ID } from "../config/deployment";
import { useChainReader } from "./useChainReader";

/** Block times never change: read each block's once per page load. */
const known = new Map<bigint, number>();

/** Reads the times of `blocks` not yet known, in one batched request. */
export async function loadBlockTimes(
  client: Pick<HistoryClient, "getBlock">,
  blocks: readonly bigint[],
): Promise<void> {
  const missing = [...new Set(blocks)].filter((b) => !known.has(b));
  const headers = await Promise.all(missing.map((blockNumber) => client.getBlock({ blockNumber })));
  missing.forEach((b, i) => known.set(b, Number(headers[i].timestamp)));
}

export function blockTime(block: bigint): number | null {
  return known.get(block) ?? null;
}

/** The entries with their block times filled in from what has been read. */
export function withTimes<E extends LedgerEntry>(entries: readonly E[]): E[] {
  return entries.map((e) => ({ ...e, timestamp: blockTime(e.block) }));
}

/**
 * The times of the blocks a view shows. The history is read without them (one header per
 * event block would make a page's cost grow with the fund's age); a view asks only for the
 * blocks it displays.
 */
export function useBlockTimes(blocks: readonly bigint[]): {
  time: (block: bigint) => number | null;
  isLoading: boolean;
} {
  const client = useChainReader();
  const missing = [...new Set(blocks)].filter((b) => !known.has(b)).sort((a, b) => (a < b ? -1 : 1));
  const query = useQuery({
    queryKey: ["blockTimes", CHAIN_ID, missing.map(String).join(",")],
    queryFn: async () => {
      await loadBlockTimes(client!, missing);
      return missing.length;
    },
    enabled: Boolean(client) && missing.length > 0,
    staleTime: Infinity,
  });
  return { time: blockTime, isLoading: query.isLoading && missing.length > 0 };
}
