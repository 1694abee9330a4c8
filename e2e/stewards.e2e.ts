import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import demo from "../deployments/31337.json";
import {
  account,
  advanceTime,
  axeViolations,
  browserForFile,
  connect,
  openPage,
  repeatedButtonNames,
  rpc,
  screenshot,
  settle,
  switchAccount,
  uncaughtErrors,
} from "./browser";

const DAY = 86_400;
const DKKT = demo.assets.find((a) => a.symbol === "DKKT")!.address;
const units = (whole: bigint) => whole * 1_000_000n;

async function confirmed(page: Page, label: RegExp) {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** An account's DKKT balance (a demo person's by name, or an address), read from the chain (ERC-20 balanceOf). */
async function dkktBalance(who: string): Promise<bigint> {
  const address = who.startsWith("0x") ? who : account(who);
  const data = `0x70a08231${address.slice(2).toLowerCase().padStart(64, "0")}`;
  return BigInt(await rpc<string>("eth_call", [{ to: DKKT, data }, "latest"]));
}

async function reload(page: Page) {
  await page.reload();
  await settle(page);
}

describe("stewards' money in the browser, with a real wallet", () => {
  const browser = browserForFile();

  it("a committee member approves the waiting micro-grant, and the payee is paid exactly DKK 2,500 at once", async () => {
    const before = await dkktBalance("Ballerup Nord Fællesskabshave");
    const page = await openPage(browser(), "/stewards", { as: "Emma" });
    await settle(page);
    await connect(page, "Emma");
    await page.getByRole("heading", { name: "Micro-grants waiting for approval" }).waitFor();
    const grant = page.locator(".pending-grant", { hasText: "Frø og jord til højbede" });
    await grant.getByText("Proposed by Anna").waitFor();
    // The button says what it will do before anyone signs.
    await grant
      .getByText(
        /^Approving pays DKK\s2,500 to Ballerup Nord Fællesskabshave \(0x0248…627D\) at once, because it is the 2nd of 2 approvals\.$/,
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "en-stewards");

    // Grants are numbered per pool: on the stewards page each button names its pool too.
    expect(await repeatedButtonNames(page)).toEqual([]);
    await grant.getByRole("button", { name: /^Approve grant #\d+ in Hurtigpuljen 2026$/ }).click();
    await confirmed(page, /Approve micro-grant #\d+/);
    expect((await dkktBalance("Ballerup Nord Fællesskabshave")) - before).toBe(units(2_500n));

    // The pool's own page shows the grant paid, with what is left.
    await page.getByRole("link", { name: "Hurtigpuljen 2026" }).first().click();
    await settle(page);
    await page.getByRole("heading", { name: /Hurtigpuljen 2026/ }).waitFor();
    const paid = page.locator(".pool-grants li", { hasText: "Frø og jord til højbede" });
    await paid.getByText("Paid").waitFor();
    await page.getByText("No micro-grant is waiting for approval.").waitFor();
    // 50,000 − 3,000 − 4,500 − 2,500
    await page.locator(".facts dd", { hasText: /^DKK\s40,000$/ }).waitFor();
    // The end date once, relative and exact, for screen readers as for everyone.
    expect(await page.locator('.facts dt:text-is("Ends") + dd').textContent()).toMatch(/^in \d+ days \([^()]+\)$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "en-pool");
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("a committee member proposes a micro-grant; the form checks it first and says who still must approve", async () => {
    const page = await openPage(browser(), "/stewards", { as: "Ida" });
    await settle(page);
    await connect(page, "Ida");
    await page.getByRole("link", { name: "Hurtigpuljen 2026" }).first().click();
    await settle(page);
    const form = page.locator(".micro-grant-form");
    await form.getByLabel("Amount (DKK)").fill("6000");
    await form.getByRole("button", { name: "Propose micro-grant" }).click();
    await form.getByText("That is above the pool's cap of DKK 5,000 per grant.").waitFor();
    await form.getByText("Give a reason: it is published with the grant.").waitFor();
    await form.getByLabel("Paid to (address)").fill(account("Skovlunde Ungdomsklub"));
    await form.getByLabel("Amount (DKK)").fill("1200");
    await form.getByLabel("Why (public)").fill("Bordtennisbord");
    await form
      .getByText(
        "Sending counts as the 1st of 2 approvals; 1 more must come from the committee before DKK 1,200 is paid to Skovlunde Ungdomsklub (0x8626…1199).",
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Propose micro-grant" }).click();
    await confirmed(page, /Propose a micro-grant of DKK\s1,200/);
    await page.locator(".pending-grant", { hasText: "Bordtennisbord" }).getByText("You approved this grant.").waitFor();
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("the steward confirms the last milestone with evidence; after the veto window anyone releases it and the roofer is paid exactly", async () => {
    const page = await openPage(browser(), "/stewards", { as: "Byggesagsbehandler" });
    await settle(page);
    await connect(page, "Byggesagsbehandler");
    const roof = page.locator(".milestone-grant", { hasText: "Nyt tag på spejderhytten i Måløv" });
    await roof.getByText("Milestone 1: Materialer leveret — DKK 40,000").waitFor();
    // Milestone 2 is in its veto window; milestone 3 waits for the steward.
    await roof.locator(".milestone-delivered").getByText("The guardian can stop it until it can be released").waitFor();
    const last = roof.locator(".milestone-planned");
    // Milestone buttons name their grant: several grants' "milestone 3" can be on the page.
    const deliver = "Mark milestone 3 of “Nyt tag på spejderhytten i Måløv” delivered";
    await last.getByRole("button", { name: deliver, exact: true }).click();
    await last.getByText("Give a link to the evidence (a report, photos, an inspection).").waitFor();
    // The first field in error has the focus, as in the grant form.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("evidenceUri");
    await last.getByLabel("Link to the evidence").fill("https://byggesag.example.dk/spejderhytten/syn.pdf");
    await last.getByLabel("Fingerprint of the evidence").fill(`0x${"5e".repeat(32)}`);
    await last
      .getByText(
        "Marking it delivered starts the guardian's veto window of 2 days; after it anyone can release DKK 20,000 to Tømrerfirmaet Bach ApS (0x553B…7931).",
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await repeatedButtonNames(page)).toEqual([]);
    await last.getByRole("button", { name: deliver, exact: true }).click();
    await confirmed(page, /Mark milestone 3 of “Nyt tag på spejderhytten i Måløv” delivered/);
    await roof.locator(".milestone-delivered", { hasText: "Afsluttende syn" }).waitFor();

    // Releasing is refused until the window is over; then anyone — here a resident — can do it.
    await advanceTime(2 * DAY + 60);
    await switchAccount(page, "Sofie");
    await reload(page);
    const before = await dkktBalance("Tømrerfirmaet Bach ApS");
    const third = roof.locator("li", { hasText: "Afsluttende syn" });
    await third
      .getByText("The veto window is over: releasing pays DKK 20,000 to Tømrerfirmaet Bach ApS (0x553B…7931) now.")
      .waitFor();
    await third
      .getByRole("button", { name: "Release milestone 3 of “Nyt tag på spejderhytten i Måløv”", exact: true })
      .click();
    await confirmed(page, /Release milestone 3 of/);
    expect((await dkktBalance("Tømrerfirmaet Bach ApS")) - before).toBe(units(20_000n));

    // Milestone 2's window passed too.
    await roof
      .locator("li", { hasText: "Taget lagt" })
      .getByRole("button", { name: "Release milestone 2 of “Nyt tag på spejderhytten i Måløv”", exact: true })
      .click();
    await confirmed(page, /Release milestone 2 of/);
    expect((await dkktBalance("Tømrerfirmaet Bach ApS")) - before).toBe(units(80_000n));
    // Every milestone paid: the grant leaves the list of work to do.
    await page.getByText("No milestone is waiting for delivery or release.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("the verifier sees the payee expiring soon and the one never verified, and the attestation form checks the number", async () => {
    const page = await openPage(browser(), "/stewards", { locale: "da", as: "Økonomiafdelingen" });
    await settle(page);
    await connect(page, "Økonomiafdelingen");
    const attention = page.locator(".payee-attention");
    await attention.locator("li", { hasText: "Ballerup Nord Fællesskabshave" }).getByText("Udløber snart").waitFor();
    const form = page.locator(".attestation-form");
    await attention.getByRole("button", { name: /^Forny Ballerup Nord Fællesskabshave/ }).click();
    // The identity is off chain and restricted: the verifier signs in, and the form is filled
    // from the last attestation's stored identity, checked against its commitment.
    await expect.poll(() => form.getByLabel("Registreringsnummer").inputValue(), { timeout: 15_000 }).toBe("14142134");
    expect(await form.getByLabel("Juridisk navn i registret").inputValue()).toBe("Ballerup Nord Fællesskabshave");
    await form.getByLabel("Registreringsnummer").fill("1414213");
    await form.getByRole("button", { name: "Verificér modtager" }).click();
    await form.getByText("Et CVR-nummer har 8 cifre; dette har 7.").waitFor();
    // The first field in error has the focus.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("number");
    expect(await axeViolations(page)).toEqual([]);
    // One Revoke button per verified payee, each named after it.
    expect(await page.getByRole("button", { name: /^Tilbagekald / }).count()).toBeGreaterThan(1);
    expect(await repeatedButtonNames(page)).toEqual([]);
    await screenshot(page, "da-stewards-verifier");
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("after its end date anyone closes the task group: its reservation is freed, and no money moves", async () => {
    await advanceTime(61 * DAY);
    const page = await openPage(browser(), "/stewards", { locale: "en", as: "Sofie" });
    await settle(page);
    await connect(page, "Sofie");
    await page.getByRole("link", { name: "Arbejdsgruppe: Tryg skolevej" }).first().click();
    await settle(page);
    expect(await page.locator('.facts dt:text-is("Ended") + dd').textContent()).toMatch(/^[^()]+ \([^()]+\)$/);
    // 20,000 − 8,500 paid: what closing does, said before anyone presses it.
    await page
      .getByText(
        "The end date has passed: closing ends the pool and frees the DKK 11,500 still reserved for it, which stays in the treasury for other decisions. No money moves: a pool pays straight from the treasury and never holds any.",
      )
      .waitFor();
    const treasury = await dkktBalance(demo.contracts.treasury);
    await page.getByRole("button", { name: "Close the pool" }).click();
    await confirmed(page, /Close Arbejdsgruppe: Tryg skolevej/);
    await page.locator(".facts dd", { hasText: /^DKK\s0$/ }).waitFor();
    expect(await dkktBalance(demo.contracts.treasury)).toBe(treasury);
    expect(await axeViolations(page)).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });
});
