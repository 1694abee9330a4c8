import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { COLUMNS, toCsv, toJson } from "./export";
import { ETH_ADDRESS } from "../model/treasury";
import type { LedgerEntry } from "./ledger";

const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const MEMO = `0x${"ab".repeat(32)}` as const;
const base = {
  block: 3n,
  logIndex: 0,
  tx: "0x11" as const,
  timestamp: 1_790_000_000,
  contract: "treasury" as const,
  address: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9" as const,
};
const entries: LedgerEntry[] = [
  { ...base, kind: "deposit", from: CLUB, asset: DKKT, amount: 100_500_000n, memo: MEMO },
  {
    ...base,
    logIndex: 1,
    kind: "payment",
    asset: ETH_ADDRESS,
    to: CLUB,
    amount: 1_500_000_000_000_000_000n,
    decision: "0xdd",
  },
];
const context = {
  assets: [{ address: DKKT, symbol: "DKKT", decimals: 6 }],
  districts: ["Skovlunde"],
  // The deposit's note, as the content service published it and the reader verified it.
  texts: new Map([[MEMO, 'Måløv "Brugs", sponsor']]),
};

describe("ledger export", () => {
  it("writes CSV with a BOM, a header, quoted cells, whole-unit amounts and texts beside commitments", () => {
    const csv = toCsv(entries, context);
    expect(csv.startsWith("\uFEFF" + COLUMNS.join(",") + "\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[1]).toBe(
      `2026-09-21T14:13:20.000Z,3,0x11,deposit,treasury,,${CLUB},,DKKT,100.5,100500000,,${MEMO},"Måløv ""Brugs"", sponsor"`,
    );
    expect(lines[2]).toBe(
      `2026-09-21T14:13:20.000Z,3,0x11,payment,treasury,,,${CLUB},ETH,1.5,1500000000000000000,decision 0xdd,,`,
    );
  });

  it("keeps the commitment and leaves the text empty when the text is not available", () => {
    const lines = toCsv(entries, { ...context, texts: undefined })
      .slice(1)
      .trimEnd()
      .split("\r\n");
    expect(lines[1]).toBe(`2026-09-21T14:13:20.000Z,3,0x11,deposit,treasury,,${CLUB},,DKKT,100.5,100500000,,${MEMO},`);
  });

  it("writes semicolons and decimal commas for Nordic spreadsheets", () => {
    const lines = toCsv(entries, context, { separator: ";" }).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(COLUMNS.join(";"));
    expect(lines[1]).toBe(
      `2026-09-21T14:13:20.000Z;3;0x11;deposit;treasury;;${CLUB};;DKKT;100,5;100500000;;${MEMO};"Måløv ""Brugs"", sponsor"`,
    );
  });

  it("writes the same rows as JSON, the same bytes every time", () => {
    const json = toJson(entries, context);
    expect(JSON.parse(json)[1]).toMatchObject({
      kind: "payment",
      asset: "ETH",
      amount: "1.5",
      amount_raw: "1500000000000000000",
    });
    expect(toJson(entries, context)).toBe(json);
  });
});
