/** The fund's contracts as wagmi read/write targets: generated ABIs with this chain's addresses. */
import { iVotesAbi, puljeGovernorAbi, puljeTimelockAbi, treasuryAbi } from "../generated/pulje";
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
