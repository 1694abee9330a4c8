/** The fund's contracts as wagmi read/write targets: generated ABIs with this chain's addresses. */
import type { Address } from "viem";
import {
  budgetRoundAbi,
  iVotesAbi,
  membershipAbi,
  milestoneGrantsAbi,
  payeeRegistryAbi,
  puljeGovernorAbi,
  puljeTimelockAbi,
  stewardPoolAbi,
  stewardPoolFactoryAbi,
  treasuryAbi,
} from "../generated/pulje";
import { FUND, type FundInfo } from "./deployment";

export function requireFund(): FundInfo {
  if (!FUND) throw new Error("No fund is deployed on this chain");
  return FUND;
}

export const governorContract = () => ({ address: requireFund().contracts.governor, abi: puljeGovernorAbi }) as const;
export const timelockContract = () => ({ address: requireFund().contracts.timelock, abi: puljeTimelockAbi }) as const;
export const treasuryContract = () => ({ address: requireFund().contracts.treasury, abi: treasuryAbi }) as const;

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
  return address ? ({ address, abi: membershipAbi } as const) : null;
};

/** One budget round: each is its own contract (a clone), found through the factory's events. */
export const roundContract = (address: Address) => ({ address, abi: budgetRoundAbi }) as const;

/** The payee registry, the pool factory and the milestone grants: null in a fund deployed before them. */
export const payeeRegistryContract = () => {
  const address = requireFund().contracts.payeeRegistry;
  return address ? ({ address, abi: payeeRegistryAbi } as const) : null;
};
export const poolFactoryContract = () => {
  const address = requireFund().contracts.poolFactory;
  return address ? ({ address, abi: stewardPoolFactoryAbi } as const) : null;
};
export const milestoneGrantsContract = () => {
  const address = requireFund().contracts.milestoneGrants;
  return address ? ({ address, abi: milestoneGrantsAbi } as const) : null;
};

/** One quick pool or task group: each is a clone, found through the factory's events. */
export const poolContract = (address: Address) => ({ address, abi: stewardPoolAbi }) as const;
