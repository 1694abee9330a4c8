const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 60,
  min: 60,
  minute: 60,
  h: 3600,
  hour: 3600,
  d: 86_400,
  day: 86_400,
  w: 604_800,
  week: 604_800,
};

/**
 * Reads a duration written for people: a number of seconds (3600) or a number and a unit
 * ("2 days", "36 hours", "90 min", "1 week", "45s"). Returns whole seconds.
 */
export function parseDuration(value: unknown): number {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) throw new Error(`must be a whole number of seconds, got ${value}`);
    return value;
  }
  if (typeof value !== "string") {
    throw new Error(`must be seconds or a text like "2 days", got ${JSON.stringify(value)}`);
  }
  const match = /^\s*(\d+)\s*([a-z]*?)s?\s*$/i.exec(value);
  const unit = match ? (match[2] === "" ? "s" : match[2].toLowerCase()) : "";
  if (!match || !(unit in UNIT_SECONDS)) {
    throw new Error(
      `must be seconds or a text like "2 days" (units: seconds, minutes, hours, days, weeks), got ${JSON.stringify(value)}`,
    );
  }
  return Number(match[1]) * UNIT_SECONDS[unit];
}

/** Writes seconds the way a person would say them: "2 days", "1 day 6 hours", "45 seconds". */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return "0 seconds";
  const parts: string[] = [];
  let rest = seconds;
  for (const [name, size] of [
    ["week", 604_800],
    ["day", 86_400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count} ${name}${count === 1 ? "" : "s"}`);
    rest -= count * size;
  }
  return parts.slice(0, 2).join(" ");
}
