import { useMemo } from "react";
import { zeroAddress } from "viem";
import { useFundHistory } from "../../history/useFundHistory";
import { useRules } from "../useRules";
import { roleHoldersFrom, type RoleHolders } from "./roleForm";

/**
 * Who holds each seat now: the registrars, verifiers and stewards from the history's role
 * events (the same reader as the History page), the guardian from the governor. Null until
 * both have answered.
 */
export function useRoleHolders(): { holders: RoleHolders | null; isLoading: boolean; error: Error | null } {
  const history = useFundHistory();
  const rules = useRules();
  const holders = useMemo(
    () => (history.data && rules.data ? roleHoldersFrom(history.data, rules.data.guardian ?? zeroAddress) : null),
    [history.data, rules.data],
  );
  return { holders, isLoading: history.isLoading || rules.isLoading, error: history.error ?? rules.error ?? null };
}
