/** The fund's contracts as wagmi read/write targets: the SDK's ABIs with this chain's addresses. */
import type { Address } from "viem";
import { ABIS } from "@sdk/contracts/kinds";
import { iVotesAbi } from "@sdk/generated/pulje";
import { FUND, type FundInfo } from "./deployment";

export function requireFund(): FundInfo {
  if (!FUND) throw new Error("No fund is deployed on this chain");
  return FUND;
}

export const governorContract = () => ({ address: requireFund().contracts.governor, abi: ABIS.governor }) as const;
export const timelockContract = () => ({ address: requireFund().contracts.timelock, abi: ABIS.timelock }) as const;
export const treasuryContract = () => ({ address: requireFund().contracts.treasury, abi: ABIS.treasury }) as const;

/**
 * The voting source through its ERC-5805 interface (OpenZeppelin's IVotes): the membership, or
 * the community token in a token-weighted fund.
 */
export const votesContract = () => {
  const fund = requireFund();
  return { address: (fund.contracts.membership ?? fund.contracts.token)!, abi: iVotesAbi } as const;
};

/** The membership registry (districts, who belongs where); null in a token-weighted fund. */
export const membershipContract = () => {
  const address = requireFund().contracts.membership;
  return address ? ({ address, abi: ABIS.membership } as const) : null;
};

/** One budget round: each is its own contract (a clone), found through the factory's events. */
export const roundContract = (address: Address) => ({ address, abi: ABIS.round }) as const;

/** The payee registry, the pool factory and the milestone grants. */
export const payeeRegistryContract = () =>
  ({ address: requireFund().contracts.payeeRegistry, abi: ABIS.payeeRegistry }) as const;
export const poolFactoryContract = () =>
  ({ address: requireFund().contracts.poolFactory, abi: ABIS.poolFactory }) as const;
export const milestoneGrantsContract = () =>
  ({ address: requireFund().contracts.milestoneGrants, abi: ABIS.milestoneGrants }) as const;

/** One quick pool or task group: each is a clone, found through the factory's events. */
export const poolContract = (address: Address) => ({ address, abi: ABIS.pool }) as const;
