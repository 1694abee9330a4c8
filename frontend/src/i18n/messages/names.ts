import type { Locale } from "../format";

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", sv: "Svenska", da: "Dansk", nb: "Norsk bokmål" };
