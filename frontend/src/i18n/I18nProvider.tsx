import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { LOCALES, type Locale } from "./format";
import { makeI18n, type I18n } from "./makeI18n";
import { en, type Messages } from "./messages/en";
import { loadedMessages, loadMessages } from "./messages/load";

export type { I18n } from "./makeI18n";

const STORAGE_KEY = "pulje.locale";

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

  const value = useMemo(() => makeI18n(locale, messages, setLocale), [locale, messages, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
