import { describe, expect, it } from "vitest";
import {
  isMajority,
  lowestTerms,
  majorityFromPercent,
  majorityShape,
  majorityText,
  parseMajority,
  SIMPLE_MAJORITY,
} from "./majority";

describe("majority", () => {
  it("accepts what the governor accepts: from one half to all, a denominator from 1 to 65535", () => {
    for (const [numerator, denominator] of [
      [1, 2],
      [3, 5],
      [2, 3],
      [1, 1],
      [32_768, 65_535],
      [65_535, 65_535],
    ])
      expect(isMajority({ numerator, denominator }), `${numerator}/${denominator}`).toBe(true);
    for (const [numerator, denominator] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [49, 100],
      [4, 3],
      [32_767, 65_535],
      [65_536, 65_536],
      [1.5, 2],
    ])
      expect(isMajority({ numerator, denominator }), `${numerator}/${denominator}`).toBe(false);
  });

  it("reads a percent from 50 to 100 with at most two decimals, in lowest terms", () => {
    expect(majorityFromPercent("50")).toEqual(SIMPLE_MAJORITY);
    expect(majorityFromPercent("60")).toEqual({ numerator: 3, denominator: 5 });
    expect(majorityFromPercent(" 66.67 ")).toEqual({ numerator: 6667, denominator: 10_000 });
    expect(majorityFromPercent("75,5")).toEqual({ numerator: 151, denominator: 200 });
    expect(majorityFromPercent("100")).toEqual({ numerator: 1, denominator: 1 });
    for (const bad of ["49.99", "100.01", "66.667", "", "sixty", "-60", "60%", "1e2"])
      expect(majorityFromPercent(bad), bad).toBeNull();
  });

  it("reads a fund file's fraction or percent, and names the range when it cannot", () => {
    expect(parseMajority("4/6")).toEqual({ numerator: 2, denominator: 3 });
    expect(parseMajority("60 %")).toEqual({ numerator: 3, denominator: 5 });
    expect(() => parseMajority("1/3")).toThrow(
      'must be a share of For + Against from one half to all: a fraction from "1/2" to "1/1" (denominator at most 65535) or a percent from "50 %" to "100 %", got "1/3"',
    );
    expect(() => parseMajority(2 / 3)).toThrow(/got 0\.6666666666666666$/);
  });

  it("names the shares people name, else an exact percent, else the fraction", () => {
    expect(majorityShape({ numerator: 1, denominator: 2 })).toEqual({ kind: "simple" });
    expect(majorityShape({ numerator: 5000, denominator: 10_000 })).toEqual({ kind: "simple" });
    expect(majorityShape({ numerator: 2, denominator: 3 })).toEqual({ kind: "twoThirds" });
    expect(majorityShape({ numerator: 6, denominator: 8 })).toEqual({ kind: "threeQuarters" });
    expect(majorityShape({ numerator: 7, denominator: 7 })).toEqual({ kind: "all" });
    expect(majorityShape({ numerator: 3, denominator: 5 })).toEqual({ kind: "percent", percent: 60 });
    expect(majorityShape({ numerator: 6667, denominator: 10_000 })).toEqual({ kind: "percent", percent: 66.67 });
    expect(majorityShape({ numerator: 5, denominator: 7 })).toEqual({ kind: "fraction", numerator: 5, denominator: 7 });
  });

  it("writes a fraction as the history and the audit show it", () => {
    expect(majorityText({ numerator: 2, denominator: 3 })).toBe("2/3");
    expect(lowestTerms({ numerator: 6000, denominator: 10_000 })).toEqual({ numerator: 3, denominator: 5 });
  });
});
