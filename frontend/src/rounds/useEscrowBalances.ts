import { useMemo } from "react";
import { erc20Abi, type Address } from "viem";
import { useReadContracts } from "wagmi";
import type { LedgerEntry } from "@sdk/history/ledger";

/**
 * What each budget round's escrow holds of its asset now, by lower-cased round address (null
 * until read): one batched read for every round the history knows.
 */
export function useEscrowBalances(entries: readonly LedgerEntry[]): ReadonlyMap<string, bigint> | null {
  const rounds = useMemo(
    () => entries.flatMap((e) => (e.kind === "roundCreated" ? [{ round: e.round, asset: e.asset }] : [])),
    [entries],
  );
  const balances = useReadContracts({
    allowFailure: false,
    contracts: rounds.map(
      ({ round, asset }) =>
        ({ address: asset, abi: erc20Abi, functionName: "balanceOf", args: [round as Address] }) as const,
    ),
    query: { enabled: rounds.length > 0 },
  });
  return useMemo(() => {
    if (rounds.length === 0) return new Map();
    if (!balances.data || balances.data.length !== rounds.length) return null;
    return new Map(rounds.map(({ round }, i) => [round.toLowerCase(), balances.data[i]]));
  }, [rounds, balances.data]);
}
