import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  account,
  advanceTime,
  axeViolations,
  browserForFile,
  connect,
  nextBlock,
  openPage,
  settle,
  switchAccount,
} from "./browser";
import { confirmed, passByRpc, state } from "./proposalSteps";

const DAY = 86_400;
const TITLE = "Julebelysning på Skovlunde Torv";

async function vote(page: Page, choice: "For" | "Against" | "Abstain", reason = "", id = 24) {
  await page.getByRole("radio", { name: choice, exact: true }).check();
  if (reason) await page.getByLabel("Reason (optional, public)").fill(reason);
  await page.getByRole("button", { name: "Cast vote" }).click();
  await confirmed(page, new RegExp(`Vote on proposal #${id}\\b`));
  await page.getByText(`You voted ${choice}.`).waitFor();
}

/** Presses Tab until the focused element matches, as a keyboard-only visitor would move. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 100) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (
      await page.evaluate(
        (source) => new Function("el", `return (${source})(el)`)(document.activeElement),
        matches.toString(),
      )
    )
      return;
  }
  throw new Error("could not reach the element with the keyboard");
}

describe("a grant from idea to payout, in the browser with a real wallet", () => {
  const browser = browserForFile();

  it("a member delegates and takes the vote back, proposes a grant, members vote, anyone queues and executes, and the payment shows up", async () => {
    // A member connects and delegates, then takes the vote back.
    const page = await openPage(browser(), "/delegation", { as: "Dennis" });
    await settle(page);
    await connect(page, "Dennis");
    await page.getByText("Your vote goes to: yourself").waitFor();
    await page.getByLabel("Delegate your vote to").selectOption({ label: "Anna (0x90F7…b906)" });
    await page.getByRole("button", { name: "Delegate to this member" }).click();
    await confirmed(page, /Delegate your vote/);
    await page.getByText("Your voting power now: 0").waitFor();
    expect(await page.locator("main").innerText()).toContain("Anna (0x90F7…b906)");
    await page.getByRole("button", { name: "Vote myself" }).click();
    await page.getByText("Your voting power now: 1").waitFor();
    // Like the governor, the form counts votes from the block after they were gained.
    await nextBlock();

    // The member writes a grant; the preview says what it will do.
    await page.getByRole("link", { name: "New grant" }).click();
    await page.getByLabel("Recipient address").fill(account("Skovlunde Ungdomsklub"));
    await page.getByLabel("Asset").selectOption({ label: "Danish Krone (DKKT)" });
    await page.getByLabel("Amount").fill("12345,50");
    await page.getByLabel("Title", { exact: true }).fill(TITLE);
    await page.getByLabel("Description (Markdown)").fill("**LED-kæder** i træerne på torvet, fra 1. december.");
    await page.getByText("Pay DKK 12,345.50 to Skovlunde Ungdomsklub (0x8626…1199)").waitFor();
    await page.getByRole("button", { name: "Propose grant" }).click();
    await page.waitForURL(/\/proposals\/24$/, { timeout: 30_000 });
    await page.getByRole("heading", { name: new RegExp(TITLE) }).waitFor();
    await state(page, "Pending");
    await page.getByText("Pay DKK 12,345.50 to Skovlunde Ungdomsklub (0x8626…1199)").waitFor();

    // Voting opens; members vote (one of them by keyboard alone).
    await advanceTime(DAY + 60);
    await page.reload();
    await state(page, "Voting open");
    await vote(page, "For", "Lys gør torvet trygt");
    for (const member of ["Anna", "Emma"]) {
      await switchAccount(page, member);
      await vote(page, "For");
    }
    await switchAccount(page, "Gitte");
    await page.getByRole("radio", { name: "Against", exact: true }).waitFor();
    await tabTo(page, (el) => el instanceof HTMLInputElement && el.type === "radio");
    await page.keyboard.press("ArrowRight"); // from the group's first radio (For) to Against
    await page.keyboard.press("Space");
    await tabTo(page, (el) => el instanceof HTMLButtonElement && el.textContent === "Cast vote");
    await page.keyboard.press("Enter");
    await confirmed(page, /Vote on proposal #24/);
    await page.getByText("You voted Against.").waitFor();
    await page.getByText("Minimum turnout: 4 of 4 votes — reached ✓").waitFor();

    // The vote closes; a resident who is not a member queues it; the timelock runs out; it is executed.
    await advanceTime(6 * DAY + 60);
    await page.reload();
    await switchAccount(page, "Sofie");
    await state(page, "Passed");
    await page.getByRole("button", { name: "Start the waiting period" }).click();
    await confirmed(page, /Start the waiting period for proposal #24/);
    await state(page, "Waiting period");
    await expect(page.getByRole("button", { name: "Carry out" }).isDisabled()).resolves.toBe(true);
    await advanceTime(2 * DAY + 60);
    await page.reload();
    await page.getByRole("button", { name: "Carry out" }).click();
    await confirmed(page, /Carry out proposal #24/);
    await state(page, "Carried out");

    // The overview shows the payment, History shows it tied to the proposal, and the CSV has it.
    await page.getByRole("link", { name: "Overview" }).click();
    await page.getByText("Paid DKK 12,345.50 to Skovlunde Ungdomsklub (0x8626…1199)").waitFor();
    await page.getByRole("link", { name: "History" }).click();
    await page.getByText("Paid DKK 12,345.50 to Skovlunde Ungdomsklub (0x8626…1199) for proposal #24").waitFor();
    await page.locator('.reconciliation [data-balanced="true"]', { hasText: "DKKT" }).waitFor();
    // Each round's escrow keeps what went to winners apart from what went back to the treasury:
    // the 2025 round paid 193,000 of its 400,000 to winners and returned the rest; the 2026 round
    // still holds its whole budget.
    const escrows = page.locator(".reconciliation [data-escrow]");
    await escrows.nth(1).waitFor();
    const figures = (await escrows.allInnerTexts()).map((line) => {
      // Currency amounts have a no-break space after the symbol.
      const match =
        /^✓ Budget round 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}: balance DKK\s([\d,]+) = paid in DKK\s([\d,]+) − paid to winners DKK\s([\d,]+) − returned to the treasury DKK\s([\d,]+)\. Balanced\.$/.exec(
          line.trim(),
        );
      expect(match, line).not.toBeNull();
      return match!.slice(1).map((n) => Number(n.replace(/,/g, "")));
    });
    expect(figures).toHaveLength(2);
    expect(figures[0]).toEqual([0, 400_000, 193_000, 207_000]);
    const [holds, budget, released, returned] = figures[1];
    expect([holds, released, returned]).toEqual([budget, 0, 0]);
    // The fee fund: the demo's top-up of 2 ETH, less the fee of Rasmus's vote from his passkey
    // account (the one sponsored action so far), as the EntryPoint holds it (shown to 4 decimals).
    const gasFund = (await page.locator(".reconciliation [data-gas-fund]").innerText()).replace(/\s+/g, " ").trim();
    const fee =
      /^✓ Fee fund \(it pays members' fees\): balance ([\d.]+) ETH = put in 2 ETH − fees paid ([\d.]+) ETH − taken back 0 ETH\. Balanced\. Actions paid for: 1\.$/.exec(
        gasFund,
      );
    expect(fee, gasFund).not.toBeNull();
    expect(Number(fee![1]) + Number(fee![2])).toBeCloseTo(2, 3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFtime,block,transaction,kind")).toBe(true);
    // The payment names the proposal it carried out (#24) and the decision hash it recorded.
    const payment = csv.split("\r\n").find((line) => line.includes(",payment,") && line.includes("12345.5"));
    const paid = /,payment,treasury,24,(0x[0-9a-f]{64}),,,,,,,,(0x[0-9a-fA-F]{40}),DKKT,12345\.5,12345500000,,,$/.exec(
      payment!,
    );
    expect(paid?.[2]).toBe(account("Skovlunde Ungdomsklub"));
    // The title stayed off chain (no public title): the row carries the commitment, and the text
    // the content service published beside it.
    const proposalRow = csv.split("\r\n").find((line) => line.includes(",proposal,governor,24,"));
    // The last two cells: the commitment and the quoted text (the transaction hash is a 0x-64 too).
    const [, head, commitment, text] = /^(.*),(0x[0-9a-f]{64}),(".*")$/s.exec(proposalRow!)!;
    // The proposal's row carries its description hash: the decision its payment recorded.
    expect(head.split(",").slice(3)).toEqual([
      "proposal",
      "governor",
      "24",
      paid![1],
      ...Array(6).fill(""),
      account("Dennis"),
      ...Array(5).fill(""),
    ]);
    expect(commitment).toMatch(/^0x[0-9a-f]{64}$/);
    expect(text).toBe(`"${TITLE}\n\n**LED-kæder** i træerne på torvet, fra 1. december."`);
  });

  it("a member proposes two thirds as the majority on the Rules page, members pass it, and the Rules page says so in English and Danish", async () => {
    const page = await openPage(browser(), "/rules", { as: "Camilla" });
    await settle(page);
    await page.getByText("To pass, a proposal needs more than half of the votes For or Against.").waitFor();
    await connect(page, "Camilla");

    // The form refuses a share below one half before anything is signed, and keeps the draft.
    const majority = page.getByLabel("Majority needed to pass");
    await majority.selectOption({ label: "Another percentage" });
    await page.getByLabel("Share of the votes For or Against needed (percent, 50 to 100)").fill("45");
    await page.getByLabel("Title", { exact: true }).fill("To tredjedele for at vedtage");
    await page.getByLabel("Why (Markdown)").fill("Store beslutninger skal have bred opbakning.");
    await page.getByRole("button", { name: "Propose these rules" }).click();
    await page.getByText("Enter a percent from 50 to 100, with at most two decimals.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await majority.selectOption({ label: "At least two thirds" });
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("To tredjedele for at vedtage");
    await page.getByRole("button", { name: "Propose these rules" }).click();
    await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    await state(page, "Pending");
    await page
      .getByText("Set the majority a proposal needs to at least two thirds of the votes For or Against")
      .waitFor();

    // Four members vote For (the minimum turnout is 4); it passes, waits and is carried out.
    await passByRpc(id);
    await page.reload();
    await state(page, "Carried out");

    // The Rules page says the new majority, in English and in Danish; History has the change.
    await page.getByRole("link", { name: "Rules" }).click();
    await page.getByText("To pass, a proposal needs at least two thirds of the votes For or Against.").waitFor();
    await page.getByRole("link", { name: "History" }).click();
    await page
      .getByText(
        "The majority a proposal needs changed from more than half of the votes For or Against to at least two thirds of the votes For or Against",
      )
      .waitFor();
    const danish = await openPage(browser(), "/rules", { locale: "da" });
    await settle(danish);
    await danish
      .getByText("For at blive vedtaget skal et forslag have mindst to tredjedele af stemmerne »For« eller »Imod«.")
      .waitFor();
    expect(await axeViolations(danish)).toEqual([]);
  });
});
