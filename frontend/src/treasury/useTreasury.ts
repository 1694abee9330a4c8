import { erc20Abi, type Address } from "viem";
import { treasuryAbi } from "@sdk/generated/pulje";
import { useBalance, useReadContracts } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { requireFund } from "../config/contracts";

export interface AssetBalance {
  address: Address;
  symbol: string;
  decimals: number;
  balance: bigint;
  /** Reserved for steward pools and milestone grants (their allowances): grants cannot pay it. */
  reserved: bigint;
  /** What a grant can still pay: balance − reserved. */
  available: bigint;
}

/**
 * The treasury's balance of ETH and of every tracked ERC-20, with symbols and decimals from the
 * chain, and how much of each is reserved for pools and milestone grants.
 */
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
  const reserved = useReadContracts({
    allowFailure: false,
    contracts: [ETH_ADDRESS, ...fund.assets.map((a) => a.address)].map(
      (token) => ({ address: treasury, abi: treasuryAbi, functionName: "reserved", args: [token] }) as const,
    ),
  });
  const held = (i: number): bigint => reserved.data?.[i] ?? 0n;
  const assets: AssetBalance[] = [];
  const push = (a: Omit<AssetBalance, "reserved" | "available">, i: number) =>
    assets.push({ ...a, reserved: held(i), available: a.balance > held(i) ? a.balance - held(i) : 0n });
  if (eth.data) push({ address: ETH_ADDRESS, symbol: "ETH", decimals: 18, balance: eth.data.value }, 0);
  if (tokens.data) {
    fund.assets.forEach((a, i) =>
      push(
        {
          address: a.address,
          symbol: a.symbol,
          balance: tokens.data[i * 2] as bigint,
          decimals: Number(tokens.data[i * 2 + 1]),
        },
        i + 1,
      ),
    );
  }
  return {
    assets,
    isLoading: eth.isLoading || tokens.isLoading || reserved.isLoading,
    error: eth.error ?? tokens.error ?? reserved.error,
  };
}

/** Symbol and decimals of an asset by address, from the tracked assets (ETH included). */
export function assetInfo(assets: readonly AssetBalance[], address: Address): { symbol: string; decimals: number } {
  const found = assets.find((a) => a.address.toLowerCase() === address.toLowerCase());
  return found ?? { symbol: `${address.slice(0, 6)}…`, decimals: 18 };
}
