import { describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import { ERASURE_LOG_GENESIS, erasureEntryHash, type ErasureLogEntry } from "@sdk/content/erasureLog";
import { anchorStatus } from "./anchorStatus";

const OFFICER = "0x00000000000000000000000000000000000000aa" as Address;

/** A valid log of `n` entries, each following the one before. */
function log(n: number): ErasureLogEntry[] {
  const entries: ErasureLogEntry[] = [];
  let prevHash: Hex = ERASURE_LOG_GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const entry = {
      seq,
      commitment: `0x${seq.toString(16).padStart(64, "0")}` as Hex,
      grounds: "consentWithdrawn" as const,
      officer: OFFICER,
      erasedAt: "2026-12-01T10:00:00.000Z",
      prevHash,
    };
    const entryHash = erasureEntryHash(entry);
    entries.push({ ...entry, entryHash });
    prevHash = entryHash;
  }
  return entries;
}

describe("the erasure log against the chain's anchor", () => {
  it("is current when the chain holds the log's latest root", () => {
    const entries = log(2);
    expect(anchorStatus(entries, { root: entries[1].entryHash, entries: 2 })).toEqual({ kind: "current", entries: 2 });
    expect(anchorStatus([], { root: ERASURE_LOG_GENESIS, entries: 0 })).toEqual({ kind: "current", entries: 0 });
  });

  it("is behind when the chain holds an earlier root of the same log", () => {
    const entries = log(3);
    expect(anchorStatus(entries, { root: entries[0].entryHash, entries: 1 })).toEqual({
      kind: "behind",
      anchored: 1,
      entries: 3,
    });
    expect(anchorStatus(entries, { root: ERASURE_LOG_GENESIS, entries: 0 })).toEqual({
      kind: "behind",
      anchored: 0,
      entries: 3,
    });
  });

  it("has diverged when the chain's root is not on the log's path, or the log is shorter", () => {
    const entries = log(2);
    expect(anchorStatus(entries, { root: `0x${"11".repeat(32)}`, entries: 2 })).toEqual({
      kind: "diverged",
      anchored: 2,
      entries: 2,
    });
    expect(anchorStatus(entries.slice(0, 1), { root: entries[1].entryHash, entries: 2 })).toEqual({
      kind: "diverged",
      anchored: 2,
      entries: 1,
    });
  });

  it("is broken when an entry was rewritten", () => {
    const entries = log(2);
    const rewritten = [{ ...entries[0], grounds: "objection" as const }, entries[1]];
    expect(anchorStatus(rewritten, { root: entries[1].entryHash, entries: 2 })).toEqual({
      kind: "broken",
      problems: ["entry 1 does not match its hash"],
    });
  });
});
