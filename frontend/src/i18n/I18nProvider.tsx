import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import * as format from "./format";
import { LOCALES, type Locale } from "./format";
import { en, type MessageKey, type Messages } from "./messages/en";
import { loadedMessages, loadMessages } from "./messages/load";
import { translate, translatePlural, type PluralKey, type Vars } from "./translate";

const STORAGE_KEY = "pulje.locale";

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Vars): string;
  tn(stem: PluralKey, count: number, vars?: Vars): string;
  number(value: number | bigint): string;
  percent(fraction: number): string;
  amount(value: bigint, decimals: number, symbol: string): string;
  dateTime(unixSeconds: number | bigint): string;
  date(unixSeconds: number | bigint): string;
  relative(targetSeconds: number | bigint, nowSeconds: number): string;
  duration(seconds: number | bigint): string;
}

const I18nContext = createContext<I18n | null>(null);

/** The language the visitor chose before, else the browser's if we have it, else English. */
export function initialLocale(): Locale {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? []);
  for (const tag of browser) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "no" || base === "nn") return "nb";
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return "en";
}

interface Language {
  locale: Locale;
  messages: Messages;
}

/**
 * Gives every component the visitor's language. The page starts in the language `initial`
 * names (main.tsx loads its catalogue before the first render, so nothing flashes in English);
 * without it, in the language remembered or the browser's once its catalogue has arrived.
 * A switch takes effect when the new catalogue is loaded: locale and texts change together.
 */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [first] = useState<Locale>(() => initial?.locale ?? initialLocale());
  const [language, setLanguage] = useState<Language>(() => {
    const ready = initial?.messages ?? loadedMessages(first);
    return ready ? { locale: first, messages: ready } : { locale: "en", messages: en };
  });
  const { locale, messages } = language;

  useEffect(() => {
    if (!loadedMessages(first)) void loadMessages(first).then((m) => setLanguage({ locale: first, messages: m }));
  }, [first]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    void loadMessages(next).then((m) => setLanguage({ locale: next, messages: m }));
  }, []);

  const value = useMemo<I18n>(() => {
    return {
      locale,
      setLocale,
      t: (key, vars) => translate(messages, key, vars),
      tn: (stem, count, vars) => translatePlural(messages, locale, stem, count, vars),
      number: (v) => format.formatNumber(locale, v),
      percent: (f) => format.formatPercent(locale, f),
      amount: (v, decimals, symbol) => format.formatAmount(locale, v, decimals, symbol),
      dateTime: (s) => format.formatDateTime(locale, s),
      date: (s) => format.formatDate(locale, s),
      relative: (target, now) => format.formatRelative(locale, target, now),
      duration: (s) => format.formatDuration(locale, s),
    };
  }, [locale, messages, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
