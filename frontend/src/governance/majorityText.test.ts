import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "@sdk/history/ledger";
import type { Locale } from "../i18n/format";
import { makeI18n } from "../i18n/makeI18n";
import { MESSAGES } from "../i18n/messages";
import { describeEntry } from "../history/lines";
import { historyIndex } from "../history/historyIndex";
import { describeAction } from "./ActionText";
import { majorityOfText, majorityPhrase } from "./majorityText";

const i18n = (locale: Locale) => makeI18n(locale, MESSAGES[locale]);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const phrase = (numerator: number, denominator: number, locale: Locale = "en") =>
  plain(majorityPhrase({ numerator, denominator }, i18n(locale)));

describe("the majority in words", () => {
  it("names the shares people name, in every language", () => {
    expect(phrase(1, 2)).toBe("more than half of the votes For or Against");
    expect(phrase(2, 3)).toBe("at least two thirds of the votes For or Against");
    expect(phrase(3, 4)).toBe("at least three quarters of the votes For or Against");
    expect(phrase(1, 1)).toBe("all of the votes For or Against, with not one Against");
    expect(phrase(1, 2, "sv")).toBe("mer än hälften av rösterna ”För” eller ”Emot”");
    expect(phrase(2, 3, "da")).toBe("mindst to tredjedele af stemmerne »For« eller »Imod«");
    expect(phrase(3, 5, "nb")).toBe("minst 60 % av stemmene «For» eller «Mot»");
  });

  it("writes any other share as its exact percent, else as the fraction", () => {
    expect(phrase(3, 5)).toBe("at least 60% of the votes For or Against");
    expect(phrase(6667, 10_000)).toBe("at least 66.67% of the votes For or Against");
    expect(phrase(6667, 10_000, "da")).toBe("mindst 66,67 % af stemmerne »For« eller »Imod«");
    expect(phrase(5, 7)).toBe("at least 5/7 of the votes For or Against");
  });

  it("reads the history's fractions, with none before the deployment's", () => {
    expect(majorityOfText("2/3")).toEqual({ numerator: 2, denominator: 3 });
    expect(majorityOfText("0/0")).toBeNull();
  });

  it("says a proposal's change of the majority", () => {
    expect(describeAction({ kind: "majority", majority: { numerator: 2, denominator: 3 } }, i18n("en"), [])).toBe(
      "Set the majority a proposal needs to at least two thirds of the votes For or Against",
    );
    expect(
      plain(describeAction({ kind: "majority", majority: { numerator: 3, denominator: 5 } }, i18n("sv"), [])),
    ).toBe("Ändra majoriteten som ett förslag behöver till minst 60 % av rösterna ”För” eller ”Emot”");
  });

  it("writes the history's line for each change, and for the deployment's first majority", () => {
    const rule = (oldValue: string, newValue: string): LedgerEntry => ({
      block: 1n,
      logIndex: 0,
      tx: "0x01",
      timestamp: null,
      contract: "governor",
      address: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
      kind: "rule",
      rule: "majority",
      oldValue,
      newValue,
    });
    const line = (e: LedgerEntry, locale: Locale = "en") =>
      plain(describeEntry(e, i18n(locale), [], [], historyIndex([e])));
    expect(line(rule("0/0", "1/2"))).toBe(
      "The majority a proposal needs was set to more than half of the votes For or Against",
    );
    expect(line(rule("1/2", "2/3"))).toBe(
      "The majority a proposal needs changed from more than half of the votes For or Against to at least two thirds of the votes For or Against",
    );
    expect(line(rule("1/2", "1/1"), "da")).toBe(
      "Det flertal, et forslag skal have, ændret fra mere end halvdelen af stemmerne »For« eller »Imod« til alle stemmerne »For« eller »Imod«, uden en eneste »Imod«",
    );
  });
});
