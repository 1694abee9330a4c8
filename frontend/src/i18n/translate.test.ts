import { describe, expect, it } from "vitest";
import { interpolate, placeholdersOf } from "./translate";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("filling messages", () => {
  it("fills placeholders and leaves an unknown one visible", () => {
    expect(interpolate("Idea #{id} by {name}", { id: 3, name: "Anna" })).toBe("Idea #3 by Anna");
    expect(interpolate("Paid {amount}", {})).toBe("Paid {amount}");
  });

  it("picks the plural branch by the language's rules, with # as the number in its format", () => {
    const pick = "Pick at least {min, plural, one {# idea} other {# ideas}}.";
    expect(interpolate(pick, { min: 1 }, "en")).toBe("Pick at least 1 idea.");
    expect(interpolate(pick, { min: 2 }, "en")).toBe("Pick at least 2 ideas.");
    const da = "Vælg mindst {min, plural, one {# idé} other {# idéer}}.";
    expect(interpolate(da, { min: 1 }, "da")).toBe("Vælg mindst 1 idé.");
    expect(interpolate(da, { min: 0 }, "da")).toBe("Vælg mindst 0 idéer.");
    expect(plain(interpolate("{n, plural, one {# röst} other {# röster}}", { n: 12000 }, "sv"))).toBe("12 000 röster");
  });

  it("prefers an exact =n branch, and fills placeholders inside a branch without touching their #", () => {
    const left = "{missing, plural, =0 {Paid to {payee}.} one {# more for '#'{id}.} other {# more for '#'{id}.}}";
    expect(interpolate(left, { missing: 0, payee: "Bo", id: 7 })).toBe("Paid to Bo.");
    expect(interpolate(left, { missing: 1, payee: "Bo", id: 7 })).toBe("1 more for #7.");
    expect(
      interpolate("{n, plural, other {# of {total, plural, one {# vote} other {# votes}}}}", { n: 2, total: 1 }),
    ).toBe("2 of 1 vote");
  });

  it("names every placeholder and plural argument once", () => {
    expect(placeholdersOf("{a} and {b, plural, one {# {c}} other {# {a}}}")).toEqual(["a", "b", "c"]);
  });
});
