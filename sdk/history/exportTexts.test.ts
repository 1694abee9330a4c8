import { describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import type { CheckedTextRecord } from "../content/client";
import type { TextContents } from "../content/api";
import { exportCommitments, exportText, publicTexts } from "./exportTexts";
import type { LedgerEntry } from "./ledger";

const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const commitment = (i: number) => `0x${i.toString(16).padStart(64, "0")}` as Hex;
const base = {
  block: 3n,
  logIndex: 0,
  tx: "0x11" as const,
  timestamp: 1_790_000_000,
  contract: "treasury" as const,
  address: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9" as const,
};
const context = { assets: [{ address: DKKT, symbol: "DKKT", decimals: 6 }], districts: ["Skovlunde"] };

const idea = (title: string, description: string): TextContents => ({
  kind: "idea",
  chainId: 31337,
  contract: CLUB,
  objectId: commitment(0),
  version: 1,
  salt: commitment(0),
  language: "da",
  fields: { description, title },
});

describe("an export's texts", () => {
  it("lists each commitment the rows carry once, in order, and none for rows without one", () => {
    const entries: LedgerEntry[] = [
      { ...base, kind: "deposit", from: CLUB, asset: DKKT, amount: 1n, memo: commitment(0xab) },
      { ...base, logIndex: 1, kind: "payment", asset: DKKT, to: CLUB, amount: 1n, decision: "0xdd" },
      { ...base, logIndex: 2, kind: "deposit", from: CLUB, asset: DKKT, amount: 2n, memo: commitment(0xcd) },
      { ...base, logIndex: 3, kind: "deposit", from: CLUB, asset: DKKT, amount: 3n, memo: commitment(0xab) },
    ];
    expect(exportCommitments(entries, context)).toEqual([commitment(0xab), commitment(0xcd)]);
  });

  it("writes a text's fields in its kind's order, blank lines between, empty ones left out", () => {
    expect(exportText(idea("Bænke", "Ti bænke ved søen"))).toBe("Bænke\n\nTi bænke ved søen");
    expect(exportText(idea("Bænke", ""))).toBe("Bænke");
  });

  it("asks in pages of 100 and keeps only published texts: not hidden, erased, restricted or mismatched", async () => {
    const asked: number[] = [];
    const records = (page: readonly Hex[]): CheckedTextRecord[] =>
      page.map((c, i): CheckedTextRecord => {
        if (i === 0) return { commitment: c, status: "mismatch" };
        if (i === 1) return { commitment: c, status: "erased", erasedAt: "2026-12-01T10:00:00Z" };
        if (i === 2)
          return { commitment: c, status: "restricted", kind: "payeeIdentity", publishedAt: "2026-12-01T10:00:00Z" };
        return {
          commitment: c,
          status: "published",
          publishedAt: "2026-12-01T10:00:00Z",
          yours: false,
          text: idea(`Idé ${i}`, ""),
        };
      });
    const client = {
      lookupTexts: async (page: readonly Hex[]) => {
        asked.push(page.length);
        return records(page);
      },
    };
    const all = Array.from({ length: 150 }, (_, i) => commitment(i + 1));
    const texts = await publicTexts(client, all);
    expect(asked).toEqual([100, 50]);
    expect(texts.size).toBe(97 + 47);
    expect(texts.has(commitment(1))).toBe(false);
    expect(texts.get(commitment(4))).toBe("Idé 3");
    expect(texts.get(commitment(104))).toBe("Idé 3");
  });
});
