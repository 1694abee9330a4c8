import type { QueryClient } from "@tanstack/react-query";
import { erc20Abi } from "viem";
import type { Config } from "wagmi";
import { readContracts } from "wagmi/actions";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { requireFund } from "../config/contracts";
import type { AssetUnits } from "../transactions/explainError";

/**
 * The units of the fund's assets (ETH, and each tracked token's decimals from the chain), for
 * writing a refused transaction's amounts in whole units. Read when a sentence needs them, once
 * per visit: the shell wraps every page, so reading them up front cost every page two calls.
 * Without them (the node unreachable, say) amounts are written in base units; the sentence
 * itself must not fail.
 */
export async function readAssetUnits(config: Config, queryClient: QueryClient): Promise<AssetUnits[]> {
  const fund = requireFund();
  try {
    const decimals = await queryClient.fetchQuery({
      queryKey: ["assetDecimals", fund.assets.map((a) => a.address)],
      queryFn: () =>
        readContracts(config, {
          allowFailure: false,
          contracts: fund.assets.map((a) => ({ address: a.address, abi: erc20Abi, functionName: "decimals" }) as const),
        }),
      staleTime: Infinity,
    });
    return [
      { address: ETH_ADDRESS, symbol: "ETH", decimals: 18 },
      ...fund.assets.map((a, i) => ({ address: a.address, symbol: a.symbol, decimals: Number(decimals[i]) })),
    ];
  } catch {
    return [];
  }
}
