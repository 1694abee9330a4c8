import { describe, expect, it } from "vitest";
import type { Hex } from "viem";
import type { CheckedTextRecord } from "@sdk/content/client";
import { pages, TextBatcher } from "./textBatcher";

const commitment = (i: number) => `0x${i.toString(16).padStart(64, "0")}` as Hex;

describe("looking texts up together", () => {
  it("sends one render's asks as one lookup per page of 100, each commitment once", async () => {
    const asked: Hex[][] = [];
    let flush: () => void = () => {};
    const batcher = new TextBatcher(
      async (page) => {
        asked.push([...page]);
        return page.map((c): CheckedTextRecord => ({ commitment: c, status: "unknown" }));
      },
      (f) => (flush = f),
    );
    const all = Array.from({ length: 150 }, (_, i) => commitment(i + 1));
    const answers = Promise.all([...all, all[0]].map((c) => batcher.load(c)));
    flush();
    const records = await answers;
    expect(asked.map((p) => p.length)).toEqual([100, 50]);
    expect(records).toHaveLength(151);
    expect(records[150]).toEqual({ commitment: all[0], status: "unknown" });
  });

  it("fails every ask of a page whose lookup failed, so each place says the text is unavailable", async () => {
    let flush: () => void = () => {};
    const batcher = new TextBatcher(
      () => Promise.reject(new TypeError("fetch failed")),
      (f) => (flush = f),
    );
    const one = batcher.load(commitment(1));
    flush();
    await expect(one).rejects.toThrow("fetch failed");
  });

  it("splits into pages", () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
