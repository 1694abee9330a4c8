/**
 * Who may see what of a text. Published texts are public, except a payee's identity, which only
 * the payee registry's verifiers, moderators and its author read — and the public too for a
 * company when the fund publishes company identities (a sole trader's identity, never).
 * Hidden: the reason for everyone, the text for moderators and the author. Withdrawn: the text
 * for the author. Erased: the date, nothing else. Pending: only the author knows it exists.
 */
import type { TextContents, TextRecord } from "../../../sdk/content/api";
import { TEXT_KINDS } from "../../../sdk/content/kinds";
import { PAYEE_KIND } from "../chain/payeeKind";
import { iso, type TextRow } from "./rows";
import type { Viewer } from "./viewer";

export interface VisibilityRules {
  publishCompanyIdentities: boolean;
}

/** The record `viewer` gets for `row`, or null when the row's existence is not theirs to know. */
export async function recordFor(
  row: TextRow,
  contents: () => TextContents,
  viewer: Viewer,
  rules: VisibilityRules,
): Promise<TextRecord | null> {
  const yours = viewer.address !== null && viewer.address === row.author;
  const { commitment } = row;
  switch (row.status) {
    case "pending":
      return yours ? { commitment, status: "pending", createdAt: iso(row.created_at), yours, text: contents() } : null;
    case "published": {
      const publishedAt = iso(row.published_at!);
      if (await mayRead(row, viewer, yours, rules))
        return { commitment, status: "published", publishedAt, yours, text: contents() };
      return { commitment, status: "restricted", kind: row.kind, publishedAt };
    }
    case "hidden":
      return {
        commitment,
        status: "hidden",
        reason: row.hidden_reason!,
        hiddenAt: iso(row.status_changed_at),
        yours,
        ...(yours || viewer.moderator ? { text: contents() } : {}),
      };
    case "withdrawn":
      return {
        commitment,
        status: "withdrawn",
        withdrawnAt: iso(row.status_changed_at),
        yours,
        ...(yours ? { text: contents() } : {}),
      };
    case "erased":
      return { commitment, status: "erased", erasedAt: iso(row.erased_at!) };
  }
}

async function mayRead(row: TextRow, viewer: Viewer, yours: boolean, rules: VisibilityRules): Promise<boolean> {
  if (TEXT_KINDS[row.kind].audience === "public") return true;
  if (rules.publishCompanyIdentities && row.payee_kind === PAYEE_KIND.company) return true;
  return yours || viewer.moderator || (viewer.address !== null && (await viewer.isVerifier()));
}
