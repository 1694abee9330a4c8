import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import {
  account,
  axeViolations,
  browserForFile,
  connect,
  openPage,
  screenshot,
  settle,
  uncaughtErrors,
} from "./browser";

/** Every page, in English and Danish: axe finds no serious or critical WCAG 2.1 AA violation. */
const PAGES: [string, string][] = [
  ["overview", "/"],
  ["proposals", "/proposals"],
  ["proposal-active", "/proposals/12"],
  ["proposal-executed", "/proposals/1"],
  ["new-grant", "/proposals/new"],
  ["delegation", "/delegation"],
  ["members", "/members"],
  ["history", "/history"],
  ["rounds", "/rounds"],
  ["new-round", "/rounds/new"],
  ["stewards", "/stewards"],
  ["rules", "/rules"],
  ["deposit", "/treasury/deposit"],
];

describe("every page, accessible in English and Danish", () => {
  const browser = browserForFile();

  // One tab per language, connected once as Anna: each page is a new load in it, and the
  // connection survives the load as it does for a visitor.
  const tabs = new Map<string, Promise<Page>>();
  const tab = (locale: string): Promise<Page> => {
    if (!tabs.has(locale))
      tabs.set(
        locale,
        (async () => {
          const page = await openPage(browser(), "/", { locale, as: "Anna" });
          await settle(page);
          await connect(page, "Anna");
          return page;
        })(),
      );
    return tabs.get(locale)!;
  };

  for (const locale of ["en", "da"]) {
    for (const [name, route] of PAGES) {
      it(`${route} (${locale})`, async () => {
        const page = await tab(locale);
        const errorsBefore = uncaughtErrors(page).length;
        await page.goto(inject("appUrl") + route);
        await settle(page);
        await page.getByText(account("Anna").slice(0, 6), { exact: false }).first().waitFor({ state: "attached" });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${locale}-${name}`);
        expect(uncaughtErrors(page).slice(errorsBefore)).toEqual([]);
      });
    }
  }

  // The demo's two rounds: one voting now, one paid out. Reached by their links, as a visitor would.
  for (const [name, title] of [
    ["round-voting", "Borgermillion 2026"],
    ["round-paid", "Borgermillion 2025 (prøverunde)"],
  ]) {
    it(`the budget round ${title} (sv)`, async () => {
      const page = await openPage(browser(), "/rounds", { locale: "sv", as: "Emma" });
      await settle(page);
      await connect(page, "Emma");
      await page.getByRole("link", { name: title }).click();
      await settle(page);
      await page.locator(".district-nav [aria-current=page]", { hasText: "Måløv" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `sv-${name}`);
      expect(uncaughtErrors(page)).toEqual([]);
      await page.close();
    });
  }

  it("works at 360 px wide: nothing scrolls sideways, and the menu and votes fit", async () => {
    const page = await openPage(browser(), "/proposals/12", { as: "Anna" });
    await page.setViewportSize({ width: 360, height: 780 });
    await settle(page);
    await connect(page, "Anna");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "en-proposal-active-360px");
    await page.close();
  });
});
