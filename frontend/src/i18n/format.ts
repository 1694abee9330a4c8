/** Locale-aware formatting through Intl: every number, amount, date and duration the dApp shows. */
import { formatUnits } from "viem";

export const LOCALES = ["en", "sv", "da", "nb"] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag each language formats with. */
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", sv: "sv-SE", da: "da-DK", nb: "nb-NO" };

export function formatNumber(locale: Locale, value: number | bigint): string {
  return new Intl.NumberFormat(INTL_TAG[locale]).format(value);
}

export function formatPercent(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: "percent", maximumFractionDigits: 1 }).format(fraction);
}

/**
 * Tokens that stand for a currency, by symbol, and that currency's ISO code. Amounts of them
 * (and the token demo's SEKT) are written in the currency residents know — "25.000 kr." in Danish, "DKK 25,000" in
 * English, "25 000 Dkr" in Swedish, as Intl writes each — and the token's own name only where
 * it matters (choosing what to pay with, the audit's reconciliation, the export).
 */
export const CURRENCY_OF_TOKEN: Readonly<Record<string, string>> = { DKKT: "DKK", SEKT: "SEK" };

/** Intl's options for a currency, with øre shown only when there are any. */
function currencyOptions(currency: string): Intl.NumberFormatOptions {
  // trailingZeroDisplay is in every browser the dApp supports, though not yet in TypeScript's lib.
  return {
    style: "currency",
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    trailingZeroDisplay: "stripIfInteger",
  } as Intl.NumberFormatOptions;
}

/**
 * An on-chain amount in the asset's units: "25.000 kr." in Danish for the krone token,
 * "1,5 ETH" for ether. The decimal string goes to Intl unrounded-to-float, so large amounts
 * keep every digit.
 */
export function formatAmount(
  locale: Locale,
  value: bigint,
  decimals: number,
  symbol: string,
  maxFractionDigits = 4,
): string {
  // Intl accepts decimal strings (exact), though TypeScript's lib types only numbers.
  const decimal = formatUnits(value, decimals) as unknown as number;
  const currency = CURRENCY_OF_TOKEN[symbol];
  if (currency) return new Intl.NumberFormat(INTL_TAG[locale], currencyOptions(currency)).format(decimal);
  const format = new Intl.NumberFormat(INTL_TAG[locale], {
    maximumFractionDigits: Math.min(maxFractionDigits, decimals),
  });
  return `${format.format(decimal)} ${symbol}`;
}

/** The unit amounts of an asset are written in: "kr." in Danish for the krone token, else its symbol. */
export function amountUnit(locale: Locale, symbol: string): string {
  const currency = CURRENCY_OF_TOKEN[symbol];
  if (!currency) return symbol;
  const parts = new Intl.NumberFormat(INTL_TAG[locale], currencyOptions(currency)).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

/** An asset by the name residents know, with its token's symbol: "danske kroner (DKKT)", or "ETH". */
export function assetName(locale: Locale, symbol: string): string {
  const currency = CURRENCY_OF_TOKEN[symbol];
  if (!currency) return symbol;
  const name = new Intl.DisplayNames(INTL_TAG[locale], { type: "currency" }).of(currency) ?? currency;
  return `${name.charAt(0).toLocaleUpperCase(INTL_TAG[locale])}${name.slice(1)} (${symbol})`;
}

export function formatDateTime(locale: Locale, unixSeconds: number | bigint): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(Number(unixSeconds) * 1000),
  );
}

export function formatDate(locale: Locale, unixSeconds: number | bigint): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium" }).format(
    new Date(Number(unixSeconds) * 1000),
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
];

/**
 * "in 2 days", "3 hours ago" — the largest unit, rounded to the nearest, as people say it: 47
 * hours away is "in 2 days", not "tomorrow" (cutting off the hours made every time a day short).
 */
export function formatRelative(locale: Locale, targetSeconds: number | bigint, nowSeconds: number): string {
  const delta = Number(targetSeconds) - nowSeconds;
  const format = new Intl.RelativeTimeFormat(INTL_TAG[locale], { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size || unit === "second") {
      // Math.round rounds -1.5 up to -1; rounding the size away from zero keeps past and future alike.
      const count = Math.sign(delta) * Math.round(Math.abs(delta) / size);
      return format.format(count === 0 ? 0 : count, unit);
    }
  }
  return format.format(0, "second");
}

/** "2 days", "1 day 6 hours", "45 minutes": at most the two largest units. */
export function formatDuration(locale: Locale, seconds: number | bigint): string {
  let rest = Number(seconds);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0 && parts.length < 2) {
      parts.push(new Intl.NumberFormat(INTL_TAG[locale], { style: "unit", unit, unitDisplay: "long" }).format(count));
      rest -= count * size;
    }
  }
  if (parts.length === 0)
    return new Intl.NumberFormat(INTL_TAG[locale], { style: "unit", unit: "second", unitDisplay: "long" }).format(0);
  return new Intl.ListFormat(INTL_TAG[locale], { style: "long", type: "unit" }).format(parts);
}

/** 0x1234…abcd */
export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}
