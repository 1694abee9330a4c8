import { describe, expect, it } from "vitest";
import { zeroHash, type Hex } from "viem";
import type { TextContents } from "@sdk/content/api";
import { hasText, langAttribute, textState, wordsOf } from "./textState";

const C = `0x${"ab".repeat(32)}` as Hex;
const text = { fields: { reason: "For dyrt" }, language: "da" } as unknown as TextContents;

describe("what a place that shows a text shows", () => {
  it("shows words only for a verified text, or the author's own pending one", () => {
    const verified = textState({ commitment: C, status: "published", publishedAt: "", yours: false, text }, false);
    expect(verified).toEqual({ state: "verified", yours: false, fields: { reason: "For dyrt" }, language: "da" });
    expect(wordsOf(verified)?.fields.reason).toBe("For dyrt");
    const pending = textState({ commitment: C, status: "pending", createdAt: "", yours: true, text }, false);
    expect(wordsOf(pending)?.fields.reason).toBe("For dyrt");
  });

  it("never shows the words of a mismatch, an erased, hidden or restricted text", () => {
    for (const record of [
      { commitment: C, status: "mismatch" as const },
      { commitment: C, status: "erased" as const, erasedAt: "2026-12-01T10:00:00Z" },
      { commitment: C, status: "hidden" as const, reason: "spam" as const, hiddenAt: "", yours: false },
      { commitment: C, status: "restricted" as const, kind: "payeeIdentity" as const, publishedAt: "" },
      { commitment: C, status: "unknown" as const },
    ])
      expect(wordsOf(textState(record, false))).toBeNull();
    expect(textState({ commitment: C, status: "erased", erasedAt: "2026-12-01T10:00:00Z" }, false)).toEqual({
      state: "erased",
      at: "2026-12-01T10:00:00Z",
    });
  });

  it("says unavailable when the service failed, loading before it answered, none for the zero hash", () => {
    expect(textState(undefined, true)).toEqual({ state: "unavailable" });
    expect(textState(undefined, false)).toEqual({ state: "loading" });
    expect(hasText(zeroHash)).toBe(false);
    expect(hasText(null)).toBe(false);
    expect(hasText(C)).toBe(true);
  });

  it("marks a text in another language than the page's", () => {
    expect(langAttribute("da", "da")).toBeUndefined();
    expect(langAttribute("da-DK", "da")).toBeUndefined();
    expect(langAttribute("no", "nb")).toBeUndefined();
    expect(langAttribute("sv", "en")).toBe("sv");
  });
});
