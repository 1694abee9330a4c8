/**
 * What a place that shows a text shows, from what the content service answered for the
 * commitment the chain holds. Pure, so every rule here is tested: a text is shown only when it
 * recomputed to the chain's commitment (the SDK's client turns any other into "mismatch").
 */
import { zeroHash, type Hex } from "viem";
import type { CheckedTextRecord } from "@sdk/content/client";
import type { HideReason } from "@sdk/content/codes";
import type { TextKind } from "@sdk/content/kinds";

/** A text's words as the service kept them, and the language they were written in. */
export interface ShownText {
  fields: Record<string, string>;
  language: string;
}

export type TextState =
  /** No commitment on chain (an optional text left empty). */
  | { state: "none" }
  | { state: "loading" }
  /** The service could not be reached: the chain's facts stay, the words are missing. */
  | { state: "unavailable" }
  /** Published, and it recomputes to the chain's commitment. */
  | ({ state: "verified"; yours: boolean } & ShownText)
  /** The service gave words that do not recompute to the chain's commitment: never shown. */
  | { state: "mismatch" }
  | { state: "erased"; at: string }
  /** Hidden by a moderator; the words only for the author and the moderators. */
  | { state: "hidden"; reason: HideReason; at: string; text: ShownText | null }
  | { state: "withdrawn"; at: string; text: ShownText | null }
  /** Written, not yet confirmed on chain: only its author sees the words. */
  | { state: "pending"; text: ShownText | null }
  /** Published for the fund's verifiers only (a payee's identity). */
  | { state: "restricted"; kind: TextKind }
  /** The service holds nothing under this commitment. */
  | { state: "unknown" };

/** Whether `commitment` stands for a text at all (the zero hash is how a contract says "none"). */
export function hasText(commitment: Hex | null | undefined): commitment is Hex {
  return !!commitment && commitment.toLowerCase() !== zeroHash;
}

const shown = (text: { fields: Record<string, string>; language: string } | undefined): ShownText | null =>
  text ? { fields: text.fields, language: text.language } : null;

/** The state of one text: its checked record, or that the service failed (`failed`). */
export function textState(record: CheckedTextRecord | undefined, failed: boolean): TextState {
  if (failed) return { state: "unavailable" };
  if (!record) return { state: "loading" };
  switch (record.status) {
    case "published":
      return { state: "verified", yours: record.yours, fields: record.text.fields, language: record.text.language };
    case "mismatch":
      return { state: "mismatch" };
    case "erased":
      return { state: "erased", at: record.erasedAt };
    case "hidden":
      return { state: "hidden", reason: record.reason, at: record.hiddenAt, text: shown(record.text) };
    case "withdrawn":
      return { state: "withdrawn", at: record.withdrawnAt, text: shown(record.text) };
    case "pending":
      return { state: "pending", text: shown(record.text) };
    case "restricted":
      return { state: "restricted", kind: record.kind };
    case "unknown":
      return { state: "unknown" };
  }
}

/** The words to show for a state, or null: verified texts, and the author's own pending ones. */
export function wordsOf(state: TextState): ShownText | null {
  if (state.state === "verified") return state;
  if (state.state === "pending") return state.text;
  return null;
}

/** The `lang` a text needs when it is not in the page's language (WCAG 3.1.2), else undefined. */
export function langAttribute(language: string, pageLocale: string): string | undefined {
  const base = (tag: string) => {
    const b = tag.toLowerCase().split("-")[0];
    return b === "no" || b === "nn" ? "nb" : b;
  };
  return base(language) === base(pageLocale) ? undefined : language;
}
