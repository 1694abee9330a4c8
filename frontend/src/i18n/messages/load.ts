import type { Locale } from "../format";
import { en, type Messages } from "./en";

/**
 * English ships with the page; the other catalogues are fetched when a visitor needs them, so
 * nobody downloads four languages to read one.
 */
const LOADERS: Record<Exclude<Locale, "en">, () => Promise<Messages>> = {
  sv: () => import("./sv").then((m) => m.sv),
  da: () => import("./da").then((m) => m.da),
  nb: () => import("./nb").then((m) => m.nb),
};

const loaded = new Map<Locale, Messages>([["en", en]]);

/** A catalogue already in memory, if it is. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** A language's catalogue, fetched once. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known;
  const messages = await LOADERS[locale as Exclude<Locale, "en">]();
  loaded.set(locale, messages);
  return messages;
}
