import { useMemo } from "react";
import { useReadContracts } from "wagmi";
import { useFundHistory } from "../history/useFundHistory";
import { governorContract } from "../config/contracts";
import { proposalsById } from "./proposalTexts";
import type { ProposalNaming } from "./ProposalTitle";
import type { ProposalState } from "./states";
import { useProposalStates } from "./useProposalStates";

export const PAGE_SIZE = 20;

export interface ProposalRow {
  id: bigint;
  naming: ProposalNaming | null;
  proposer: `0x${string}` | null;
  state: ProposalState;
  votes?: { against: bigint; for: bigint; abstain: bigint };
  quorum?: bigint;
  snapshot: bigint;
  deadline?: bigint;
  eta?: bigint;
}

/**
 * One page of proposals, newest first, filtered by state and permanent public title (the titles
 * kept in the content service are looked up only for the page shown). The request count does
 * not grow with the number of proposals: one batched read of every proposal's state (the
 * governor's own enumeration: ids 1…latest), the history's event scan for the titles (one
 * eth_getLogs per 10,000 blocks of the chain, and no block headers), and one batched read of
 * the 20 rows' tallies, deadlines and quorums.
 */
export function useProposals(filter: ProposalState | "all", search: string, page: number) {
  const governor = governorContract();
  const all = useProposalStates();
  const history = useFundHistory();

  const texts = useMemo(() => proposalsById(history.data), [history.data]);
  const matching = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return all.proposals
      .map((p) => ({ ...p, text: texts.get(p.id) }))
      .filter((p) => filter === "all" || p.state === filter)
      .filter((p) => needle === "" || (p.text?.publicTitle ?? "").toLocaleLowerCase().includes(needle));
  }, [all.proposals, texts, filter, search]);

  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = matching.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const details = useReadContracts({
    allowFailure: false,
    contracts: rows.flatMap((r) => [
      { ...governor, functionName: "proposalVotes", args: [r.id] } as const,
      { ...governor, functionName: "proposalDeadline", args: [r.id] } as const,
      { ...governor, functionName: "proposalEta", args: [r.id] } as const,
      { ...governor, functionName: "proposalSnapshot", args: [r.id] } as const,
    ]),
    query: { enabled: rows.length > 0 },
  });

  // Quorum is asked at each snapshot; a pending proposal's snapshot lies ahead and has none yet.
  const snapshots = rows.map((r, i) => (details.data?.[i * 4 + 3] as bigint | undefined) ?? r.text?.voteStart ?? 0n);
  const quorums = useReadContracts({
    contracts: snapshots.map((snapshot) => ({ ...governor, functionName: "quorum", args: [snapshot] }) as const),
    query: { enabled: rows.length > 0 && Boolean(details.data) },
  });

  const result: ProposalRow[] = rows.map((r, i) => {
    const votes = details.data?.[i * 4] as readonly [bigint, bigint, bigint] | undefined;
    const quorum = quorums.data?.[i];
    return {
      id: r.id,
      naming: r.text ? { publicTitle: r.text.publicTitle, text: r.text.text } : null,
      proposer: r.text?.proposer ?? null,
      state: r.state,
      votes: votes && { against: votes[0], for: votes[1], abstain: votes[2] },
      quorum: quorum?.status === "success" ? quorum.result : undefined,
      snapshot: snapshots[i],
      deadline: details.data?.[i * 4 + 1] as bigint | undefined,
      eta: details.data?.[i * 4 + 2] as bigint | undefined,
    };
  });

  return {
    rows: result,
    total: matching.length,
    page: current,
    pages,
    isLoading: all.isLoading || history.isLoading,
    error: all.error ?? history.error ?? details.error,
  };
}
