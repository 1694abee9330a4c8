import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../glossary";
import type { Locale } from "../format";
import { MESSAGES } from ".";

/**
 * The dApp's own texts. The contract errors' sentences come from the SDK's catalogues, shared
 * with the command line, and are checked there.
 */
const ownTexts = (locale: Locale) =>
  Object.entries(MESSAGES[locale]).filter(([key]) => !key.startsWith("errors.contract."));

/** A message's words, with {placeholders} and {n, plural, …} arguments' names taken out. */
const words = (text: string) => text.replace(/\{\s*\w+\s*(,\s*plural\s*,)?/g, "{").replace(/[{}]/g, " ");

describe("the glossary: one word per concept in each language", () => {
  for (const locale of Object.keys(MESSAGES) as Locale[]) {
    for (const entry of GLOSSARY) {
      const avoid = entry.avoid[locale];
      it(`${locale}: ${entry.concept.split(":")[0]} is “${entry.term[locale]}”${avoid ? ` and never ${avoid}` : ""}`, () => {
        const texts = ownTexts(locale);
        expect(texts.some(([, text]) => entry.uses[locale].test(words(text)))).toBe(true);
        if (!avoid) return;
        const offending = texts
          .filter(([key]) => !entry.except?.includes(key))
          .filter(([, text]) => avoid.test(entry.withPlaceholders ? text : words(text)))
          .map(([key, text]) => `${key}: ${text}`);
        expect(offending).toEqual([]);
      });
    }
  }
});

describe("plurals and tenses", () => {
  for (const locale of Object.keys(MESSAGES) as Locale[]) {
    it(`${locale} writes real plurals, never “vote(s)” or “idé(er)”`, () => {
      const offending = ownTexts(locale)
        .filter(([, text]) => /\p{L}\((s|er|r|e|n|ar|or|ne)\)/u.test(text))
        .map(([key, text]) => `${key}: ${text}`);
      expect(offending).toEqual([]);
    });
  }
});
