import { LOCALES, type Locale } from "./format";

/**
 * Which of the dApp's four languages a member's own text (a title, a description, a reason) is
 * written in, so it can carry `lang` when it differs from the page's (WCAG 3.1.2): a screen
 * reader then reads a Danish title with a Danish voice on an English page. A guess from the
 * small words each language uses most and the letters only some have; null when the text
 * does not say clearly (a short title often does not). Members' texts carry no language of
 * their own on chain; the content service may give one later.
 */
const WORDS: Record<Locale, readonly string[]> = {
  en: ["the", "and", "of", "to", "for", "with", "is", "are", "in", "on", "at", "by", "from", "this", "we", "our", "it"],
  sv: [
    "och",
    "att",
    "är",
    "inte",
    "för",
    "av",
    "till",
    "med",
    "som",
    "vi",
    "det",
    "på",
    "från",
    "eller",
    "vid",
    "kan",
    "ska",
    "också",
  ],
  // Danish and Norwegian share most small words; these tell them apart.
  da: [
    "og",
    "at",
    "er",
    "ikke",
    "for",
    "af",
    "til",
    "med",
    "som",
    "vi",
    "det",
    "på",
    "fra",
    "eller",
    "ved",
    "kan",
    "skal",
    "også",
    "efter",
    "hvad",
    "mig",
    "dig",
    "sig",
    "nu",
    "bliver",
    "meget",
    "mellem",
    "gerne",
    "noget",
    "nogle",
    "vores",
    "vej",
  ],
  nb: [
    "og",
    "å",
    "er",
    "ikke",
    "for",
    "av",
    "til",
    "med",
    "som",
    "vi",
    "det",
    "på",
    "fra",
    "eller",
    "ved",
    "kan",
    "skal",
    "også",
    "etter",
    "hva",
    "meg",
    "deg",
    "seg",
    "nå",
    "blir",
    "mye",
    "mellom",
    "gjerne",
    "noe",
    "noen",
    "våre",
    "vei",
  ],
};

/** Letters that point to some of the languages: each one found adds to their score. */
const LETTERS: [RegExp, readonly Locale[]][] = [
  [/[äö]/g, ["sv"]],
  [/[æø]/g, ["da", "nb"]],
  [/å/g, ["sv", "da", "nb"]],
];

export function guessTextLanguage(text: string): Locale | null {
  const lower = text.toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  const score = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  for (const word of words) for (const locale of LOCALES) if (WORDS[locale].includes(word)) score[locale] += 1;
  for (const [letters, locales] of LETTERS) {
    const found = Math.min(3, (lower.match(letters) ?? []).length);
    for (const locale of locales) score[locale] += found;
  }
  const ranked = [...LOCALES].sort((a, b) => score[b] - score[a]);
  const [best, second] = ranked;
  // Clear enough: a few signs, and more of them than for the runner-up.
  return score[best] >= 3 && score[best] > score[second] ? best : null;
}

/** The language the fund's members write in, when the build names it (VITE_CONTENT_LANG). */
export const CONTENT_LANGUAGE: Locale | null = (() => {
  const named = import.meta.env.VITE_CONTENT_LANG;
  return named && (LOCALES as readonly string[]).includes(named) ? (named as Locale) : null;
})();

/**
 * The `lang` a member's text needs on a page in `pageLocale`: its guessed language, else the
 * fund's, when that differs from the page's; undefined when it is the page's or unknown.
 */
export function userTextLang(text: string, pageLocale: Locale, context = ""): Locale | undefined {
  const language = guessTextLanguage(`${text}\n${context}`) ?? CONTENT_LANGUAGE;
  return language && language !== pageLocale ? language : undefined;
}
