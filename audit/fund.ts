import type { Abi, Address } from "viem";
import {
  communityTokenAbi,
  membershipAbi,
  puljeGovernorAbi,
  puljeTimelockAbi,
  treasuryAbi,
} from "../frontend/src/generated/pulje";

/** The contracts of one fund. */
export type ContractKind = "governor" | "timelock" | "treasury" | "membership" | "token";

export interface FundAddresses {
  governor: Address;
  timelock: Address;
  treasury: Address;
  membership: Address | null;
  token: Address | null;
}

/** What a history reader needs to know about a deployment (a deployments file has all of it). */
export interface FundDeployment {
  chainId: number;
  deploymentBlock: number;
  contracts: FundAddresses;
  assets: readonly { symbol: string; address: Address }[];
}

export const ABIS: Record<ContractKind, Abi> = {
  governor: puljeGovernorAbi,
  timelock: puljeTimelockAbi,
  treasury: treasuryAbi,
  membership: membershipAbi,
  token: communityTokenAbi,
};

/** The fund's contract addresses with their kinds (lower-cased keys). */
export function contractKinds(contracts: FundAddresses): Map<string, ContractKind> {
  const kinds = new Map<string, ContractKind>();
  for (const kind of Object.keys(ABIS) as ContractKind[]) {
    const address = contracts[kind];
    if (address) kinds.set(address.toLowerCase(), kind);
  }
  return kinds;
}

/** ETH is the zero address wherever an asset is named. */
export const ETH_ADDRESS: Address = "0x0000000000000000000000000000000000000000";
