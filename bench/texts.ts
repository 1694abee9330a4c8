/**
 * Commitments for the benchmarks. Gas depends on a commitment's bytes (a zero byte of calldata
 * costs 4 gas, any other 16), so each benchmark text has a fixed commitment derived from its
 * label: the same rows every run, unlike the fresh random salt a real text gets. What the
 * contracts do with a commitment does not depend on its value.
 */
import { keccak256, toBytes, type Hex } from "viem";
import { textReference } from "../sdk/content/reference";

export function benchText(label: string): Hex {
  return keccak256(toBytes(`bench text: ${label}`));
}

/** A vote reason as PuljeGovernor takes it: a reference to the reason's commitment. */
export function benchReason(label: string): string {
  return textReference(benchText(label));
}
