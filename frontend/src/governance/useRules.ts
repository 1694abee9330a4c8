import { useReadContracts } from "wagmi";
import { governorContract, timelockContract } from "../config/contracts";

export interface Rules {
  votingDelay: bigint;
  votingPeriod: bigint;
  proposalThreshold: bigint;
  quorumPercent: bigint;
  lateQuorumExtension: bigint;
  timelockDelay: bigint;
  guardian: `0x${string}`;
  proposalCount: bigint;
}

/** The governor's current rules and the number of proposals, in one batched read. */
export function useRules() {
  const governor = governorContract();
  return useReadContracts({
    allowFailure: false,
    contracts: [
      { ...governor, functionName: "votingDelay" },
      { ...governor, functionName: "votingPeriod" },
      { ...governor, functionName: "proposalThreshold" },
      { ...governor, functionName: "quorumNumerator", args: [] },
      { ...governor, functionName: "lateQuorumVoteExtension" },
      { ...timelockContract(), functionName: "getMinDelay" },
      { ...governor, functionName: "proposalGuardian" },
      { ...governor, functionName: "latestProposalId" },
    ],
    query: {
      select: ([
        votingDelay,
        votingPeriod,
        proposalThreshold,
        quorumPercent,
        lateQuorumExtension,
        timelockDelay,
        guardian,
        proposalCount,
      ]): Rules => ({
        votingDelay,
        votingPeriod,
        proposalThreshold,
        quorumPercent,
        lateQuorumExtension: BigInt(lateQuorumExtension),
        timelockDelay,
        guardian,
        proposalCount,
      }),
    },
  });
}
