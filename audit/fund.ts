import type { Abi, Address } from "viem";
import {
  budgetRoundAbi,
  budgetRoundFactoryAbi,
  communityTokenAbi,
  membershipAbi,
  milestoneGrantsAbi,
  payeeRegistryAbi,
  puljeGovernorAbi,
  puljeTimelockAbi,
  stewardPoolAbi,
  stewardPoolFactoryAbi,
  treasuryAbi,
} from "../frontend/src/generated/pulje";

/**
 * The contracts of one fund; "round" is any budget round the round factory opened, "pool" any
 * quick pool or task group the pool factory created.
 */
export type ContractKind =
  | "governor"
  | "timelock"
  | "treasury"
  | "membership"
  | "token"
  | "roundFactory"
  | "round"
  | "payeeRegistry"
  | "poolFactory"
  | "pool"
  | "milestoneGrants";

export interface FundAddresses {
  governor: Address;
  timelock: Address;
  treasury: Address;
  membership: Address | null;
  token: Address | null;
  roundFactory?: Address | null;
  /** Stewards' delegated money (absent in a fund deployed before it). */
  payeeRegistry?: Address | null;
  poolFactory?: Address | null;
  milestoneGrants?: Address | null;
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
  roundFactory: budgetRoundFactoryAbi,
  round: budgetRoundAbi,
  payeeRegistry: payeeRegistryAbi,
  poolFactory: stewardPoolFactoryAbi,
  pool: stewardPoolAbi,
  milestoneGrants: milestoneGrantsAbi,
};

const FIXED_KINDS = [
  "governor",
  "timelock",
  "treasury",
  "membership",
  "token",
  "roundFactory",
  "payeeRegistry",
  "poolFactory",
  "milestoneGrants",
] as const;

/**
 * The fund's contract addresses with their kinds (lower-cased keys): the deployed ones, and the
 * budget rounds and pools found since (each created by its factory, at an address the
 * deployment could not know).
 */
export function contractKinds(
  contracts: FundAddresses,
  rounds: readonly Address[] = [],
  pools: readonly Address[] = [],
): Map<string, ContractKind> {
  const kinds = new Map<string, ContractKind>();
  for (const kind of FIXED_KINDS) {
    const address = contracts[kind];
    if (address) kinds.set(address.toLowerCase(), kind);
  }
  for (const round of rounds) kinds.set(round.toLowerCase(), "round");
  for (const pool of pools) kinds.set(pool.toLowerCase(), "pool");
  return kinds;
}

/** ETH is the zero address wherever an asset is named. */
export const ETH_ADDRESS: Address = "0x0000000000000000000000000000000000000000";
