import { parseDescription } from "@sdk/model/description";
import type { Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";

export type ProposalEntry = Extract<LedgerEntry, { kind: "proposal" }>;

/** A proposal's event with what its description says: a permanent public title, and its text's commitment. */
export type NamedProposal = ProposalEntry & { publicTitle: string | null; text: Hex | null };

/** Each proposal's ProposalCreated event with its public title and text commitment, by id. */
export function proposalsById(entries: readonly LedgerEntry[] | undefined): Map<bigint, NamedProposal> {
  const byId = new Map<bigint, NamedProposal>();
  for (const e of entries ?? []) {
    if (e.kind === "proposal") byId.set(e.proposalId, { ...e, ...parseDescription(e.description) });
  }
  return byId;
}
