/**
 * The one text a history entry carries (its commitment) and how a line quotes it: the words
 * when verified, else a few words in brackets saying why not. Pure, for the lines and tests.
 */
import type { Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import { parseDescription } from "@sdk/model/description";
import type { MessageKey } from "../i18n/messages/en";
import { shortNoticeKey } from "../texts/TextLabel";
import { hasText, wordsOf, type TextState } from "../texts/textState";

/** The commitment of the text an entry carries, or null (none, or the zero hash). */
export function entryCommitment(e: LedgerEntry): Hex | null {
  const c = (commitment: Hex | null) => (hasText(commitment) ? commitment : null);
  switch (e.kind) {
    case "idea":
    case "poolOpened":
    case "poolApplicationSubmitted":
      return c(e.text);
    case "review":
    case "winnerCancelled":
    case "vote":
    case "payeeRevoked":
    case "milestoneStopped":
    case "poolGrantProposed":
    case "poolApplicationDeclined":
      return c(e.reason);
    case "proposal":
      return c(parseDescription(e.description).text);
    case "deposit":
      return c(e.memo);
    case "milestoneGrantCreated":
      return c(e.title);
    case "milestonePlanned":
      return c(e.description);
    case "milestoneDelivered":
      return c(e.evidence);
    case "payeeAttested":
      return c(e.identity);
    default:
      return null;
  }
}

/** One field of an entry's text inside a line: quoted words, or why there are none, in brackets. */
export function lineText(
  state: TextState,
  field: string,
  t: (key: MessageKey) => string,
  quotes: readonly [string, string],
): string {
  const words = wordsOf(state);
  if (words) return `${quotes[0]}${words.fields[field] ?? ""}${quotes[1]}`;
  const key = shortNoticeKey(state);
  return key ? `[${t(key)}]` : "";
}
