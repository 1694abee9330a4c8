import { useMemo } from "react";
import { useReadContracts } from "wagmi";
import { governorContract } from "../config/contracts";
import { stateName, type ProposalState } from "./states";
import { useRules } from "./useRules";

/**
 * The state of every proposal, newest first: the governor's enumeration (sequential ids
 * 1…latest) read in one batched call, however many proposals there are.
 */
export function useProposalStates() {
  const governor = governorContract();
  const rules = useRules();
  const count = Number(rules.data?.proposalCount ?? 0n);
  const ids = useMemo(() => Array.from({ length: count }, (_, i) => BigInt(count - i)), [count]);
  const states = useReadContracts({
    allowFailure: false,
    contracts: ids.map((id) => ({ ...governor, functionName: "state", args: [id] }) as const),
    query: { enabled: ids.length > 0 },
  });
  const list = useMemo(
    () =>
      ids.flatMap((id, i) => {
        const state = stateName(states.data?.[i]);
        return state ? [{ id, state }] : [];
      }) as { id: bigint; state: ProposalState }[],
    [ids, states.data],
  );
  return {
    proposals: list,
    rules: rules.data,
    isLoading: rules.isLoading || (ids.length > 0 && states.isLoading),
    error: rules.error ?? states.error,
  };
}
