import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "@sdk/history/ledger";
import { membersFrom } from "./useMembers";

const A = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const B = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const C = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const at = (block: number) => ({
  block: BigInt(block),
  logIndex: 0,
  tx: "0x01" as const,
  timestamp: 1_000 + block,
  contract: "membership" as const,
  address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" as const,
});
const added = (account: `0x${string}`, block: number, district = 0): LedgerEntry => ({
  ...at(block),
  kind: "membership",
  change: "added",
  account,
  district,
  registrar: C,
});

describe("members from events", () => {
  it("follows admissions, exits and delegations in order", () => {
    const entries: LedgerEntry[] = [
      added(A, 1, 2),
      added(B, 2),
      added(C, 3),
      { ...at(4), kind: "delegation", delegator: B, from: B, to: A },
      { ...at(5), kind: "membership", change: "left", account: C, district: 0, registrar: null },
      { ...at(6), kind: "delegation", delegator: A, from: A, to: C }, // to a non-member: allowed
    ];
    expect(membersFrom(entries)).toEqual([
      { account: A, district: 2, joinedBlock: 1n, joinedAt: 1_001, delegate: C },
      { account: B, district: 0, joinedBlock: 2n, joinedAt: 1_002, delegate: A },
    ]);
  });

  it("starts a returning member afresh", () => {
    const entries: LedgerEntry[] = [
      added(A, 1),
      { ...at(2), kind: "membership", change: "revoked", account: A, district: 0, registrar: null },
      { ...at(3), kind: "delegation", delegator: A, from: B, to: A },
      added(A, 4, 3),
    ];
    expect(membersFrom(entries)).toEqual([{ account: A, district: 3, joinedBlock: 4n, joinedAt: 1_004, delegate: A }]);
  });
});
