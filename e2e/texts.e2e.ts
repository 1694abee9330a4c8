import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import type { ErasureLogResponse } from "../sdk/content/api";
import {
  axeViolations,
  browserForFile,
  connect,
  openPage,
  screenshot,
  settle,
  switchAccount,
  uncaughtErrors,
} from "./browser";
import { openRoundByGovernance } from "./openRound";

const ERASED_IDEA =
  "Text removed on {date} at the author's request — the record of this idea, its review, votes and payments is unchanged";

async function confirmed(page: Page, label: RegExp) {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** The service's erasure log, read as any visitor may (it holds no personal data). */
async function erasureLog(): Promise<ErasureLogResponse> {
  return (await fetch(`${inject("contentUrl")}/erasure/log`)).json() as Promise<ErasureLogResponse>;
}

/** A day as the dApp writes it in English (en-GB, medium). */
const day = (iso: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(new Date(iso));

/** Signs the connected account in to the text service from "My data", as a member would. */
async function signIn(page: Page) {
  await page.getByRole("link", { name: "My data" }).click();
  await settle(page);
  await page.getByRole("button", { name: "Sign in to the text service" }).click();
  await page.getByText(/^Signed in to the text service as /).waitFor();
}

describe("people's words off chain, in the browser", () => {
  const browser = browserForFile();

  it("shows the demo's erased idea with its removal notice and date, and the hidden vote reason with its reason", async () => {
    const erased = (await erasureLog()).entries[0];
    const page = await openPage(browser(), "/rounds");
    await settle(page);
    await page.getByRole("link", { name: "Borgermillion 2026" }).click();
    await settle(page);
    await page
      .locator(".district-nav")
      .getByRole("link", { name: /^Skovlunde/ })
      .click();
    await settle(page);
    const card = page.locator("li.idea", { has: page.locator('.text-notice[data-text-state="erased"]') });
    expect(await card.count()).toBe(1);
    expect(await card.locator(".text-notice").innerText()).toBe(ERASED_IDEA.replace("{date}", day(erased.erasedAt)));
    expect(await card.locator("h4 .text-short").innerText()).toBe("text removed");
    // The chain's facts stay: its review's reason code.
    expect(await card.getByText("Review: Against the rules or the law").count()).toBe(1);
    expect(await page.getByText("Stiforbindelse").count()).toBe(0);

    await page.goto(`${inject("appUrl")}/proposals/1`);
    await settle(page);
    const jonas = page.locator(".voters li", { hasText: "Jonas" });
    // Hidden at the end of the same seeding, moments before the erasure.
    expect(await jonas.locator(".text-notice").innerText()).toBe(
      `Text hidden by a moderator on ${day(erased.erasedAt)}: exposes another person`,
    );
    expect(await page.getByText("Kirsten Holm").count()).toBe(0);
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("never shows a text that does not match the chain: a tampered answer shows the mismatch notice", async () => {
    const context = browser();
    const lookup = `${inject("contentUrl")}/texts/lookup`;
    // Stands for a tampered database (the service's own tests cover that side): the words change.
    await context.route(lookup, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { texts: { text?: { fields: Record<string, string> } }[] };
      // The reviewer's reason beside the demo's erased idea, shown to every visitor.
      for (const record of body.texts)
        if (record.text?.fields.reason === "Kræver tilladelse fra Vejdirektoratet; kan ikke nås i år")
          record.text.fields.reason = "Kræver tilladelse fra Kommunen; kan ikke nås i år";
      // The original length no longer fits the changed words; the CORS headers must stay.
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => name !== "content-length"),
      );
      await route.fulfill({ status: response.status(), headers, json: body });
    });
    try {
      const page = await openPage(context, "/rounds");
      await settle(page);
      await page.getByRole("link", { name: "Borgermillion 2026" }).click();
      await settle(page);
      await page
        .locator(".district-nav")
        .getByRole("link", { name: /^Skovlunde/ })
        .click();
      await settle(page);
      const notices = page.locator('.text-notice[data-text-state="mismatch"]');
      expect(await notices.count()).toBe(1);
      expect(await notices.innerText()).toBe("The text the service gave does not match the chain, so it is not shown.");
      expect(await page.locator(".review-reason", { has: notices }).innerText()).toBe(
        "Review: Against the rules or the law\n\nThe text the service gave does not match the chain, so it is not shown.",
      );
      expect(await page.getByText("Kræver tilladelse").count()).toBe(0);
      await page.close();
    } finally {
      await context.unroute(lookup);
    }
  });

  it("with the text service unreachable, a page still shows the chain's facts and says the text is unavailable", async () => {
    const context = browser();
    const service = `${inject("contentUrl")}/**`;
    await context.route(service, (route) => route.abort());
    try {
      const page = await openPage(context, "/proposals/1");
      await settle(page);
      const jonas = page.locator(".voters li", { hasText: "Jonas" });
      expect(await jonas.innerText()).toContain(": Against (1)");
      expect(await jonas.locator(".text-notice").innerText()).toBe(
        "Text unavailable: the text service cannot be reached. Everything on chain is shown.",
      );
      expect(await page.locator('.text-notice[data-text-state="verified"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(uncaughtErrors(page)).toEqual([]);
      await page.close();
    } finally {
      await context.unroute(service);
    }
  });

  it("a moderator hides a vote reason with a reason code, the log says so, and restores it", async () => {
    const page = await openPage(browser(), "/proposals/1", { as: "Kommunikationsafdelingen" });
    await settle(page);
    await connect(page, "Kommunikationsafdelingen");
    await signIn(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Moderation" }).click();
    await settle(page);
    await page.goto(`${inject("appUrl")}/proposals/1`);
    await settle(page);
    const anna = page.locator(".voters li", { hasText: "Anna" });
    await anna.getByText("Moderate", { exact: true }).click();
    await anna.getByRole("button", { name: "Hide the text" }).click();
    await anna.getByText("Choose why the text is hidden.").waitFor(); // nothing sent without a reason
    await anna.getByLabel("Reason").selectOption("spam");
    await anna.getByRole("button", { name: "Hide the text" }).click();
    // The moderator still reads it, marked as hidden; others see the notice.
    await anna.getByRole("button", { name: "Restore the text" }).waitFor();
    expect(await anna.locator('[data-text-state="hidden"]').first().innerText()).toContain("(spam)");

    await page.getByRole("link", { name: "Moderation" }).click();
    await settle(page);
    // Newest first.
    const last = page.locator("table.moderation-log tbody tr").first();
    expect(await last.locator("td").nth(2).innerText()).toBe("hid the text");
    expect(await last.locator("td").nth(3).innerText()).toBe("spam");
    expect(await last.locator("td").nth(1).innerText()).toContain("Kommunikationsafdelingen");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "en-moderation");

    await page.goto(`${inject("appUrl")}/proposals/1`);
    await settle(page);
    await anna.getByRole("button", { name: "Restore the text" }).click();
    await anna.locator('.committed-text[data-text-state="verified"]').waitFor();
    expect(await anna.locator("q").innerText()).toBe("Bo og jeg er enige: vinterlys giver tryghed");
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("a member sends an idea and sees it verified; asks to erase it; the erasure officer erases it and anchors the log; the idea shows the removal notice", async () => {
    const { round } = await openRoundByGovernance();
    const page = await openPage(browser(), `/rounds/${round}`, { as: "Anna" });
    await settle(page);
    await connect(page, "Anna");
    const form = page.locator(".idea-form");
    await form.getByLabel("Estimated cost (DKK)").fill("30000");
    await form.getByLabel("Title", { exact: true }).fill("Vandpost ved Skovlunde Bypark");
    await form.getByLabel("What it is, where, and who benefits").fill("Drikkevand til løbere og hunde.");
    await form.getByRole("button", { name: "Send idea" }).click();
    await confirmed(page, /Send the idea “Vandpost ved Skovlunde Bypark”/);
    const card = page.locator("li.idea", { has: page.getByRole("heading", { name: /^Idea #1 / }) });
    await card.getByRole("heading", { name: "Idea #1 Vandpost ved Skovlunde Bypark" }).waitFor();
    await card.locator('.committed-text[data-text-state="verified"]').waitFor();
    expect(await card.locator(".text-badge").innerText()).toBe("✓ verified against the chain");
    expect(await card.locator(".idea-description").innerText()).toBe("Drikkevand til løbere og hunde.");

    // Her own text: she asks for it to be erased, naming her grounds.
    await card.getByText("Ask to erase this text").click();
    await card.getByRole("button", { name: "Send the request" }).click();
    await card.getByText("Choose the grounds for erasure.").waitFor();
    await card.getByLabel("Grounds").selectOption("consentWithdrawn");
    await card.getByRole("button", { name: "Send the request" }).click();
    await card.getByText("Your request to erase this text was sent to the erasure officer.").waitFor();
    await page.getByRole("link", { name: "My data" }).click();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "en-my-data");

    // The erasure officer signs in, finds the request on the erasure page, and erases the text.
    await switchAccount(page, "Databeskyttelsesrådgiver");
    await page.getByRole("button", { name: "Sign in to the text service" }).click();
    await page.getByRole("link", { name: "Erasure" }).click();
    await settle(page);
    const request = page.locator(".erasure-requests li");
    await request.first().waitFor();
    expect(await request.count()).toBe(1);
    expect(await request.getByText(/^Grounds: /).innerText()).toBe("Grounds: consent withdrawn (17(1)(b))");
    expect(await request.locator("blockquote").innerText()).toBe(
      "Vandpost ved Skovlunde Bypark — Drikkevand til løbere og hunde.",
    );
    expect(await axeViolations(page)).toEqual([]);
    await request.getByRole("button", { name: /^Erase the text of request \d+$/ }).click();
    await page.getByText("No requests wait for a decision.").waitFor();

    const log = page.locator("table.erasure-log tbody tr");
    await expect.poll(() => log.count()).toBe(2);
    const { entries } = await erasureLog();
    expect(await log.nth(1).locator("td").nth(2).innerText()).toBe("consent withdrawn (17(1)(b))");
    expect(await log.nth(1).locator("td").nth(4).innerText()).toBe(day(entries[1].erasedAt));
    await page.getByText("1 of the log's 2 erasures are anchored on chain; the newest are not yet.").waitFor();
    await page.getByRole("button", { name: "Anchor the log now" }).click();
    await page.getByText("The log's current root is anchored on chain (2 erasures).").waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "en-erasure");

    await page.goto(`${inject("appUrl")}/rounds/${round}`);
    await settle(page);
    expect(await card.locator(".text-notice").innerText()).toBe(
      ERASED_IDEA.replace("{date}", day(entries[1].erasedAt)),
    );
    expect(await page.getByText("Vandpost").count()).toBe(0);
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });
});
