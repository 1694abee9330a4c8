import { describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import type { LedgerEntry } from "../ledger";
import { packEntries, unpackEntries } from "./packedEntries";

const GOVERNOR: Address = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const base = (block: bigint, logIndex: number, tx: Hex) =>
  ({ block, logIndex, tx, timestamp: null, contract: "governor", address: GOVERNOR }) as const;

const entries: LedgerEntry[] = [
  {
    ...base(4n, 0, "0x12"),
    kind: "proposal",
    proposalId: 1n,
    proposer: ANNA,
    targets: [GOVERNOR],
    values: [0n],
    calldatas: ["0x"],
    actions: [{ kind: "sendEth", to: ANNA, value: 10n ** 18n }],
    description: "\u0000n7 is text, not a number",
    voteStart: 100n,
    voteEnd: 200n,
  },
  { ...base(5n, 0, "0x13"), kind: "vote", proposalId: 1n, voter: ANNA, support: 1, weight: 1n, reason: `0x${"cd".repeat(32)}` },
  { ...base(6n, 2, "0x14"), kind: "vote", proposalId: 1n, voter: GOVERNOR, support: 0, weight: 1n, reason: null },
  { ...base(7n, 1, "0x15"), timestamp: 1_790_000_000, kind: "execution", proposalId: 1n },
];

describe("packEntries / unpackEntries", () => {
  it("gives back the same entries, keys in the same order", () => {
    const unpacked = unpackEntries(JSON.parse(JSON.stringify(packEntries(entries))));
    expect(unpacked).toStrictEqual(entries);
    expect(unpacked.map((e) => Object.keys(e))).toStrictEqual(entries.map((e) => Object.keys(e)));
  });

  it("writes each shape and each string once", () => {
    const packed = packEntries(entries);
    expect(packed.shapes.map((s) => s.types)).toStrictEqual(["bpspsssbsnnnnsbb", "bpspsssbspbs", "bpspsssbspbp", "bpspsssb"]);
    expect(packed.strings.filter((s) => s === ANNA)).toStrictEqual([ANNA]);
    // block, logIndex, tx, timestamp, contract, address, kind, proposalId, voter, support, weight, reason
    expect(packed.rows[1]).toStrictEqual([1, "5", 0, 6, null, 1, 2, 7, "1", 4, 1, "1", 8]);
  });

  it("refuses what JSON cannot give back", () => {
    expect(() => packEntries([{ ...entries[3], timestamp: Number.NaN }])).toThrow(
      "packEntries: timestamp = NaN cannot be written exactly",
    );
  });
});
