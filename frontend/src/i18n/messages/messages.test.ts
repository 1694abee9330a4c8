import { describe, expect, it } from "vitest";
import { MESSAGES } from ".";
import { placeholdersOf } from "../translate";
import { en } from "./en";

/** Strings that are rightly the same in a language as in English. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  sv: [
    "app.name",
    "common.eth",
    "history.line.roundInfo",
    "network.mainnet",
    "texts.short.loading",
    "texts.commitment",
    "moderation.text",
    "erasure.text",
    "poolForm.budget",
  ],
  da: [
    "app.name",
    "common.eth",
    "vote.for",
    "history.line.roundInfo",
    "nav.menu",
    "network.mainnet",
    "texts.short.loading",
    "poolForm.budget",
  ],
  nb: ["app.name", "common.eth", "vote.for", "history.line.roundInfo", "network.mainnet", "texts.short.loading"],
};

describe("translations", () => {
  for (const [locale, messages] of Object.entries(MESSAGES).filter(([l]) => l !== "en")) {
    it(`${locale} has exactly English's keys`, () => {
      expect(Object.keys(messages)).toEqual(Object.keys(en));
    });

    it(`${locale} keeps every placeholder and translates every string`, () => {
      for (const [key, english] of Object.entries(en)) {
        const text = messages[key as keyof typeof en];
        expect(text.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect(placeholdersOf(text), `${locale} ${key} placeholders`).toEqual(placeholdersOf(english));
        if (!SAME_AS_ENGLISH[locale].includes(key))
          expect(text, `${locale} ${key} is not translated`).not.toBe(english);
      }
    });
  }
});
