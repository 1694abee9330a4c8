import { useReadContracts } from "wagmi";
import type { Majority } from "@sdk/model/majority";
import { governorContract, timelockContract } from "../config/contracts";

export interface Rules {
  votingDelay: bigint;
  votingPeriod: bigint;
  proposalThreshold: bigint;
  quorumPercent: bigint;
  /** The share of For among For + Against a proposal whose vote opens from now on needs. */
  majority: Majority;
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
      { ...governor, functionName: "majority" },
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
        [majorityNumerator, majorityDenominator],
        lateQuorumExtension,
        timelockDelay,
        guardian,
        proposalCount,
      ]): Rules => ({
        votingDelay,
        votingPeriod,
        proposalThreshold,
        quorumPercent,
        // The governor keeps each term below 2^16.
        majority: { numerator: Number(majorityNumerator), denominator: Number(majorityDenominator) },
        lateQuorumExtension: BigInt(lateQuorumExtension),
        timelockDelay,
        guardian,
        proposalCount,
      }),
    },
  });
}
