import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import {
  account,
  advanceTime,
  axeViolations,
  browserForFile,
  connect,
  openPage,
  repeatedButtonNames,
  rpc,
  settle,
  switchAccount,
  uncaughtErrors,
} from "./browser";
import { DAY, openRoundByGovernance } from "./openRound";

async function confirmed(page: Page, label: RegExp) {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** Mines the next block at `timestamp`: a phase boundary of the round. */
async function advanceTo(timestamp: number) {
  await rpc("evm_setNextBlockTimestamp", [timestamp]);
  await rpc("evm_mine");
}

/** Reloads so the page reads the chain after the clock was moved. */
async function reload(page: Page) {
  await page.reload();
  await settle(page);
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe("budget rounds in the browser, with a real wallet", () => {
  const browser = browserForFile();

  it("lists the rounds, and shows a member the open ballot of their own district with what they picked", async () => {
    const page = await openPage(browser(), "/rounds", { as: "Anna" });
    await settle(page);
    await page.getByRole("link", { name: "Borgermillion 2026" }).waitFor();
    expect(await page.locator(".round-card .badge").allInnerTexts()).toEqual(["Voting", "Payout"]);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Borgermillion 2026" }).click();
    await settle(page);
    // How ideas are chosen, as the opening proposal fixed it before ideas were collected.
    const criteria = page.getByRole("region", { name: "How ideas are chosen" });
    await criteria.getByText("Kommunens fagfolk vurderer hver idé, før der stemmes.").waitFor();
    expect(await criteria.locator("li").allInnerTexts()).toEqual([
      "gavner bydelen og er åben for alle,",
      "kan gennemføres inden for et år og holder sig inden for bydelens budget,",
      "ikke strider mod lov, lokalplan eller kommunens andre planer.",
    ]);
    await connect(page, "Anna");
    // Her district is chosen for her, and her ballot from the demo is shown and can be replaced.
    await page.getByRole("heading", { name: "Your ballot for Skovlunde" }).waitFor();
    await page.getByText(/^Your ballot picks #\d/).waitFor();
    expect(await page.locator('.district-nav [aria-current="page"]').innerText()).toBe("Skovlunde (yours)");
    await page.getByRole("button", { name: "Replace my ballot" }).waitFor();
    // Infeasible ideas are listed apart, with the reviewer's reason.
    expect(await page.getByRole("heading", { name: "Not on the ballot" }).count()).toBe(1);
    expect(await page.locator(".review-reason").count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Another district's page says where she can vote.
    await page.getByRole("link", { name: "Måløv" }).click();
    await page.getByText("You vote in your own district, Skovlunde.").waitFor();

    // The proposal that opened the round pays its budget into the round's escrow: the fund's
    // own account, not a payee waiting to be verified.
    await page.goto(`${inject("appUrl")}/proposals/8`);
    await settle(page);
    const payment = page.locator(".actions li", { hasText: /^Pay / });
    await payment.getByText("The fund's own account").waitFor();
    expect(await payment.getByText("Not verified").count()).toBe(0);
    // Members voting to open the round read its criteria there too, before any idea exists.
    await page
      .getByRole("region", { name: "How ideas are chosen" })
      .getByText("Kommunens fagfolk vurderer hver idé, før der stemmes.")
      .waitFor();
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("runs a round: a member sends ideas, a reviewer assesses them, members vote within the budget, results are published, a winner is paid, and History shows the payment", async () => {
    const { round, params } = await openRoundByGovernance();
    const page = await openPage(browser(), `/rounds/${round}`, { as: "Anna" });
    await settle(page);
    await connect(page, "Anna");
    await page.getByText("Members send ideas until").waitFor();
    await expectAccessible(page);

    // Ideas: the form checks before sending and keeps what was typed.
    const form = page.locator(".idea-form");
    await form.getByLabel("Estimated cost (DKK)").fill("60000");
    await form.getByRole("button", { name: "Send idea" }).click();
    await form.getByText("The cost is above the district's budget of").waitFor();
    await form.getByText("Give the idea a title.").waitFor();
    await form.getByLabel("Estimated cost (DKK)").fill("45000");
    await form.getByLabel("Title", { exact: true }).fill("Shelter ved Harrestrup Å");
    await form.getByLabel("What it is, where, and who benefits").fill("Et shelter til spejdere og skoleklasser.");
    await form.getByRole("button", { name: "Send idea" }).click();
    await confirmed(page, /Send the idea “Shelter ved Harrestrup Å”/);
    await page.getByRole("heading", { name: "Idea #1 Shelter ved Harrestrup Å" }).waitFor();
    await expect.poll(() => form.getByLabel("Title", { exact: true }).inputValue(), { timeout: 15_000 }).toBe(""); // the draft is cleared once sent
    await form.getByLabel("Estimated cost (DKK)").fill("20000");
    await form.getByLabel("Title", { exact: true }).fill("Bålplads ved spejderhytten");
    await form.getByLabel("What it is, where, and who benefits").fill("Et bålsted med bænke til spejderne.");
    await form.getByRole("button", { name: "Send idea" }).click();
    await confirmed(page, /Bålplads ved spejderhytten/);
    await page.getByRole("heading", { name: "Idea #2 Bålplads ved spejderhytten" }).waitFor();

    // Review: the reviewer revises the first idea's cost and names the payee.
    await advanceTo(Number(params.ideasEnd) + 1);
    await switchAccount(page, "Borgerservice");
    await reload(page);
    await page.getByRole("heading", { name: "Ideas to review" }).waitFor();
    await page.getByText("2 ideas wait for review").waitFor();
    await expectAccessible(page);
    const first = page.locator(".review-queue li", { hasText: "Shelter ved Harrestrup Å" });
    await first.getByRole("radio", { name: "Feasible", exact: true }).check();
    await first.getByLabel("Cost (DKK)").fill("40000");
    await first.getByLabel("Paid to (address)").fill(account("Skovlunde Ungdomsklub"));
    await first.getByRole("button", { name: "Save assessment of #1" }).click();
    await first.getByText("Give a reason.").waitFor(); // nothing sent without a reason
    await first.getByLabel("Reason (public)").fill("Tilbud fra kommunens tømrer");
    await first.getByRole("button", { name: "Save assessment of #1" }).click();
    await confirmed(page, /Review idea #1/);
    const second = page.locator(".review-queue li", { hasText: "Bålplads ved spejderhytten" });
    await second.getByRole("radio", { name: "Feasible", exact: true }).check();
    await second.getByLabel("Paid to (address)").fill(account("Skovlunde Ungdomsklub"));
    await second.getByLabel("Reason (public)").fill("Kan bygges af frivillige");
    await second.getByRole("button", { name: "Save assessment of #2" }).click();
    await confirmed(page, /Review idea #2/);
    await page.getByText("Every idea has been reviewed.").waitFor();

    // Voting: the budget bar fills and says why the second idea no longer fits.
    await advanceTo(Number(params.reviewEnd) + 1);
    await switchAccount(page, "Anna");
    await reload(page);
    await page.getByRole("heading", { name: "Your ballot for Skovlunde" }).waitFor();
    const bar = page.getByRole("meter", { name: "Budget used" });
    expect(await bar.getAttribute("aria-valuenow")).toBe("0");
    await page.getByRole("checkbox", { name: /Shelter ved Harrestrup Å/ }).check();
    expect(await bar.getAttribute("aria-valuenow")).toBe("80");
    await expect(page.getByRole("checkbox", { name: /Bålplads/ }).isDisabled()).resolves.toBe(true);
    await page.getByText(/Does not fit: it would go .*10,000.* over the budget/).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Cast ballot" }).click();
    await confirmed(page, /Cast your ballot/);
    await page.getByText("Your ballot picks #1. You can change it until voting closes.").waitFor();
    for (const [member, pick] of [
      ["Bo", /Shelter/],
      ["Camilla", /Bålplads/],
    ] as const) {
      await switchAccount(page, member);
      await reload(page);
      await page.getByRole("checkbox", { name: pick }).check();
      await page.getByRole("button", { name: "Cast ballot" }).click();
      await confirmed(page, /Cast your ballot/);
    }

    // Results: anyone publishes them, here Skovlunde's first on its own; the shelter wins, and the
    // fire pit no longer fits after it. The other districts follow with the round-wide button.
    await advanceTo(Number(params.votingEnd) + 1);
    await reload(page);
    await page.getByRole("button", { name: "Publish the results for Skovlunde only" }).click();
    await confirmed(page, /Publish the results for Skovlunde/);
    await page.locator(".results-list li").nth(1).waitFor();
    await page.getByRole("button", { name: "Publish the results", exact: true }).click();
    await confirmed(page, /Publish the round's results/);
    await page.getByRole("button", { name: "Publish the results", exact: true }).waitFor({ state: "detached" });
    const results = await page.locator(".results-list li").allInnerTexts();
    expect(results).toHaveLength(2);
    expect(results[0]).toMatch(/^#1 Shelter ved Harrestrup Å — .*40,000.*, 2 votes: Won$/);
    // It says why: the shelter took 40,000 of the 50,000 before its turn came.
    expect(results[1]).toMatch(
      /^#2 Bålplads ved spejderhytten — .*20,000.*, 1 vote: Not funded: it did not fit in the remaining budget \(.*10,000 was left when its turn came\)$/,
    );
    await expectAccessible(page);

    // Payout: after the objection period anyone pays the winner.
    await advanceTime(DAY);
    await reload(page);
    const winner = page.locator("li.idea", { hasText: "Shelter ved Harrestrup Å" });
    // Named after its idea, as every repeated button on the page is.
    expect(await repeatedButtonNames(page)).toEqual([]);
    await winner.getByRole("button", { name: "Pay out idea #1", exact: true }).click();
    await confirmed(page, /Pay idea #1/);
    await winner.locator(".badge", { hasText: "Paid" }).waitFor();

    await page.getByRole("link", { name: "History" }).click();
    await settle(page);
    await page
      .getByText(/Paid .*40,000.* to Skovlunde Ungdomsklub .* for idea #1/)
      .first()
      .waitFor();
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
