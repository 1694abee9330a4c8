import { addressLabel } from "../../ui/AddressText";
import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "@sdk/history/ledger";
import type { Locale } from "../../i18n/format";
import { en, type Messages } from "../../i18n/messages/en";
import { da } from "../../i18n/messages/da";
import { makeI18n } from "../../i18n/makeI18n";
import { historyIndex } from "../historyIndex";
import { describeEntry } from ".";

const i18n = (locale: Locale, messages: Messages = en) => makeI18n(locale, messages);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const DKKT = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F" as const;
const CLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" as const;
const POOL = "0xa16E02E87b7454126E5E10d957A927A7F5B5d2be" as const;
const MILESTONES = "0x09635F643e140090A9A8Dcd712eD6285858ceBef" as const;
const assets = [{ address: DKKT, symbol: "DKKT", decimals: 6, balance: 0n, reserved: 0n, available: 0n }];
const at = (tx: `0x${string}`, contract: LedgerEntry["contract"], address: `0x${string}`) => ({
  block: 1n,
  logIndex: 0,
  tx,
  timestamp: null,
  contract,
  address,
});

/** A pool that paid a micro-grant, and a milestone released: the lines a resident reads. */
const entries: LedgerEntry[] = [
  {
    ...at("0x01", "pool", POOL),
    kind: "poolOpened",
    poolKind: "QuickPool",
    text: `0x${"ab".repeat(32)}`,
    asset: DKKT,
    cap: 5_000_000_000n,
    endsAt: 1_800_000_000n,
  },
  { ...at("0x02", "pool", POOL), kind: "poolGrantPaid", grantId: 1n, payee: CLUB, amount: 2_500_000_000n },
  { ...at("0x02", "treasury", DKKT), kind: "payment", asset: DKKT, to: CLUB, amount: 2_500_000_000n, decision: "0x00" },
  {
    ...at("0x03", "milestoneGrants", MILESTONES),
    kind: "milestoneGrantCreated",
    grantId: 1n,
    payee: CLUB,
    asset: DKKT,
    total: 120_000_000_000n,
    milestones: 3,
    title: `0x${"cd".repeat(32)}`,
  },
  {
    ...at("0x04", "milestoneGrants", MILESTONES),
    kind: "milestoneReleased",
    grantId: 1n,
    index: 0,
    payee: CLUB,
    amount: 40_000_000_000n,
  },
  {
    ...at("0x04", "treasury", DKKT),
    kind: "allowanceSpent",
    spender: MILESTONES,
    asset: DKKT,
    amount: 40_000_000_000n,
    remaining: 80_000_000_000n,
  },
];

describe("history lines for the stewards' money", () => {
  const index = historyIndex(entries);
  // The pool's text as the content service gave it, checked (see ../entryText.ts).
  const words: Record<string, string> = { name: "“Hurtigpuljen 2026”", mandate: "“Small grants”" };
  const line = (e: LedgerEntry, i = i18n("en")) =>
    plain(describeEntry(e, i, assets, [], index, (field) => words[field] ?? ""));
  const pool = addressLabel(POOL);

  it("quotes the text an entry carries, names pools and grants, and says what a payment paid", () => {
    expect(line(entries[0])).toBe(
      `Quick pool “Hurtigpuljen 2026” opened: up to DKK 5,000 per grant, until ${i18n("en").dateTime(1_800_000_000)} — “Small grants”`,
    );
    expect(line(entries[1])).toBe(`Micro-grant #1 from ${pool} paid: DKK 2,500 to Skovlunde Ungdomsklub (0x8626…1199)`);
    expect(line(entries[2])).toBe(
      `Paid DKK 2,500 to Skovlunde Ungdomsklub (0x8626…1199) for micro-grant #1 from ${pool}`,
    );
    expect(line(entries[4])).toBe("Milestone 1 of grant #1 paid: DKK 40,000 to Skovlunde Ungdomsklub (0x8626…1199)");
    expect(line(entries[5])).toBe("Paid DKK 40,000 from the reservation for milestone grants; DKK 80,000 left");
  });

  it("speaks Danish", () => {
    expect(line(entries[4], i18n("da", da))).toBe(
      "Milepæl 1 af tilskud #1 udbetalt: 40.000 kr. til Skovlunde Ungdomsklub (0x8626…1199)",
    );
  });
});
