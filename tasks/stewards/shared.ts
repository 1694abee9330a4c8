import type { Hex } from "viem";
import type { TextStore } from "../../harness/texts";
import type { ProposalActions } from "../../sdk/proposals/actions";
import type { fundContext } from "../context";

// What the stewards' tasks (pools, payees, milestones) share. Type imports only: the task files
// are loaded before typechain has run.

export function iso(timestamp: bigint | number): string {
  return new Date(Number(timestamp) * 1000).toISOString().replace(".000Z", "Z");
}

export function checkedAddress(flag: string, value: string, isAddress: (v: string) => boolean): string {
  if (!isAddress(value)) throw new Error(`${flag} must be an address, got "${value}"`);
  return value;
}

/**
 * Proposes `actions` with a description naming the proposer, confirms the texts it carries
 * (`commitments`: the proposal's own and its actions'), and returns the new proposal's id.
 */
export async function propose(
  context: Awaited<ReturnType<typeof fundContext>>,
  actions: ProposalActions,
  description: string,
  commitments: readonly Hex[],
  texts: TextStore,
): Promise<bigint> {
  const operations = await import("../../harness/operations");
  return operations.propose(context.fund, context.signer, actions, description, commitments, texts);
}
