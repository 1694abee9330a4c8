/**
 * How the erasure log the service shows stands against the root the chain anchored: pure, so
 * each case is tested.
 */
import type { Hex } from "viem";
import { erasureLogProblems, erasureLogRoot, matchesAnchor, type ErasureLogEntry } from "@sdk/content/erasureLog";

export type AnchorStatus =
  /** The log's hash chain is broken: no anchor can vouch for it. */
  | { kind: "broken"; problems: string[] }
  /** The chain holds the log's current root. */
  | { kind: "current"; entries: number }
  /** The chain holds an earlier root of this log; the newer entries wait to be anchored. */
  | { kind: "behind"; anchored: number; entries: number }
  /** The chain holds a root this log does not lead to: it was rewritten or shortened. */
  | { kind: "diverged"; anchored: number; entries: number };

export function anchorStatus(
  entries: readonly ErasureLogEntry[],
  anchored: { root: Hex; entries: number },
): AnchorStatus {
  const problems = erasureLogProblems(entries);
  if (problems.length > 0) return { kind: "broken", problems };
  const { root } = erasureLogRoot(entries);
  if (!matchesAnchor(entries, anchored))
    return { kind: "diverged", anchored: anchored.entries, entries: entries.length };
  if (
    anchored.entries === entries.length &&
    (entries.length === 0 || anchored.root.toLowerCase() === root.toLowerCase())
  )
    return { kind: "current", entries: entries.length };
  return { kind: "behind", anchored: anchored.entries, entries: entries.length };
}
