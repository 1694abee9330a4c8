import type { Page } from "playwright-core";
import { decodeFunctionResult, encodeFunctionData, keccak256, toBytes, type ContractFunctionName } from "viem";
import demo from "../deployments/31337.json";
import { puljeGovernorAbi } from "../sdk/generated/pulje";
import { proposalDescription } from "../sdk/model/description";
import type { ProposalActions } from "../sdk/proposals/actions";
import { account, advanceTime, rpc, sendFrom } from "./browser";

/** Waits until the transaction list shows a confirmed transaction whose label matches. */
export async function confirmed(page: Page, label: RegExp): Promise<void> {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** The proposal page's state badge says `name`. */
export async function state(page: Page, name: string): Promise<void> {
  await page.locator(".state-line .badge", { hasText: name }).waitFor();
}

const GOVERNOR = demo.contracts.governor as `0x${string}`;

/** A governor read that takes the proposal's id and returns a time. */
async function governorTime(
  functionName: ContractFunctionName<typeof puljeGovernorAbi, "view">,
  id: bigint,
  governor: `0x${string}`,
): Promise<bigint> {
  const data = encodeFunctionData({ abi: puljeGovernorAbi, functionName, args: [id] } as never);
  const result = await rpc<`0x${string}`>("eth_call", [{ to: governor, data }, "latest"]);
  return decodeFunctionResult({ abi: puljeGovernorAbi, functionName, data: result } as never) as bigint;
}

/** Moves the chain's clock to one second after `time`. */
async function passTime(time: bigint): Promise<void> {
  const block = await rpc<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
  const wait = Number(time) - Number(block.timestamp) + 1;
  if (wait > 0) await advanceTime(wait);
}

/**
 * Passes a pending proposal without the voting pages: `members` vote For (four reach the demo's
 * minimum turnout), then it is queued and carried out — each a real transaction from a demo
 * account, sent to the node. For the tests of what a form proposes: the voting, queueing and
 * carrying out buttons have their own test (journey.e2e.ts). Another demo's fund (the
 * token-weighted one) names its `governor`.
 */
export async function passByRpc(
  id: number,
  members: readonly string[] = ["Camilla", "Anna", "Emma", "Hans"],
  governor: `0x${string}` = GOVERNOR,
): Promise<void> {
  const proposal = BigInt(id);
  const send = (name: string, functionName: "castVote" | "queue" | "execute", args: readonly unknown[]) =>
    sendFrom(name, governor, encodeFunctionData({ abi: puljeGovernorAbi, functionName, args } as never));
  await passTime(await governorTime("proposalSnapshot", proposal, governor));
  for (const member of members) await send(member, "castVote", [proposal, 1]);
  await passTime(await governorTime("proposalDeadline", proposal, governor));
  await send(members[0], "queue", [proposal]);
  await passTime(await governorTime("proposalEta", proposal, governor));
  await send(members[0], "execute", [proposal]);
}

/**
 * `name` proposes `actions` under a public `title` (its text never written to the content
 * service, which the tests that use it do not need), sent to the node. Returns the proposal's id.
 */
export async function proposeByRpc(name: string, title: string, actions: ProposalActions): Promise<bigint> {
  const description = proposalDescription(title, keccak256(toBytes(title)), account(name));
  const args = [actions.targets, actions.values, actions.calldatas, description] as const;
  await sendFrom(name, GOVERNOR, encodeFunctionData({ abi: puljeGovernorAbi, functionName: "propose", args }));
  const data = encodeFunctionData({ abi: puljeGovernorAbi, functionName: "latestProposalIdOf", args: [account(name)] });
  const result = await rpc<`0x${string}`>("eth_call", [{ to: GOVERNOR, data }, "latest"]);
  return decodeFunctionResult({ abi: puljeGovernorAbi, functionName: "latestProposalIdOf", data: result });
}

/** Moves the clock past the proposal's snapshot: its vote is open. */
export async function openForVotes(id: bigint): Promise<void> {
  await passTime(await governorTime("proposalSnapshot", id, GOVERNOR));
}
