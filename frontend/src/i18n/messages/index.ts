import type { Locale } from "../format";
import { en, type Messages } from "./en";
import { da } from "./da";
import { nb } from "./nb";
import { sv } from "./sv";

export const MESSAGES: Record<Locale, Messages> = { en, sv, da, nb };

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", sv: "Svenska", da: "Dansk", nb: "Norsk bokmål" };
