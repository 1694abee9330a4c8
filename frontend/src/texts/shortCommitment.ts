import type { Hex } from "viem";

/** A commitment or root short enough for a table, still enough to tell one from another. */
export const shortCommitment = (hash: Hex): string => `${hash.slice(0, 10)}…${hash.slice(-4)}`;
