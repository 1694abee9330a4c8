import type { Hex } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import { shortNoticeKey } from "./TextLabel";
import { wordsOf } from "./textState";
import { useText } from "./useText";

/**
 * One field of a text as a plain string, for a sentence or a page title: the words when they
 * can be shown, else a few words saying why not, else "" (no text, or still loading).
 */
export function useTextString(commitment: Hex | null | undefined, field: string): string {
  const { t } = useI18n();
  const state = useText(commitment);
  const words = wordsOf(state);
  if (words) return words.fields[field] ?? "";
  const key = shortNoticeKey(state);
  return key && state.state !== "loading" ? t(key) : "";
}
