import { getAddress, parseUnits, zeroAddress, type Address } from "viem";
import { parseDuration } from "./duration";
import { parseFeePerGas } from "./feePerGas";

/**
 * The field readers behind every file Pulje reads: the fund's configuration, a budget round, a
 * pool, a milestone grant. Each reader takes a value and the field's path in the file, returns
 * the value normalised (or a harmless fallback) and records a problem in one style,
 * `field: message`; `done()` then throws one ConfigError listing every problem, so a file is
 * refused whole, naming each field, before anything touches a chain. No Node.js and no ethers:
 * the dApp reads the same files.
 */

export type Json = Record<string, unknown>;

/** The largest values of the contracts' integer types that durations and times go into. */
export const MAX_UINT32 = 2 ** 32 - 1;
export const MAX_UINT48 = 2 ** 48 - 1;

/** One or more problems in a file, each naming the field it is about. */
export class ConfigError extends Error {
  constructor(
    /** What the file describes: "fund configuration", "round", "pool", "milestone grant". */
    readonly subject: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid ${subject}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const shown = (value: unknown) => JSON.stringify(value);

/**
 * A time as an ISO date ("2026-12-20T12:00:00Z") or as a duration from `now` ("+12 days"), in
 * Unix seconds. Throws the problem's message (without a field) for a command-line flag to use.
 */
export function parseTime(value: unknown, now: number): number {
  if (typeof value === "string" && value.trim().startsWith("+"))
    return now + parseDuration(value.trim().slice(1).trim());
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return Math.floor(Date.parse(value) / 1000);
  throw new Error(`must be an ISO date or "+<duration>", got ${shown(value)}`);
}

/** Reads the fields of one file, collecting every problem; see the module comment. */
export class FieldReader {
  readonly problems: string[] = [];

  constructor(private readonly subject: string) {}

  fail(field: string, message: string): void {
    this.problems.push(`${field}: ${message}`);
  }

  /** Throws a ConfigError listing every problem found so far, if there is any. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigError(this.subject, this.problems);
  }

  /** An object (`shape` says which, e.g. "an object with account and district"); `{}` when it is not. */
  object(value: unknown, field: string, shape = "an object"): Json {
    if (isObject(value)) return value;
    this.fail(field, `must be ${shape}`);
    return {};
  }

  /** A non-empty text, trimmed. */
  text(value: unknown, field: string): string {
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    this.fail(field, "must be a non-empty text");
    return "";
  }

  /** A text that may be left out or empty (then ""), kept as written. */
  optionalText(value: unknown, field: string): string {
    if (value === undefined || value === null) return "";
    if (typeof value === "string") return value;
    this.fail(field, `must be a text, got ${shown(value)}`);
    return "";
  }

  /**
   * A list; `fallback` when the field is left out (a missing list is a problem without one).
   * With `min`/`max`, its length is checked too (`items` names them: "addresses", "milestones").
   */
  list(
    value: unknown,
    field: string,
    options: { fallback?: readonly unknown[]; min?: number; max?: number; items?: string } = {},
  ): unknown[] {
    const items = value === undefined && options.fallback !== undefined ? [...options.fallback] : value;
    if (!Array.isArray(items)) {
      this.fail(field, "must be a list");
      return [];
    }
    const { min = 0, max = Infinity } = options;
    if (items.length < min || items.length > max)
      this.fail(field, `must list ${min} to ${max} ${options.items ?? "items"}, got ${items.length}`);
    return items;
  }

  /** One of a few texts, e.g. a voting mode or a pool's kind. */
  oneOf<T extends string>(value: unknown, field: string, options: readonly T[]): T | undefined {
    if (options.includes(value as T)) return value as T;
    this.fail(field, `must be ${options.map(shown).join(" or ")}, got ${shown(value)}`);
    return undefined;
  }

  /** true or false; `fallback` when left out. */
  boolean(value: unknown, field: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === "boolean") return value;
    this.fail(field, `must be true or false, got ${shown(value)}`);
    return fallback;
  }

  /**
   * An account: 0x and 40 hex digits, with a correct checksum when written in mixed case, and not
   * the zero address. Returned checksummed; the zero address when it is not one.
   */
  address(value: unknown, field: string): Address {
    if (typeof value !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(value)) {
      this.fail(field, `must be an address (0x followed by 40 hex digits), got ${shown(value)}`);
      return zeroAddress;
    }
    const digits = value.slice(2);
    const checksummed = getAddress(value.toLowerCase());
    // All lower or all upper case carries no checksum (EIP-55); mixed case must be the checksum.
    if (digits !== digits.toLowerCase() && digits !== digits.toUpperCase() && value !== checksummed) {
      this.fail(field, `has a wrong checksum (did you mean ${checksummed}?)`);
      return zeroAddress;
    }
    if (checksummed === zeroAddress) this.fail(field, "must not be the zero address");
    return checksummed;
  }

  /**
   * An amount written in whole units ("2500", "0.5", or a JSON number), returned in the smallest
   * unit of something with `decimals` decimals. `unit` names the whole units: an asset's "units"
   * (the default, shown with an example so nobody writes the smallest unit), "tokens", "votes".
   */
  amount(
    value: unknown,
    field: string,
    options: { decimals: number; positive: boolean; unit?: string },
  ): bigint | undefined {
    const unit = options.unit ?? "units";
    const example = unit === "units" ? ', e.g. "5000"' : "";
    const refused = () =>
      this.fail(
        field,
        `must be a ${options.positive ? "positive" : "non-negative"} amount in whole ${unit}${example}, got ${shown(value)}`,
      );
    const written = typeof value === "number" ? String(value) : value;
    const match = typeof written === "string" ? /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(written) : null;
    if (!match) {
      refused();
      return undefined;
    }
    // viem's parseUnits rounds away extra decimals; an amount is refused instead.
    if ((match[2]?.length ?? 0) > options.decimals) {
      this.fail(
        field,
        options.decimals === 0 ? `must be a whole number of ${unit}` : `has more than ${options.decimals} decimals`,
      );
      return undefined;
    }
    const amount = parseUnits(match[2] ? `${match[1]}.${match[2]}` : match[1], options.decimals);
    if (options.positive && amount === 0n) {
      refused();
      return undefined;
    }
    return amount;
  }

  /** A duration (seconds, or a text like "2 days") within `range`, in seconds; `fallback` when left out. */
  duration(value: unknown, field: string, range: { min: number; max: number; fallback?: number }): number | undefined {
    if (value === undefined && range.fallback !== undefined) return range.fallback;
    let seconds: number;
    try {
      seconds = parseDuration(value);
    } catch (error) {
      this.fail(field, (error as Error).message);
      return undefined;
    }
    if (seconds < range.min) {
      this.fail(field, range.min === 1 ? "must be longer than zero" : `must be at least ${range.min} s`);
      return undefined;
    }
    if (seconds > range.max) {
      this.fail(field, `must be at most ${range.max} s`);
      return undefined;
    }
    return seconds;
  }

  /** A positive fee per gas with its unit ("10 gwei"), in wei; `fallback` when left out. */
  feePerGas(value: unknown, field: string, fallback?: string): bigint | undefined {
    let wei: bigint;
    try {
      wei = parseFeePerGas(value === undefined && fallback !== undefined ? fallback : value);
    } catch (error) {
      this.fail(field, (error as Error).message);
      return undefined;
    }
    if (wei === 0n) {
      this.fail(field, "must be more than 0 wei");
      return undefined;
    }
    return wei;
  }

  /** A time as an ISO date or "+<duration>" from `now`, in Unix seconds. */
  time(value: unknown, field: string, now: number): number | undefined {
    try {
      return parseTime(value, now);
    } catch (error) {
      this.fail(field, (error as Error).message);
      return undefined;
    }
  }

  /** A whole number from `min` to `max` (`note` says where the bound comes from); `fallback` when left out. */
  wholeNumber(
    value: unknown,
    field: string,
    range: { min: number; max: number; fallback?: number; note?: string },
  ): number | undefined {
    if (value === undefined && range.fallback !== undefined) return range.fallback;
    if (typeof value === "number" && Number.isInteger(value) && value >= range.min && value <= range.max) return value;
    const note = range.note ? ` (${range.note})` : "";
    this.fail(field, `must be a whole number from ${range.min} to ${range.max}${note}, got ${shown(value)}`);
    return undefined;
  }

  /**
   * Reports every value that repeats an earlier one (case-insensitively), at the later one's
   * field. Values already refused (empty, or the zero address a bad address reads as) are skipped.
   */
  duplicates(values: readonly string[], field: string, at = (i: number) => `${field}[${i}]`): void {
    const seen = new Map<string, number>();
    values.forEach((value, i) => {
      if (value === "" || value === zeroAddress) return;
      const key = value.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else this.fail(at(i), `duplicate of ${at(first)} (${value})`);
    });
  }
}
