/**
 * Commitments for contract tests. A contract only stores and emits a text's commitment, so the
 * tests need distinct non-zero bytes32 values that say what they stand for; `text("Benches")`
 * is keccak256 of the words, enough for a contract that never sees them. The real scheme
 * (salted, domain-separated) is sdk/content/commitment.ts, tested there and end to end.
 */
import { id } from "ethers";
import type { Hex } from "viem";

export function text(words: string): Hex {
  return id(`test text: ${words}`) as Hex;
}

/** A vote reason as the governor accepts it: a reference to the text's commitment. */
export function reasonReference(words: string): string {
  return `pulje-text:${text(words)}`;
}
