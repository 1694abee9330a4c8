import { getAddress, keccak256, toBytes, type Hex } from "viem";
import { referencedCommitment, textReference } from "../content/reference";

const PROPOSER_SUFFIX = /\n*#proposer=0x[0-9a-fA-F]{40}$/;

/**
 * A proposal's description as the governor keeps it for ever: the public title, only if the
 * proposer chose to publish one (a Markdown heading), the reference to the proposal's text in
 * the content service, and OpenZeppelin's `#proposer=` suffix, which lets only `proposer`
 * submit these exact actions and description — nobody can front-run it and take its place.
 */
export function proposalDescription(publicTitle: string | null, text: Hex, proposer: string): string {
  const title = publicTitle?.replace(/\s+/g, " ").trim();
  const reference = textReference(text);
  return `${title ? `# ${title}\n\n${reference}` : reference}\n\n#proposer=${getAddress(proposer)}`;
}

/**
 * What a description says on chain: its public title (null if none) and the commitment to the
 * proposal's text (null for a description another client wrote without one). A description
 * without a reference is shown by its first line, as generic governance clients do.
 */
export function parseDescription(description: string): { publicTitle: string | null; text: Hex | null } {
  const body = description.replace(PROPOSER_SUFFIX, "");
  const text = referencedCommitment(body);
  const first = body.split("\n")[0];
  const title = first.startsWith("pulje-text:") ? "" : first.replace(/^#+\s*/, "").trim();
  return { publicTitle: title === "" ? null : title, text };
}

/** The hash the governor and the treasury's `decision` know a proposal's description by. */
export function descriptionHash(description: string): Hex {
  return keccak256(toBytes(description));
}
