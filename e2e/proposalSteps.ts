import type { Page } from "playwright-core";
import { advanceTime, switchAccount } from "./browser";

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
