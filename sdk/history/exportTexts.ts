/**
 * The texts an export writes beside their commitments: only those the content service publishes
 * to everyone (asked without signing in) and the client recomputed to their commitment. What
 * is hidden, erased, restricted or unavailable stays a bare commitment: the money trail never
 * depends on the service.
 */
import type { Hex } from "viem";
import { LOOKUP_PAGE, type ContentClient } from "../content/client";
import { TEXT_KINDS } from "../content/kinds";
import type { TextContents } from "../content/api";
import type { LedgerEntry } from "./ledger";
import { toRow, type ExportContext } from "./export";

/** Every distinct commitment the export of `entries` carries, in order of first appearance. */
export function exportCommitments(entries: readonly LedgerEntry[], context: ExportContext): Hex[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    const commitment = toRow(entry, context).text_commitment;
    if (commitment) seen.add(commitment.toLowerCase());
  }
  return [...seen] as Hex[];
}

/** A text as one cell: its fields in the kind's order, blank lines between them. */
export function exportText(text: TextContents): string {
  return Object.keys(TEXT_KINDS[text.kind].fields)
    .map((field) => text.fields[field] ?? "")
    .filter((value) => value !== "")
    .join("\n\n");
}

/** The public texts of `commitments`, by lower-cased commitment, as ExportContext.texts wants. */
export async function publicTexts(
  client: Pick<ContentClient, "lookupTexts">,
  commitments: readonly Hex[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (let i = 0; i < commitments.length; i += LOOKUP_PAGE) {
    for (const record of await client.lookupTexts(commitments.slice(i, i + LOOKUP_PAGE)))
      if (record.status === "published") texts.set(record.commitment.toLowerCase(), exportText(record.text));
  }
  return texts;
}
