import type { Locale } from "./format";
import { INTL_TAG } from "./format";
import type { MessageKey, Messages } from "./messages/en";

export type Vars = Record<string, string | number | bigint>;

/** Keys that come in _one / _other forms, by their common stem. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Stem}_one` ? Stem : never) : never;

/**
 * Fills a message. Two forms, as in ICU MessageFormat:
 * - `{name}`: the value of `name`; an unknown placeholder is left visible rather than silently dropped.
 * - `{name, plural, =0 {…} one {…} other {…}}`: the branch for the number `name` by the
 *   language's own plural rules (Intl.PluralRules), an exact `=n` branch first; `#` in the
 *   branch is the number written the language's way (`'#'` a plain #), and branches may hold
 *   placeholders.
 */
export function interpolate(template: string, vars: Vars = {}, locale: Locale = "en"): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += fillArgument(template.slice(open + 1, close), template.slice(open, close + 1), vars, locale);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;

function fillArgument(inner: string, whole: string, vars: Vars, locale: Locale): string {
  const simple = /^\s*(\w+)\s*$/.exec(inner);
  if (simple) return simple[1] in vars ? String(vars[simple[1]]) : whole;
  const plural = PLURAL.exec(inner);
  if (!plural || !(plural[1] in vars)) return whole;
  const count = Number(vars[plural[1]]);
  const branches = pluralBranches(inner.slice(plural[0].length));
  const category = new Intl.PluralRules(INTL_TAG[locale]).select(count);
  const branch = branches.get(`=${count}`) ?? branches.get(category) ?? branches.get("other");
  if (branch === undefined) return whole;
  const number = new Intl.NumberFormat(INTL_TAG[locale]).format(count);
  return interpolate(
    outsideBraces(branch, (text) => text.replace(/'#'|#/g, (m) => (m === "#" ? number : "#"))),
    vars,
    locale,
  );
}

/** Applies `edit` to the parts of `text` outside any {…}, so a nested argument keeps its own `#`. */
function outsideBraces(text: string, edit: (part: string) => string): string {
  let out = "";
  let depth = 0;
  let part = "";
  for (const char of text) {
    if (depth === 0 && char !== "{") {
      part += char;
      continue;
    }
    if (depth === 0) ((out += edit(part)), (part = ""));
    out += char;
    if (char === "{") depth++;
    else if (char === "}") depth--;
  }
  return out + edit(part);
}

/** `=0 {none} one {# idea} other {# ideas}` → selector → text. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!selector) break;
    const open = i + selector[0].length - 1;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    branches.set(selector[1], text.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

/** The names a message's placeholders and plural arguments refer to, sorted, each once. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{\s*(\w+)\s*(?:\}|,\s*plural\s*,)/g)) names.add(match[1]);
  return [...names].sort();
}

export function translate(messages: Messages, key: MessageKey, vars?: Vars, locale: Locale = "en"): string {
  return interpolate(messages[key], vars, locale);
}

/**
 * Picks the form of `stem` for `count` by the language's own plural rules: `_one` when they
 * say "one", else `_other` (the four languages have no other categories).
 */
export function translatePlural(
  messages: Messages,
  locale: Locale,
  stem: PluralKey,
  count: number,
  vars: Vars = {},
): string {
  const form = new Intl.PluralRules(INTL_TAG[locale]).select(count) === "one" ? "one" : "other";
  return interpolate(messages[`${stem}_${form}` as MessageKey], { count, ...vars }, locale);
}
