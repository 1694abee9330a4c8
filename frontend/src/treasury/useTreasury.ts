import { erc20Abi, type Address } from "viem";
import { useBalance, useReadContracts } from "wagmi";
import { ETH_ADDRESS } from "@audit/fund";
import { requireFund } from "../config/contracts";

export interface AssetBalance {
  address: Address;
  symbol: string;
  decimals: number;
  balance: bigint;
}

/** The treasury's balance of ETH and of every tracked ERC-20, with symbols and decimals from the chain. */
export function useTreasury() {
  const fund = requireFund();
  const treasury = fund.contracts.treasury;
  const eth = useBalance({ address: treasury });
  const tokens = useReadContracts({
    allowFailure: false,
    contracts: fund.assets.flatMap((a) => [
      { address: a.address, abi: erc20Abi, functionName: "balanceOf", args: [treasury] } as const,
      { address: a.address, abi: erc20Abi, functionName: "decimals" } as const,
    ]),
    query: { enabled: fund.assets.length > 0 },
  });
  const assets: AssetBalance[] = [];
  if (eth.data) assets.push({ address: ETH_ADDRESS, symbol: "ETH", decimals: 18, balance: eth.data.value });
  if (tokens.data) {
    fund.assets.forEach((a, i) =>
      assets.push({
        address: a.address,
        symbol: a.symbol,
        balance: tokens.data[i * 2] as bigint,
        decimals: Number(tokens.data[i * 2 + 1]),
      }),
    );
  }
  return { assets, isLoading: eth.isLoading || tokens.isLoading, error: eth.error ?? tokens.error };
}

/** Symbol and decimals of an asset by address, from the tracked assets (ETH included). */
export function assetInfo(assets: readonly AssetBalance[], address: Address): { symbol: string; decimals: number } {
  const found = assets.find((a) => a.address.toLowerCase() === address.toLowerCase());
  return found ?? { symbol: `${address.slice(0, 6)}…`, decimals: 18 };
}
