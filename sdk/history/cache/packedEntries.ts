/**
 * Ledger entries in a compact, exact JSON form for the audit's disk cache. Tens of thousands
 * of entries share a few dozen shapes (a kind's keys, in order) and a few thousand strings
 * (addresses, contract names, kinds): each shape and each distinct string is written once and
 * an entry becomes a row of numbers, so the file is about a third of the entries' JSON and
 * parses without re-reading the same keys and addresses tens of thousands of times.
 */
import { decodeExact, encodeExact } from "./cacheJson";
import type { LedgerEntry } from "../ledger";

/** How a field is written in a row: an index into `strings`, a bigint's decimal digits, as is, or nested. */
const STRING = "s";
const BIGINT = "b";
const PLAIN = "p";
const NESTED = "n";

export interface PackedEntries {
  /** Each shape's keys in their order, and one type letter per key. */
  shapes: { keys: string[]; types: string }[];
  /** Every distinct string value, once. */
  strings: string[];
  /** One per entry: its shape's index, then its values. */
  rows: unknown[][];
}

export function packEntries(entries: readonly LedgerEntry[]): PackedEntries {
  const packed: PackedEntries = { shapes: [], strings: [], rows: [] };
  const shapeIndex = new Map<string, number>();
  const stringIndex = new Map<string, number>();
  for (const entry of entries) {
    const keys = Object.keys(entry);
    const row: unknown[] = [0];
    let types = "";
    for (const key of keys) {
      const value = (entry as unknown as Record<string, unknown>)[key];
      if (typeof value === "string") {
        let index = stringIndex.get(value);
        if (index === undefined) stringIndex.set(value, (index = packed.strings.push(value) - 1));
        types += STRING;
        row.push(index);
      } else if (typeof value === "bigint") {
        types += BIGINT;
        row.push(value.toString());
      } else if (
        value === null ||
        typeof value === "boolean" ||
        (typeof value === "number" && Number.isFinite(value))
      ) {
        types += PLAIN;
        row.push(value);
      } else {
        // Arrays and objects (a proposal's actions, a ballot's ideas); encodeExact refuses what JSON would change.
        if (typeof value === "number") throw new Error(`packEntries: ${key} = ${value} cannot be written exactly`);
        types += NESTED;
        row.push(encodeExact(value));
      }
    }
    const signature = `${keys.join(",")}:${types}`;
    let shape = shapeIndex.get(signature);
    if (shape === undefined) shapeIndex.set(signature, (shape = packed.shapes.push({ keys, types }) - 1));
    row[0] = shape;
    packed.rows.push(row);
  }
  return packed;
}

/** The entries packEntries was given, with their keys in the same order. */
export function unpackEntries({ shapes, strings, rows }: PackedEntries): LedgerEntry[] {
  const entries: LedgerEntry[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const { keys, types } = shapes[row[0] as number];
    const entry: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const value = row[k + 1];
      const type = types[k];
      entry[keys[k]] =
        type === STRING
          ? strings[value as number]
          : type === BIGINT
            ? BigInt(value as string)
            : type === PLAIN
              ? value
              : decodeExact(value);
    }
    entries[r] = entry as unknown as LedgerEntry;
  }
  return entries;
}
