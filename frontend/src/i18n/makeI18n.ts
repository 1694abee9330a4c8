import * as format from "./format";
import type { Locale } from "./format";
import type { MessageKey, Messages } from "./messages/en";
import { translate, translatePlural, type PluralKey, type Vars } from "./translate";

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Vars): string;
  tn(stem: PluralKey, count: number, vars?: Vars): string;
  number(value: number | bigint): string;
  percent(fraction: number): string;
  amount(value: bigint, decimals: number, symbol: string): string;
  /** The unit an asset's amounts are written in, for a field's label: "kr.", "ETH". */
  unit(symbol: string): string;
  /** An asset as residents know it, with its token's symbol where that matters. */
  assetName(symbol: string): string;
  dateTime(unixSeconds: number | bigint): string;
  date(unixSeconds: number | bigint): string;
  relative(targetSeconds: number | bigint, nowSeconds: number): string;
  duration(seconds: number | bigint): string;
}

/**
 * Texts and formats for one language: what the provider gives every component, and what unit
 * tests of pure text functions use without React.
 */
export function makeI18n(locale: Locale, messages: Messages, setLocale: (locale: Locale) => void = () => {}): I18n {
  return {
    locale,
    setLocale,
    t: (key, vars) => translate(messages, key, vars, locale),
    tn: (stem, count, vars) => translatePlural(messages, locale, stem, count, vars),
    number: (v) => format.formatNumber(locale, v),
    percent: (f) => format.formatPercent(locale, f),
    amount: (v, decimals, symbol) => format.formatAmount(locale, v, decimals, symbol),
    unit: (symbol) => format.amountUnit(locale, symbol),
    assetName: (symbol) => format.assetName(locale, symbol),
    dateTime: (s) => format.formatDateTime(locale, s),
    date: (s) => format.formatDate(locale, s),
    relative: (target, now) => format.formatRelative(locale, target, now),
    duration: (s) => format.formatDuration(locale, s),
  };
}
