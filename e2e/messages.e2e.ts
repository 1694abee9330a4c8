import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { account, axeViolations, browserForFile, connect, openPage, screenshot, settle } from "./browser";

type Wallet = { __testWallet: { rejectNext(): void } };

const rejectNext = (page: Page) => page.evaluate(() => (window as unknown as Wallet).__testWallet.rejectNext());

/** The accessible name of what has focus, as a screen reader would start reading it. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

describe("transaction messages: announced rightly, named, cleared, off the content, in the visitor's language", () => {
  const browser = browserForFile();

  it("a failure is an alert read without its button; the button is named after it and brings focus back to the control", async () => {
    const page = await openPage(browser(), "/proposals/12", { as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await rejectNext(page);
    await page.getByRole("button", { name: "Cast vote" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Vote on proposal #12: failed." });
    await alert.waitFor({ timeout: 30_000 });
    // The alert holds the message alone: its close button is not read out as part of it.
    expect(await alert.innerText()).toBe(
      "Vote on proposal #12: failed. You said no in your wallet app. Nothing was sent; try again when you are ready.",
    );
    expect(await alert.getByRole("button").count()).toBe(0);
    const close = page.getByRole("button", { name: "Close: Vote on proposal #12: failed", exact: true });
    expect(await close.innerText()).toBe("Close");
    expect(await axeViolations(page)).toEqual([]);
    await close.click();
    await alert.waitFor({ state: "detached" });
    expect(await focusedText(page)).toBe("Cast vote");
    await page.close();
  });

  it("each close button is named after its own message", async () => {
    const page = await openPage(browser(), "/proposals/12", { as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page.getByRole("radio", { name: "Against", exact: true }).check();
    await rejectNext(page);
    await page.getByRole("button", { name: "Cast vote" }).click();
    await page.locator('[data-status="failed"]').waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Cast vote" }).click();
    await page.locator('[data-status="confirmed"]').waitFor({ timeout: 30_000 });
    const names = await page
      .locator(".tx-list button")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
    expect(names).toEqual(["Close: Vote on proposal #12: failed", "Close: Vote on proposal #12: confirmed"]);
    await page.close();
  });

  it("a confirmation is a polite status that clears itself; on a phone the messages sit in the page, covering nothing", async () => {
    const page = await openPage(browser(), "/delegation", { as: "Dennis" });
    await page.setViewportSize({ width: 360, height: 780 });
    await settle(page);
    await connect(page, "Dennis");
    await page.getByLabel("Delegate your vote to").selectOption({ label: "Anna (0x90F7…b906)" });
    await page.getByRole("button", { name: "Delegate to this member" }).click();
    const status = page.getByRole("status").filter({ hasText: "Delegate your vote: confirmed" });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toBe("Delegate your vote: confirmed");
    // In the page's flow, between the header and the content, not floating over it.
    const layout = await page.evaluate(() => {
      const list = document.querySelector(".tx-list")!.getBoundingClientRect();
      const main = document.querySelector("main")!.getBoundingClientRect();
      return {
        position: getComputedStyle(document.querySelector(".tx-list")!).position,
        listBottom: list.bottom,
        mainTop: main.top,
      };
    });
    expect(layout.position).toBe("static");
    expect(layout.listBottom).toBeLessThanOrEqual(layout.mainTop);
    await screenshot(page, "en-delegation-confirmed-360px");
    // Focus stayed on the button, so nothing holds the confirmation: it goes by itself.
    await page.mouse.move(0, 700);
    await status.waitFor({ state: "detached", timeout: 15_000 });
    expect(await page.locator(".tx-list li").count()).toBe(0);
    await page.close();
  });

  it("after a language switch the messages already shown are said again in the new language", async () => {
    // Karen: Hans has voted on #12 above.
    const page = await openPage(browser(), "/proposals/12", { as: "Karen" });
    await settle(page);
    await connect(page, "Karen");
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await rejectNext(page);
    await page.getByRole("button", { name: "Cast vote" }).click();
    await page.getByRole("alert").filter({ hasText: "Vote on proposal #12: failed." }).waitFor({ timeout: 30_000 });
    await page.getByLabel("Language").selectOption({ label: "Dansk" });
    await page.getByRole("button", { name: "Change" }).click();
    const danish = page.getByRole("alert").filter({ hasText: "Stem om forslag #12: mislykkedes." });
    await danish.waitFor();
    expect(await danish.innerText()).toBe(
      "Stem om forslag #12: mislykkedes. Du sagde nej i din tegnebogsapp. Intet blev sendt; prøv igen, når du er klar.",
    );
    expect(await page.getByRole("button", { name: "Luk: Stem om forslag #12: mislykkedes" }).count()).toBe(1);
    await page.close();
  });
});

describe("what screen readers hear, and the language switch", () => {
  const browser = browserForFile();

  it("addresses are read as shown, states and reasons are set apart, and members' own texts carry their language", async () => {
    const page = await openPage(browser(), "/proposals/12", { as: "Anna" });
    await settle(page);
    // The voters: a name and the short address, a pause before the reason, in the reason's language.
    const olivia = page.locator(".voters li", { hasText: "Olivia" });
    // (The quotation marks are the q element's, drawn by CSS; each comma is a pause; the last part
    // says the reason matches its commitment on chain.)
    expect(await olivia.ariaSnapshot()).toBe(
      `- listitem: "Olivia (0xbDA5…197E): For (1) , Børnene har selv tegnet den , verified against the chain"`,
    );
    expect(await olivia.locator("span[lang]", { has: page.locator("q") }).getAttribute("lang")).toBe("da");
    expect(await page.locator("h1 span[lang]").getAttribute("lang")).toBe("da");
    expect(await page.locator("main").innerText()).not.toContain(account("Olivia"));

    await page.goto(page.url().replace(/\/proposals\/12$/, "/proposals"));
    await settle(page);
    const pending = page.locator(".proposal-card", { hasText: "Frederik" }).locator(".meta");
    expect(await pending.ariaSnapshot()).toBe("- paragraph: Pending , by Frederik (0x2361…1E8f)");
    await page.close();
  });

  it("the ballot's problem describes its fieldset, and the stewards' buttons name their proposal", async () => {
    const page = await openPage(browser(), "/rounds", { as: "Anna" });
    await settle(page);
    await connect(page, "Anna");
    await page.getByRole("link", { name: "Borgermillion 2026" }).click();
    await settle(page);
    // Anna's ballot from the demo (two ideas), shown ticked; taking both away leaves too few.
    await page.getByText(/^Your ballot picks #\d/).waitFor();
    const picked = page.getByRole("checkbox", { checked: true });
    expect(await picked.count()).toBe(2);
    // (The locator follows the page: once one is unticked, the other is the first.)
    for (let left = 2; left > 0; left--) await picked.first().uncheck();
    const problem = page.getByRole("alert").filter({ hasText: "Pick at least 1 idea." });
    await problem.waitFor();
    const describedBy = await page.locator("fieldset.ballot-ideas").getAttribute("aria-describedby");
    expect(describedBy).toBe(await problem.getAttribute("id"));

    await page.goto(page.url().replace(/\/rounds\/.*$/, "/stewards"));
    await settle(page);
    const queue = page.locator(".governance-queue li", { hasText: "Fællesspisning i Ballerup Nord" });
    const id = /#(\d+)/.exec(await queue.locator("a").innerText())![1];
    await queue.getByRole("button", { name: `Start the waiting period for proposal #${id}`, exact: true }).waitFor();
    await page.close();
  });

  it("the language changes only when the choice is confirmed, not on every arrow key", async () => {
    const page = await openPage(browser(), "/");
    await settle(page);
    const select = page.getByLabel("Language");
    await select.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await select.inputValue()).toBe("da");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("link", { name: "Proposals", exact: true }).waitFor();
    await page.getByRole("button", { name: "Change" }).click();
    await page.getByRole("link", { name: "Forslag", exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    await page.close();
  });
});
