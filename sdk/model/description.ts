import { getAddress, keccak256, toBytes, type Hex } from "viem";

const PROPOSER_SUFFIX = /\n*#proposer=0x[0-9a-fA-F]{40}$/;

/**
 * A proposal's description: a Markdown title line, the body, and OpenZeppelin's `#proposer=`
 * suffix, which lets only `proposer` submit these exact actions and text — nobody can
 * front-run the proposal and take its place.
 */
export function proposalDescription(title: string, body: string, proposer: string): string {
  const heading = `# ${title.trim()}`;
  const text = body.trim() === "" ? heading : `${heading}\n\n${body.trim()}`;
  return `${text}\n\n#proposer=${getAddress(proposer)}`;
}

/** The title (first line, without its `#`) and the body of a description, suffix removed. */
export function parseDescription(description: string): { title: string; body: string } {
  const text = description.replace(PROPOSER_SUFFIX, "");
  const [first, ...rest] = text.split("\n");
  return { title: first.replace(/^#+\s*/, "").trim(), body: rest.join("\n").trim() };
}

/** The hash the governor and the treasury's `decision` know a proposal's description by. */
export function descriptionHash(description: string): Hex {
  return keccak256(toBytes(description));
}
