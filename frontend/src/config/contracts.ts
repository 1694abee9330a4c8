/** The fund's contracts as wagmi read/write targets: generated ABIs with this chain's addresses. */
import type { Address } from "viem";
import {
  budgetRoundAbi,
  iVotesAbi,
  membershipAbi,
  puljeGovernorAbi,
  puljeTimelockAbi,
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
