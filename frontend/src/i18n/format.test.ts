import { describe, expect, it } from "vitest";
import {
  amountUnit,
  assetName,
  formatAmount,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRelative,
  shortAddress,
} from "./format";

// Intl writes a narrow no-break space in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatting per locale", () => {
  it("writes amounts with each language's separators and keeps every digit", () => {
    const amount = 25_000_500_000n; // 25,000.5 of a token with 6 decimals
    expect(plain(formatAmount("en", amount, 6, "VOTE"))).toBe("25,000.5 VOTE");
    expect(plain(formatAmount("da", amount, 6, "VOTE"))).toBe("25.000,5 VOTE");
    expect(plain(formatAmount("sv", amount, 6, "VOTE"))).toBe("25 000,5 VOTE");
    expect(plain(formatAmount("nb", amount, 6, "VOTE"))).toBe("25 000,5 VOTE");
    // 2^70 wei: more digits than a float holds, written exactly.
    expect(plain(formatAmount("en", 2n ** 70n, 0, "X"))).toBe("1,180,591,620,717,411,303,424 X");
    expect(plain(formatAmount("en", 1_234_567n, 18, "ETH"))).toBe("0 ETH");
    expect(plain(formatAmount("en", 1_500_000_000_000_000_000n, 18, "ETH"))).toBe("1.5 ETH");
  });

  it("writes the krone token as the currency residents know, øre only when there are any", () => {
    expect(plain(formatAmount("da", 25_000_000_000n, 6, "DKKT"))).toBe("25.000 kr.");
    expect(plain(formatAmount("da", 12_345_500_000n, 6, "DKKT"))).toBe("12.345,50 kr.");
    expect(plain(formatAmount("en", 25_000_000_000n, 6, "DKKT"))).toBe("DKK 25,000");
    expect(plain(formatAmount("sv", 25_000_000_000n, 6, "DKKT"))).toBe("25 000 Dkr");
    expect(plain(formatAmount("nb", 25_000_000_000n, 6, "DKKT"))).toBe("25 000 DKK");
    expect(amountUnit("da", "DKKT")).toBe("kr.");
    expect(amountUnit("en", "DKKT")).toBe("DKK");
    expect(amountUnit("da", "ETH")).toBe("ETH");
    expect(assetName("da", "DKKT")).toBe("Dansk krone (DKKT)");
    expect(assetName("en", "DKKT")).toBe("Danish Krone (DKKT)");
    expect(assetName("en", "ETH")).toBe("ETH");
  });

  it("writes numbers and percentages", () => {
    expect(plain(formatNumber("da", 1234567))).toBe("1.234.567");
    expect(plain(formatNumber("sv", 1234567))).toBe("1 234 567");
    expect(plain(formatPercent("en", 0.25))).toBe("25%");
    expect(plain(formatPercent("da", 0.125))).toBe("12,5 %");
  });

  it("says relative times in words", () => {
    const now = 1_800_000_000;
    expect(formatRelative("en", now + 2 * 86_400, now)).toBe("in 2 days");
    expect(formatRelative("da", now + 2 * 86_400, now)).toBe("i overmorgen");
    expect(formatRelative("da", now + 3 * 86_400, now)).toBe("om 3 dage");
    expect(formatRelative("sv", now + 3 * 86_400, now)).toBe("om 3 dagar");
    expect(formatRelative("nb", now + 3 * 86_400, now)).toBe("om 3 døgn");
    expect(formatRelative("en", now - 3 * 3600, now)).toBe("3 hours ago");
    expect(formatRelative("en", now + 86_400, now)).toBe("tomorrow");
    expect(formatRelative("en", now + 30, now)).toBe("in 30 seconds");
  });

  it("rounds to the nearest unit, so a time is never a day short", () => {
    const now = 1_800_000_000;
    // Just under two days away: the issue saw "tomorrow".
    expect(formatRelative("en", now + 2 * 86_400 - 60, now)).toBe("in 2 days");
    expect(formatRelative("da", now + 2 * 86_400 - 60, now)).toBe("i overmorgen");
    expect(formatRelative("en", now + 86_400 + 11 * 3600, now)).toBe("tomorrow");
    expect(formatRelative("en", now + 86_400 + 12 * 3600, now)).toBe("in 2 days");
    expect(formatRelative("en", now - (2 * 86_400 - 60), now)).toBe("2 days ago");
    expect(formatRelative("en", now - (86_400 + 12 * 3600), now)).toBe("2 days ago");
    expect(formatRelative("en", now + 90 * 60, now)).toBe("in 2 hours");
    expect(formatRelative("en", now + 89 * 60, now)).toBe("in 1 hour");
  });

  it("says durations in words, at most two units", () => {
    expect(formatDuration("en", 2 * 86_400)).toBe("2 days");
    expect(formatDuration("en", 86_400 + 6 * 3600)).toBe("1 day, 6 hours");
    expect(formatDuration("da", 5 * 86_400)).toBe("5 dage");
    expect(formatDuration("nb", 3600)).toBe("1 time");
    expect(formatDuration("en", 0)).toBe("0 seconds");
  });

  it("writes dates in the locale's own order", () => {
    const t = Date.UTC(2026, 10, 25, 12, 0) / 1000;
    expect(formatDateTime("en", t)).toMatch(/25 Nov 2026/);
    expect(formatDateTime("da", t)).toMatch(/25\. nov\. 2026/);
  });

  it("shortens addresses", () => {
    expect(shortAddress("0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199")).toBe("0x8626…1199");
  });
});
