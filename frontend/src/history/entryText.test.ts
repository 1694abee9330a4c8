import { describe, expect, it } from "vitest";
import { zeroHash, type Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import { proposalDescription } from "@sdk/model/description";
import { entryCommitment, lineText } from "./entryText";

const C = `0x${"cd".repeat(32)}` as Hex;
const base = { block: 1n, logIndex: 0, tx: "0x01", timestamp: null, contract: "treasury", address: C.slice(0, 42) };
const t = (key: string) => key;

describe("the text a history entry carries", () => {
  it("finds the commitment in a proposal's description, and none in a deposit without a memo", () => {
    const proposal = {
      ...base,
      kind: "proposal",
      description: proposalDescription(null, C, "0x90F79bf6EB2c4f870365E785982E1f101E93b906"),
    } as unknown as LedgerEntry;
    expect(entryCommitment(proposal)).toBe(C);
    const deposit = { ...base, kind: "deposit", memo: zeroHash } as unknown as LedgerEntry;
    expect(entryCommitment(deposit)).toBeNull();
  });

  it("quotes verified words and says in brackets why others are missing", () => {
    const verified = { state: "verified" as const, yours: false, fields: { reason: "Ja" }, language: "da" };
    expect(lineText(verified, "reason", t, ["»", "«"])).toBe("»Ja«");
    expect(lineText({ state: "mismatch" }, "reason", t, ["»", "«"])).toBe("[texts.short.mismatch]");
    expect(lineText({ state: "erased", at: "" }, "reason", t, ["»", "«"])).toBe("[texts.short.erased]");
  });
});
