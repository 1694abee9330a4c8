/**
 * The plain-text tables every benchmark prints: columns padded to their widest cell, numbers
 * right-aligned. `alignRight` says which columns; by default every column but the first.
 */
export function textTable(header: string[], rows: string[][], alignRight?: boolean[]): string {
  const right = alignRight ?? header.map((_, i) => i > 0);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("-|-");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** Gas with thousands separators, or a dash for an operation not measured. */
export function gasText(gas: bigint | undefined): string {
  return gas === undefined ? "—" : gas.toLocaleString("en-US");
}
