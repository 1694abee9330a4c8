import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { account, axeViolations, browserForFile, connect, openPage, settle, switchAccount } from "./browser";

async function confirmed(page: Page, label: string) {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** A demo pool's own page, found by its name on the Stewards page. */
async function poolPath(page: Page, name: string): Promise<string> {
  await page.locator(".pools li", { hasText: name }).getByRole("link").first().click();
  await page.waitForURL(/\/stewards\/pools\/0x[0-9a-fA-F]{40}$/);
  return new URL(page.url()).pathname;
}

describe("residents' applications to a pool and interest in a task group, in the browser", () => {
  const browser = browserForFile();

  it("a resident applies in Danish; the committee makes one a micro-grant and declines the other, whose reason she then sees", async () => {
    const start = await openPage(browser(), "/stewards", { as: "Camilla" });
    await settle(start);
    const path = await poolPath(start, "Hurtigpuljen 2026");
    const page = await openPage(browser(), path, { locale: "da", as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    await page.getByRole("heading", { name: "Søg om tilskud" }).waitFor();

    // Over the cap and without a title: refused at each field, the first one focused, nothing sent.
    await page.getByLabel("Beløb (kr.)").fill("6000");
    await page.getByRole("button", { name: "Send ansøgningen" }).click();
    await page.getByText("Giv din ansøgning en titel.").waitFor();
    await page.getByText(/^Det er over puljens loft på 5\.000\skr\. pr\. tilskud\.$/).waitFor();
    await page.getByText("Vælg, hvem der betales til.").waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("title");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Titel").fill("Nye mål til fodboldbanen");
    await page.getByLabel("Beløb (kr.)").fill("4000");
    await page.getByLabel("Hvad pengene skal bruges til").fill("To mål til banen ved Skovlunde Skole.");
    await page.getByLabel("Betales til").selectOption({ value: account("Skovlunde Ungdomsklub") });
    await page.getByRole("button", { name: "Send ansøgningen" }).click();
    await confirmed(page, "Søg om 4.000");
    await page.getByLabel("Titel").fill("Bustur til Zoologisk Have");
    await page.getByLabel("Beløb (kr.)").fill("3000");
    await page.getByLabel("Hvad pengene skal bruges til").fill("En udflugt for klubbens børn.");
    await page.getByLabel("Betales til").selectOption({ value: account("Skovlunde Ungdomsklub") });
    await page.getByRole("button", { name: "Send ansøgningen" }).click();
    await confirmed(page, "Søg om 3.000");
    const mine = page.locator(".my-applications li");
    await mine
      .filter({ hasText: "Bustur til Zoologisk Have" })
      .getByText("Venter på udvalget")
      .waitFor({ timeout: 30_000 });

    // Anna, on the committee, sees both in the queue: a reason is required before anything is sent.
    await switchAccount(page, "Anna");
    await page.getByRole("heading", { name: "Ansøgninger, der venter på udvalget" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Afslå ansøgning #2" }).click();
    await page.getByText("Skriv den begrundelse, ansøgeren skal læse.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Hvorfor udvalget giver tilskud til ansøgning #1").fill("Godt for hele kvarteret.");
    await page.getByRole("button", { name: "Gør ansøgning #1 til et mikrotilskud" }).click();
    await confirmed(page, "Gør ansøgning #1 til et mikrotilskud");
    await page.getByLabel("Hvorfor ansøgning #2 afslås").fill("Udflugter ligger uden for puljens formål.");
    await page.getByRole("button", { name: "Afslå ansøgning #2" }).click();
    await confirmed(page, "Afslå ansøgning #2");
    await page.getByText("Ingen ansøgninger venter.").waitFor({ timeout: 30_000 });
    // The granted application is now micro-grant #4, waiting for a second approval like any other.
    await page.locator(".pending-grant", { hasText: "Godt for hele kvarteret." }).waitFor();

    // Camilla sees where each stands, and the committee's reason for the one declined.
    await switchAccount(page, "Camilla");
    const granted = mine.filter({ hasText: "Nye mål til fodboldbanen" });
    await granted.getByText("Gjort til mikrotilskud").waitFor({ timeout: 30_000 });
    await granted.getByText("Den blev til mikrotilskud #4.").waitFor();
    const declined = mine.filter({ hasText: "Bustur til Zoologisk Have" });
    await declined.getByText("Afslået").waitFor();
    await declined.getByText("Udvalgets begrundelse: Udflugter ligger uden for puljens formål.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("a member puts her name on a task group's list, and its committee can pick her in the change form", async () => {
    // In English: the browser remembers the Danish of the test before.
    const page = await openPage(browser(), "/stewards", { locale: "en", as: "Camilla" });
    await settle(page);
    await poolPath(page, "Arbejdsgruppe: Tryg skolevej");
    await settle(page);
    await connect(page, "Camilla");
    await page.getByRole("heading", { name: "Interested members" }).waitFor();
    await page.getByText("Nobody has put their name down yet.").waitFor();
    await page.getByRole("button", { name: "I'm interested" }).click();
    await confirmed(page, "Put my name on the list of");
    await page.getByText("Your name is on the list.").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Take my name off" }).waitFor();

    await switchAccount(page, "Mette");
    await page.getByLabel("Change", { exact: true }).selectOption({ value: "committee" });
    const add = page.getByRole("button", { name: /^Add Camilla .* to the committee$/ });
    await add.click();
    expect(await page.getByLabel("Committee: one address a line").inputValue()).toBe(account("Camilla"));
    await page.getByText(/^Camilla .* is on the committee list$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
