import { useMemo } from "react";
import { useAccount, useReadContracts } from "wagmi";
import type { LedgerEntry } from "@sdk/history/ledger";
import { useFundHistory } from "../history/useFundHistory";
import { governorContract } from "../config/contracts";
import { proposalsById } from "./proposalTexts";
import { stateName } from "./states";

type Event<K extends LedgerEntry["kind"]> = Extract<LedgerEntry, { kind: K }>;

/** Everything the proposal page shows: on-chain state, tallies, times, your vote and power, and the events. */
export function useProposal(id: bigint) {
  const governor = governorContract();
  const { address } = useAccount();
  const history = useFundHistory();

  const core = useReadContracts({
    allowFailure: false,
    contracts: [
      { ...governor, functionName: "state", args: [id] },
      { ...governor, functionName: "proposalVotes", args: [id] },
      { ...governor, functionName: "proposalSnapshot", args: [id] },
      { ...governor, functionName: "proposalDeadline", args: [id] },
      { ...governor, functionName: "proposalEta", args: [id] },
      { ...governor, functionName: "proposalProposer", args: [id] },
      { ...governor, functionName: "proposalGuardian" },
    ],
  });
  const state = stateName(core.data?.[0]);
  const snapshot = core.data?.[2];
  const started = state !== undefined && state !== "Pending";

  // Reads at the snapshot only work once it is in the past.
  const atSnapshot = useReadContracts({
    contracts: [
      { ...governor, functionName: "quorum", args: [snapshot ?? 0n] },
      { ...governor, functionName: "hasVoted", args: [id, address ?? "0x0000000000000000000000000000000000000000"] },
      {
        ...governor,
        functionName: "getVotes",
        args: [address ?? "0x0000000000000000000000000000000000000000", snapshot ?? 0n],
      },
    ],
    query: { enabled: started },
  });

  const events = useMemo(() => {
    const all = history.data ?? [];
    const about = <K extends LedgerEntry["kind"]>(kind: K) =>
      all.filter((e): e is Event<K> => e.kind === kind && "proposalId" in e && e.proposalId === id);
    return {
      created: proposalsById(all).get(id),
      votes: about("vote"),
      queued: about("queue")[0],
      executed: about("execution")[0],
      canceled: about("cancellation")[0],
      extended: about("extension").at(-1),
    };
  }, [history.data, id]);

  const mine = address && started ? atSnapshot.data : undefined;
  return {
    isLoading: core.isLoading || history.isLoading,
    error: core.error,
    state,
    votes: core.data && { against: core.data[1][0], for: core.data[1][1], abstain: core.data[1][2] },
    snapshot,
    deadline: core.data?.[3],
    eta: core.data?.[4],
    proposer: core.data?.[5],
    guardian: core.data?.[6],
    quorum: atSnapshot.data?.[0]?.status === "success" ? atSnapshot.data[0].result : undefined,
    hasVoted: mine?.[1]?.status === "success" ? mine[1].result : undefined,
    power: mine?.[2]?.status === "success" ? mine[2].result : undefined,
    myVote: address ? events.votes.find((v) => v.voter.toLowerCase() === address.toLowerCase()) : undefined,
    events,
  };
}
