import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { entryPoint08Abi, entryPoint08Address } from "viem/account-abstraction";
import { getBlockNumber, getLogs, readContract } from "viem/actions";
import { useClient } from "wagmi";
import { readGasFundEvents, reconcileGasFund, type GasFundLogClient } from "@sdk/history/gasFund";
import { CHAIN_ID, FUND } from "../config/deployment";

/**
 * The fee fund (the paymaster's deposit at the EntryPoint) reconciled as the audit does it: what
 * went in, what the EntryPoint charged for each sponsored action, what the members took back,
 * against what the EntryPoint holds. Null for a fund without a paymaster; undefined until read.
 */
export function useGasFund() {
  const client = useClient();
  const paymaster = FUND?.contracts.paymaster as Address | null | undefined;
  const query = useQuery({
    queryKey: ["gasFund", CHAIN_ID, paymaster],
    queryFn: async () => {
      // viem's tree-shakable actions on the bare client (see useChainReader).
      const logs: GasFundLogClient = { getLogs: ((args: never) => getLogs(client!, args)) as never };
      const toBlock = await getBlockNumber(client!, { cacheTime: 0 });
      const [events, balance] = await Promise.all([
        readGasFundEvents(logs, paymaster!, { fromBlock: BigInt(FUND!.deploymentBlock), toBlock }),
        readContract(client!, {
          abi: entryPoint08Abi,
          address: entryPoint08Address,
          functionName: "balanceOf",
          args: [paymaster!],
          blockNumber: toBlock,
        }),
      ]);
      return reconcileGasFund(paymaster!, events, balance);
    },
    enabled: Boolean(client && paymaster),
    refetchInterval: 15_000,
  });
  return paymaster ? query.data : null;
}
