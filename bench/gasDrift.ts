import type { ContractSize, Measured } from "./report";

/**
 * How far a measured figure may move before the snapshot check fails: deployments carry the
 * compiler's metadata hash, whose zero and non-zero bytes cost differently, so a change of
 * file path or comment moves them a little; calls are exact, so 0.1 % of a vote is ~50 gas.
 */
export const GAS_TOLERANCE = 0.001;

export interface GasSnapshot {
  ours: Record<string, number>;
  reference: Record<string, number>;
  sizes: Record<string, number>;
}

/** Each row of the snapshot that a new measurement contradicts, in words. */
export function gasDrift(
  committed: GasSnapshot,
  measured: { ours: Measured; reference: Measured; sizes: readonly ContractSize[] },
): string[] {
  const drift: string[] = [];
  for (const side of ["ours", "reference"] as const) {
    const now = measured[side] as Record<string, bigint | undefined>;
    const rows = new Set([...Object.keys(committed[side]), ...Object.keys(now)]);
    for (const row of rows) {
      const before = committed[side][row];
      const after = now[row] === undefined ? undefined : Number(now[row]);
      if (before === undefined || after === undefined) {
        drift.push(`${side} "${row}": ${before === undefined ? "new row" : "no longer measured"}`);
        continue;
      }
      if (Math.abs(after - before) > before * GAS_TOLERANCE)
        drift.push(`${side} "${row}": ${before} -> ${after} (${after > before ? "+" : ""}${after - before})`);
    }
  }
  for (const { name, bytes } of measured.sizes) {
    const before = committed.sizes[name];
    if (before !== bytes) drift.push(`size of ${name}: ${before ?? "new"} -> ${bytes} bytes`);
  }
  return drift;
}
