import { useAccount, useBlock, useReadContract } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { governorContract, votesContract } from "../config/contracts";
import { useRules } from "./useRules";

/**
 * The connected account's votes as propose() counts them (a second before the latest block),
 * its votes now, and the proposal threshold: what every proposal form checks before proposing.
 */
export function useProposingVotes() {
  const { address } = useAccount();
  const rules = useRules();
  const { data: block } = useBlock({ query: { refetchInterval: 5_000 } });
  const { data: votesNow } = useReadContract({
    ...votesContract(),
    functionName: "getVotes",
    args: [address ?? ETH_ADDRESS],
    query: { enabled: Boolean(address) },
  });
  const { data: votes } = useReadContract({
    ...governorContract(),
    functionName: "getVotes",
    args: [address ?? ETH_ADDRESS, (block?.timestamp ?? 1n) - 1n],
    query: { enabled: Boolean(address && block) },
  });
  return { votes: votes ?? 0n, votesNow: votesNow ?? 0n, threshold: rules.data?.proposalThreshold ?? 0n };
}
