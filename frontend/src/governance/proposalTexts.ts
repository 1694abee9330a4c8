import { parseDescription } from "@sdk/model/description";
import type { LedgerEntry } from "@sdk/history/ledger";

export type ProposalEntry = Extract<LedgerEntry, { kind: "proposal" }>;

/** Each proposal's ProposalCreated event with its title and body, by id. */
export function proposalsById(
  entries: readonly LedgerEntry[] | undefined,
): Map<bigint, ProposalEntry & { title: string; body: string }> {
  const byId = new Map<bigint, ProposalEntry & { title: string; body: string }>();
  for (const e of entries ?? []) {
    if (e.kind === "proposal") byId.set(e.proposalId, { ...e, ...parseDescription(e.description) });
  }
  return byId;
}
