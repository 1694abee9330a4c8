import { erc20Abi } from "viem";
import { useAccount, useReadContract } from "wagmi";
import { votesContract } from "../../config/contracts";

/**
 * Whether the connected account may act as a member towards a pool: it holds the fund's voting
 * source (a membership, or tokens in a token-weighted fund), which is the pool's own check. Both
 * answer `balanceOf` alike. Null while unknown or logged out.
 */
export function useHoldsMembership(): boolean | null {
  const { address } = useAccount();
  const { data } = useReadContract({
    address: votesContract().address,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: address ? [address] : undefined,
    query: { enabled: Boolean(address) },
  });
  if (!address || data === undefined) return null;
  return data > 0n;
}
