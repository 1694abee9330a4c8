/**
 * The majority a proposal needs, as the governor keeps it (GovernorCountingBitmap): For must be
 * at least `numerator / denominator` of For + Against, and more than Against. An exact fraction,
 * because two thirds has no exact value in percent or basis points. One half is the simple
 * majority: more For than Against, a tie fails.
 */
export interface Majority {
  numerator: number;
  denominator: number;
}

/** More For than Against: the default, and what a fund deployed before the majority rule had. */
export const SIMPLE_MAJORITY: Majority = { numerator: 1, denominator: 2 };

/** The governor keeps each term in 16 bits. */
export const MAX_MAJORITY_DENOMINATOR = 65_535;

/** What the governor's setMajority accepts: from one half to all, a denominator from 1 to 65535. */
export function isMajority({ numerator, denominator }: Majority): boolean {
  return (
    Number.isInteger(numerator) &&
    Number.isInteger(denominator) &&
    denominator >= 1 &&
    denominator <= MAX_MAJORITY_DENOMINATOR &&
    numerator <= denominator &&
    2 * numerator >= denominator
  );
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The same share in lowest terms (6/10 → 3/5), so equal rules read alike. */
export function lowestTerms({ numerator, denominator }: Majority): Majority {
  const d = gcd(numerator, denominator) || 1;
  return { numerator: numerator / d, denominator: denominator / d };
}

/**
 * A percent from 50 to 100 with at most two decimals ("60", "66.67", "50"), as a fraction in
 * lowest terms; null for anything else. 50 is the simple majority.
 */
export function majorityFromPercent(text: string): Majority | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (hundredths < 5_000 || hundredths > 10_000) return null;
  return lowestTerms({ numerator: hundredths, denominator: 10_000 });
}

/**
 * A majority as a fund file writes it: a fraction "2/3" or a percent "60 %" (see
 * majorityFromPercent), in lowest terms. Throws the problem's message (without a field).
 */
export function parseMajority(value: unknown): Majority {
  const text = typeof value === "string" ? value.trim() : "";
  const fraction = /^(\d{1,5})\s*\/\s*(\d{1,5})$/.exec(text);
  const majority = fraction
    ? { numerator: Number(fraction[1]), denominator: Number(fraction[2]) }
    : text.endsWith("%")
      ? majorityFromPercent(text.slice(0, -1))
      : null;
  if (!majority || !isMajority(majority))
    throw new Error(
      `must be a share of For + Against from one half to all: a fraction from "1/2" to "1/1" (denominator at most ${MAX_MAJORITY_DENOMINATOR}) or a percent from "50 %" to "100 %", got ${JSON.stringify(value)}`,
    );
  return lowestTerms(majority);
}

/** "2/3": how the history, the audit and the command line write a majority. */
export const majorityText = ({ numerator, denominator }: Majority): string => `${numerator}/${denominator}`;

/** What a majority means, for a sentence in any language: the shares people name, else an exact percent or fraction. */
export type MajorityShape =
  | { kind: "simple" }
  | { kind: "twoThirds" }
  | { kind: "threeQuarters" }
  | { kind: "all" }
  /** Exact, with at most two decimals (60, 66.67). */
  | { kind: "percent"; percent: number }
  /** In lowest terms, when no percent with two decimals is exact (5/7). */
  | { kind: "fraction"; numerator: number; denominator: number };

export function majorityShape(majority: Majority): MajorityShape {
  const { numerator: n, denominator: d } = lowestTerms(majority);
  if (2 * n === d) return { kind: "simple" };
  if (3 * n === 2 * d) return { kind: "twoThirds" };
  if (4 * n === 3 * d) return { kind: "threeQuarters" };
  if (n === d) return { kind: "all" };
  if ((n * 10_000) % d === 0) return { kind: "percent", percent: (n * 10_000) / d / 100 };
  return { kind: "fraction", numerator: n, denominator: d };
}
