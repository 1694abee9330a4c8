import type { Locale } from "./format";
import { INTL_TAG } from "./format";
import type { MessageKey, Messages } from "./messages/en";

export type Vars = Record<string, string | number | bigint>;

/** Keys that come in _one / _other forms, by their common stem. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Stem}_one` ? Stem : never) : never;

/** Fills {placeholders}; an unknown placeholder is left visible rather than silently dropped. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(messages: Messages, key: MessageKey, vars?: Vars): string {
  return interpolate(messages[key], vars);
}

/** Picks the plural form of `stem` for `count` by the language's own rules. */
export function translatePlural(
  messages: Messages,
  locale: Locale,
  stem: PluralKey,
  count: number,
  vars: Vars = {},
): string {
  const form = new Intl.PluralRules(INTL_TAG[locale]).select(count) === "one" ? "one" : "other";
  return interpolate(messages[`${stem}_${form}` as MessageKey], { count, ...vars });
}
