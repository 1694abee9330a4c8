import type { Hex } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages/en";
import { langAttribute, wordsOf, type TextState } from "./textState";
import { useText } from "./useText";

/** The short words a label shows instead of a text that cannot be shown, by state. */
export function shortNoticeKey(state: TextState): MessageKey | null {
  switch (state.state) {
    case "verified":
    case "none":
      return null;
    case "pending":
      return state.text ? null : "texts.short.pending";
    default:
      return `texts.short.${state.state}`;
  }
}

/**
 * One field of a text as a short inline label (a title in a list, a heading): the words when
 * they can be shown, else a few words saying why not. The full notice is where the text is.
 */
export function TextLabel({ commitment, field, empty }: { commitment: Hex | null; field: string; empty?: string }) {
  const state = useText(commitment);
  return <TextLabelView state={state} field={field} empty={empty} />;
}

export function TextLabelView({ state, field, empty }: { state: TextState; field: string; empty?: string }) {
  const { t, locale } = useI18n();
  const words = wordsOf(state);
  if (words) {
    return (
      <span lang={langAttribute(words.language, locale)} data-text-state={state.state}>
        {words.fields[field] ?? ""}
      </span>
    );
  }
  const key = shortNoticeKey(state);
  if (!key) return empty ? <span className="muted">{empty}</span> : null;
  return (
    <span className="muted text-short" data-text-state={state.state}>
      {t(key)}
    </span>
  );
}
