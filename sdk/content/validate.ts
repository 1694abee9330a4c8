import { normaliseText } from "./commitment";
import { TEXT_KINDS, type TextFields, type TextKind } from "./kinds";

/** What is wrong with one field of a text. */
export type TextProblem =
  | { field: string; problem: "missing" }
  | { field: string; problem: "tooLong"; max: number; length: number }
  | { field: string; problem: "unknown" };

/**
 * The problems of `fields` as a text of `kind`, field by field (none: an empty list). Lengths
 * count characters (code points) of the normalised text, as a reader would.
 */
export function textProblems(kind: TextKind, fields: Record<string, unknown>): TextProblem[] {
  const spec = TEXT_KINDS[kind];
  const optional: readonly string[] = "optional" in spec ? spec.optional : [];
  const problems: TextProblem[] = [];
  for (const [field, max] of Object.entries(spec.fields) as [string, number][]) {
    const value = fields[field];
    const blank = value === undefined || (typeof value === "string" && value.trim() === "");
    if (blank || typeof value !== "string") {
      if (!(blank && optional.includes(field))) problems.push({ field, problem: "missing" });
      continue;
    }
    const length = [...normaliseText(value)].length;
    if (length > max) problems.push({ field, problem: "tooLong", max, length });
  }
  for (const field of Object.keys(fields)) {
    if (!(field in spec.fields)) problems.push({ field, problem: "unknown" });
  }
  return problems;
}

/** `fields` as a text of `kind`, or an error naming every problem. Optional fields default to "". */
export function checkedText<K extends TextKind>(kind: K, fields: Record<string, unknown>): TextFields<K> {
  const problems = textProblems(kind, fields);
  if (problems.length > 0) {
    const list = problems.map((p) =>
      p.problem === "tooLong" ? `${p.field} is longer than ${p.max}` : `${p.field} is ${p.problem}`,
    );
    throw new Error(`Not a valid ${kind} text: ${list.join(", ")}`);
  }
  const names = Object.keys(TEXT_KINDS[kind].fields);
  return Object.fromEntries(names.map((name) => [name, normaliseText(String(fields[name] ?? ""))])) as TextFields<K>;
}
