import { useQuery } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import type { Address } from "viem";
import { treasuryShortfalls, type ProposalCalls, type TreasuryShortfall } from "@sdk/proposals/treasuryNeeds";
import { treasuryContract } from "../config/contracts";

/** A proposal whose actions may take the treasury's money. */
export interface ProposalMoney extends ProposalCalls {
  id: bigint;
}

/**
 * For each proposal, the assets the treasury has too little of, unreserved, to carry it out now
 * (the SDK's treasuryShortfalls, read through the page's batched client); an empty list for one
 * it can pay. Read again after every transaction, as everything is.
 */
export function useTreasuryShortfalls(proposals: readonly ProposalMoney[]) {
  const config = useConfig();
  const treasury = treasuryContract();
  const query = useQuery({
    queryKey: ["treasuryShortfalls", treasury.address, proposals.map((p) => String(p.id))],
    queryFn: async () => {
      const read = {
        available: (asset: Address) => readContract(config, { ...treasury, functionName: "available", args: [asset] }),
        allowanceOf: (spender: Address, asset: Address) =>
          readContract(config, { ...treasury, functionName: "allowanceOf", args: [spender, asset] }),
      };
      const short = await Promise.all(proposals.map((p) => treasuryShortfalls(p, treasury.address, read)));
      return new Map(proposals.map((p, i) => [p.id, short[i]]));
    },
    enabled: proposals.length > 0,
  });
  return {
    /** What the treasury lacks for proposal `id` (undefined until read). */
    shortOf: (id: bigint): readonly TreasuryShortfall[] | undefined => query.data?.get(id),
    isLoading: query.isLoading,
    error: query.error,
  };
}
