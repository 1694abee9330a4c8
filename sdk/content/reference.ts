/**
 * How a commitment travels inside a string the governor requires: a proposal's description and
 * a vote's reason. OpenZeppelin's Governor takes free text there; Pulje puts only a reference to
 * the text (and, in a description, a title its proposer chose to make permanent).
 */
import { getAddress, type Hex } from "viem";

/** `pulje-text:0x` and the commitment's 64 lowercase hex digits: 77 characters. */
export const TEXT_REFERENCE_PREFIX = "pulje-text:";
const REFERENCE = /pulje-text:(0x[0-9a-f]{64})/;
const PROPOSER_SUFFIX = /\n*#proposer=0x[0-9a-fA-F]{40}$/;

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

/**
 * A proposal's description: the public title if the proposer chose to publish one (a Markdown
 * heading, permanent on chain), the reference to the proposal's text, and OpenZeppelin's
 * `#proposer=` suffix, which lets only `proposer` submit these exact actions and description.
 */
export function proposalDescription(publicTitle: string | null, commitment: Hex, proposer: string): string {
  const title = publicTitle?.trim();
  const reference = textReference(commitment);
  const text = title ? `# ${title.replace(/\s+/g, " ")}\n\n${reference}` : reference;
  return `${text}\n\n#proposer=${getAddress(proposer)}`;
}

/** What a description says on chain: its public title (or null) and the text it refers to (or null). */
export function parseDescription(description: string): { publicTitle: string | null; commitment: Hex | null } {
  const text = description.replace(PROPOSER_SUFFIX, "");
  const heading = /^#+[ \t]*([^\n]*)/.exec(text);
  const title = heading?.[1].trim();
  return { publicTitle: title ? title : null, commitment: referencedCommitment(text) };
}
