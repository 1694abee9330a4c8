/**
 * Values as plain JSON and back, exactly, bigints included, for the audit's disk cache. A
 * bigint becomes a string behind a NUL mark ("\u0000n123"); a string that itself starts with
 * NUL gets a second one, so no text from the chain is ever taken for a number. Decoding walks
 * the parsed value once: a JSON.parse reviver would be called for every value of the file and
 * costs several times more.
 */

const MARK = "\u0000";
const BIGINT = `${MARK}n`;

/** `value` with every bigint marked and every NUL-led string escaped; refuses undefined, which JSON drops. */
export function encodeExact(value: unknown): unknown {
  if (typeof value === "bigint") return BIGINT + value.toString();
  if (typeof value === "string") return value.startsWith(MARK) ? MARK + value : value;
  if (value === undefined) throw new Error("encodeExact: undefined cannot be written exactly");
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(encodeExact);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, encodeExact(v)]));
}

/** The value encodeExact was given; changes the parsed `value` in place. */
export function decodeExact(value: unknown): unknown {
  if (typeof value === "string") {
    if (value.charCodeAt(0) !== 0) return value;
    return value.charCodeAt(1) === 0 ? value.slice(1) : BigInt(value.slice(2));
  }
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeExact(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) record[key] = decodeExact(record[key]);
  return value;
}
