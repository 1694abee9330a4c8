import type { Locale } from "../i18n/format";

/** How each language quotes someone's words inside a sentence. */
export const TEXT_QUOTES: Record<Locale, readonly [string, string]> = {
  en: ["“", "”"],
  sv: ["”", "”"],
  da: ["»", "«"],
  nb: ["«", "»"],
};
