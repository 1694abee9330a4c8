import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { account, browserForFile, connect, openPage, screenshot, settle, uncaughtErrors } from "./browser";
import { testWalletScript } from "./testWallet";

/** Every route, with who looks at it: the steward's and the verifier's pages show the most. */
const ROUTES: [route: string, as: string][] = [
  ["/", "Anna"],
  ["/proposals", "Anna"],
  ["/proposals/12", "Anna"],
  ["/proposals/1", "Anna"],
  ["/proposals/new", "Anna"],
  ["/delegation", "Anna"],
  ["/members", "Anna"],
  ["/history", "Anna"],
  ["/rounds", "Anna"],
  ["/rounds/new", "Anna"],
  ["/rules", "Anna"],
  ["/stewards", "Byggesagsbehandler"],
  ["/stewards", "Økonomiafdelingen"],
  ["/stewards", "Emma"],
];

/** How far the page reaches beyond the viewport's width, in CSS px (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The rounds' and pools' own pages, reached by their links as a visitor would. */
async function linkedRoutes(page: Page): Promise<string[]> {
  const hrefs = async (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  await page.goto(`${inject("appUrl")}/rounds`);
  await settle(page);
  await page.locator(".round-card a").first().waitFor();
  const rounds = await hrefs(".round-card a");
  await page.goto(`${inject("appUrl")}/stewards`);
  await settle(page);
  await page.locator('a[href^="/stewards/pools/0x"]').first().waitFor();
  const pools = await hrefs('a[href^="/stewards/pools/0x"]');
  return [...new Set([...rounds, ...pools])];
}

describe("every page fits a phone, and the header folds into a menu", () => {
  const browser = browserForFile();

  it("no route scrolls sideways at 320 CSS px (WCAG 1.4.10), connected as a member, a steward and a verifier", async () => {
    const overflows: Record<string, number> = {};
    const page = await openPage(browser(), "/", { as: "Anna" });
    await page.setViewportSize({ width: 320, height: 640 });
    await settle(page);
    await connect(page, "Anna");
    const linked = await linkedRoutes(page);
    // Two rounds, the proposals that opened them, a quick pool and a task group.
    expect(linked.length).toBe(6);
    await page.close();
    // One tab per person, connected once: the connection survives navigation, as a visitor's does.
    const visits = [...ROUTES, ...linked.map((route) => [route, "Anna"] as const)];
    for (const as of new Set(visits.map(([, who]) => who))) {
      const visit = await openPage(browser(), "/", { as });
      await visit.setViewportSize({ width: 320, height: 640 });
      await settle(visit);
      await connect(visit, as);
      for (const [route] of visits.filter(([, who]) => who === as)) {
        await visit.goto(inject("appUrl") + route);
        await settle(visit);
        // Measured once the header shows who is connected again, as it does after every load.
        await visit.getByText(account(as).slice(0, 6), { exact: false }).first().waitFor({ state: "attached" });
        overflows[`${route} as ${as}`] = await sidewaysOverflow(visit);
        if (route === "/stewards" && as === "Byggesagsbehandler") await screenshot(visit, "en-stewards-320px");
      }
      expect(uncaughtErrors(visit)).toEqual([]);
      await visit.close();
    }
    expect(Object.keys(overflows)).toHaveLength(visits.length);
    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((key) => [key, 0])));
  });

  it("at 360 px the header is one line with a Menu button; the menu opens, names its state, and closes on a link or Escape", async () => {
    const page = await openPage(browser(), "/", { as: "Anna" });
    await page.setViewportSize({ width: 360, height: 780 });
    await settle(page);
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("link", { name: "Proposals", exact: true }).isVisible()).toBe(false);
    expect(await page.locator(".site-header").evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(100);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("link", { name: "Proposals", exact: true }).click();
    await page.waitForURL(/\/proposals$/);
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    // A new page: focus starts at its main region once the page is shown.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");

    await menu.click();
    await page.getByRole("link", { name: "Members", exact: true }).focus();
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("menu-button");
    await page.close();
  });

  it("at 1100 px every link, the language and the wallet are in the header without a menu", async () => {
    const page = await openPage(browser(), "/");
    await settle(page);
    expect(await page.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    for (const name of ["Overview", "Proposals", "New grant", "Members", "History", "Rules"])
      expect(await page.getByRole("link", { name, exact: true }).isVisible()).toBe(true);
    await page.close();
  });

  it("with text at 200 % on a 390 px phone (WCAG 1.4.4), the header folds into its menu and no page scrolls sideways", async () => {
    // Chromium's own text-size setting, as a visitor sets it: the default font size doubled.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-e2e-text200-"));
    fs.mkdirSync(path.join(profile, "Default"));
    fs.writeFileSync(
      path.join(profile, "Default", "Preferences"),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 32, default_fixed_font_size: 26 } } }),
    );
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      viewport: { width: 390, height: 844 },
      locale: "da-DK",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
    });
    await context.addInitScript(testWalletScript(inject("rpcUrl")));
    try {
      const overflows: Record<string, number> = {};
      const probe = await context.newPage();
      const routes = [...new Set(ROUTES.map(([route]) => route)), ...(await linkedRoutes(probe))];
      await probe.close();
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(inject("appUrl") + route);
        await settle(page);
        expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe("32px");
        overflows[route] = await sidewaysOverflow(page);
        expect(await page.locator(".menu-button").isVisible()).toBe(true);
        // It was 963 px, more than the screen, before the header had a menu.
        expect(await page.locator(".site-header").evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(200);
        if (route === "/") await screenshot(page, "da-overview-390px-text200");
      }
      await page.close();
      expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((key) => [key, 0])));
    } finally {
      await context.close();
    }
  });

  it("on first load the first Tab reaches the skip link, which leads to the main region", async () => {
    const page = await openPage(browser(), "/proposals");
    await settle(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });
});
