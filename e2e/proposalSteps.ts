import type { Page } from "playwright-core";
import { decodeFunctionResult, encodeFunctionData, type ContractFunctionName } from "viem";
import demo from "../deployments/31337.json";
import { puljeGovernorAbi } from "../sdk/generated/pulje";
import { advanceTime, rpc, sendFrom, switchAccount } from "./browser";

const DAY = 86_400;

/** Waits until the transaction list shows a confirmed transaction whose label matches. */
export async function confirmed(page: Page, label: RegExp): Promise<void> {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** The proposal page's state badge says `name`. */
export async function state(page: Page, name: string): Promise<void> {
  await page.locator(".state-line .badge", { hasText: name }).waitFor();
}

/**
 * Takes a pending proposal, open on its page, through the demo's governor in English: voting
 * opens after a day, `members` vote For (four reach the demo's minimum turnout), the vote ends
 * after a week, the waiting period starts and ends, and it is carried out — each step a button
 * on the page and a real transaction.
 */
export async function passOnItsPage(page: Page, id: number, members: readonly string[]): Promise<void> {
  await advanceTime(DAY + 60);
  await page.reload();
  await state(page, "Voting open");
  for (const member of members) {
    await switchAccount(page, member);
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await page.getByRole("button", { name: "Cast vote" }).click();
    await confirmed(page, new RegExp(`Vote on proposal #${id}\\b`));
    await page.getByText("You voted For.").waitFor();
  }
  await advanceTime(6 * DAY + 60);
  await page.reload();
  await state(page, "Passed");
  await page.getByRole("button", { name: "Start the waiting period" }).click();
  await confirmed(page, new RegExp(`Start the waiting period for proposal #${id}\\b`));
  await advanceTime(2 * DAY + 60);
  await page.reload();
  await page.getByRole("button", { name: "Carry out" }).click();
  await confirmed(page, new RegExp(`Carry out proposal #${id}\\b`));
  await state(page, "Carried out");
}

const GOVERNOR = demo.contracts.governor as `0x${string}`;

/** A governor read that takes the proposal's id and returns a time. */
async function governorTime(
  functionName: ContractFunctionName<typeof puljeGovernorAbi, "view">,
  id: bigint,
): Promise<bigint> {
  const data = encodeFunctionData({ abi: puljeGovernorAbi, functionName, args: [id] } as never);
  const result = await rpc<`0x${string}`>("eth_call", [{ to: GOVERNOR, data }, "latest"]);
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
 * account, sent to the node. For the tests of what a form proposes; the voting, queueing and
 * carrying out pages have their own tests (journey, and passOnItsPage above).
 */
export async function passByRpc(
  id: number,
  members: readonly string[] = ["Camilla", "Anna", "Emma", "Hans"],
): Promise<void> {
  const proposal = BigInt(id);
  const send = (name: string, functionName: "castVote" | "queue" | "execute", args: readonly unknown[]) =>
    sendFrom(name, GOVERNOR, encodeFunctionData({ abi: puljeGovernorAbi, functionName, args } as never));
  await passTime(await governorTime("proposalSnapshot", proposal));
  for (const member of members) await send(member, "castVote", [proposal, 1]);
  await passTime(await governorTime("proposalDeadline", proposal));
  await send(members[0], "queue", [proposal]);
  await passTime(await governorTime("proposalEta", proposal));
  await send(members[0], "execute", [proposal]);
}
