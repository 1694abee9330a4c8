import { useReadContract } from "wagmi";
import type { Hex } from "viem";
import { ABIS } from "@sdk/contracts/kinds";
import { FUND } from "../config/deployment";

/**
 * The erasure log's latest root as the chain holds it (ErasureAnchor.latest), read by the dApp
 * itself rather than taken from the service, so a visitor sees for themselves whether the log
 * the service shows is the one anchored. Null when the fund has no anchor contract.
 */
export function useAnchoredRoot() {
  const address = FUND?.contracts.erasureAnchor ?? null;
  const read = useReadContract({
    address: address ?? undefined,
    abi: ABIS.erasureAnchor,
    functionName: "latest",
    query: { enabled: !!address },
  });
  const anchored = read.data ? { root: read.data[0] as Hex, entries: Number(read.data[1]) } : null;
  return { configured: !!address, anchored, isLoading: read.isLoading, error: read.error, refetch: read.refetch };
}
