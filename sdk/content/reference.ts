/**
 * How a commitment travels inside a string the governor requires: a proposal's description and
 * a vote's reason. OpenZeppelin's Governor takes free text there; Pulje puts only a reference to
 * the text (and, in a description, a title its proposer chose to make permanent).
 */
import type { Hex } from "viem";

/** `pulje-text:0x` and the commitment's 64 lowercase hex digits: 77 characters. */
export const TEXT_REFERENCE_PREFIX = "pulje-text:";
const REFERENCE = /pulje-text:(0x[0-9a-f]{64})/;

/** The reference to `commitment` as a string (also what PuljeGovernor accepts as a vote reason). */
export function textReference(commitment: Hex): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(commitment)) throw new Error(`textReference: ${commitment} is not 32 bytes`);
  return `${TEXT_REFERENCE_PREFIX}${commitment.toLowerCase()}`;
}

/** The commitment a string refers to (its first reference), or null if it has none. */
export function referencedCommitment(text: string): Hex | null {
  const found = REFERENCE.exec(text);
  return found ? (found[1] as Hex) : null;
}
