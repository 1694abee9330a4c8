import type { Address } from "viem";
import type { DecodedAction } from "@sdk/history/actions";
import type { TreasuryShortfall } from "@sdk/proposals/treasuryNeeds";
import { payeesOf } from "../governance/ActionText";
import { fundAccountMarkedBy } from "../governance/stewardActionText";

/** Why a proposal that is ready to be carried out would fail now, or null when nothing is known against it. */
export type ExecuteBlock =
  { kind: "payee"; payee: Address } | { kind: "treasury"; shortfall: TreasuryShortfall } | null;

/**
 * What stands in the way of carrying out a ready proposal: a payee the registry will refuse
 * (`mayBePaid` false; an account the proposal itself first marks as the fund's own, such as a
 * round's escrow, is not asked about), else the first asset the treasury has too little of.
 */
export function executeBlock(
  actions: readonly DecodedAction[],
  shortfalls: readonly TreasuryShortfall[] | undefined,
  mayBePaid: (payee: Address) => boolean | undefined,
): ExecuteBlock {
  const ownAccounts = new Set(
    actions.flatMap((a) => (a.kind === "call" ? [fundAccountMarkedBy(a)?.toLowerCase()] : [])).filter(Boolean),
  );
  const refused = payeesOf(actions).find((p) => !ownAccounts.has(p.toLowerCase()) && mayBePaid(p) === false);
  if (refused) return { kind: "payee", payee: refused };
  return shortfalls?.[0] ? { kind: "treasury", shortfall: shortfalls[0] } : null;
}
