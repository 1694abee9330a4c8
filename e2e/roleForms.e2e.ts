import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { account, axeViolations, browserForFile, connect, openPage, settle } from "./browser";
import { passByRpc } from "./proposalSteps";

/** Submits a proposal form and returns the new proposal's id from the page it opens. */
async function proposed(page: Page, button: string): Promise<number> {
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
  return Number(/(\d+)$/.exec(page.url())![1]);
}

describe("roles and the rules of the game, proposed in the browser", () => {
  const browser = browserForFile();

  it("a member proposes a new registrar in Danish (refused first on a bad address); once passed, she admits a resident", async () => {
    const page = await openPage(browser(), "/rules/roles", { locale: "da", as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    await page.getByRole("heading", { name: "Roller og forvalternes regler" }).waitFor();
    const registrars = page.locator("section.seat", { hasText: "Medlemsansvarlige" });
    await registrars.getByText(/^Borgerservice/).waitFor();

    await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "medlemsansvarlig" });
    await page.getByLabel("Medlem", { exact: true }).selectOption(account("Anna"));
    await page.getByLabel("Eller en anden adresse").fill("0x1234");
    await page.getByLabel("Begrundelse for ændringen (Markdown, offentlig)").fill("Anna holder åbent hus i Skovlunde.");
    // The typed address wins over the member picked, and is refused at its field before anything is signed.
    await page.getByRole("button", { name: "Foreslå denne udpegning eller fjernelse" }).click();
    await page.getByText("Skriv en gyldig adresse: 0x efterfulgt af 40 tegn", { exact: false }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("address");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Eller en anden adresse").fill("");
    await expect(page.locator(".role-change .preview .summary").innerText()).resolves.toMatch(
      /^Hvis medlemmerne vedtager dette, og det gennemføres, bliver Anna \(0x90F7…b906\) medlemsansvarlig: de kan optage nye medlemmer inden for fondens grænse for optagelser\.$/,
    );
    const id = await proposed(page, "Foreslå denne udpegning eller fjernelse");
    await page.getByRole("heading", { name: /Udpeg Anna \(0x90F7…b906\) som medlemsansvarlig/ }).waitFor();
    await passByRpc(id);

    // Anna is now a registrar: the admission form appears for her, and she admits Sofie.
    const anna = await openPage(browser(), "/members", { locale: "da", as: "Anna" });
    await settle(anna);
    await connect(anna, "Anna");
    const admit = anna.locator("section.admit-member");
    await admit.getByRole("heading", { name: "Optag et medlem" }).waitFor({ timeout: 30_000 });
    await admit.getByLabel("Borgerens adresse").fill(account("Sofie"));
    await admit.getByLabel("Område").selectOption({ label: "Måløv" });
    await admit.getByRole("button", { name: "Optag dette medlem" }).click();
    await admit.getByText(/er nu medlem i Måløv\.$/).waitFor({ timeout: 30_000 });
    expect(await axeViolations(anna)).toEqual([]);
    await anna.close();
    await page.close();
  });

  it("members switch payee verification on and lengthen the veto window in English, then the late-quorum extension", async () => {
    // The first test chose Danish, which the browser remembers.
    const page = await openPage(browser(), "/rules/roles", { locale: "en", as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    // The registrar appointed in the first test is listed, with a button to propose removing her.
    await page
      .locator("section.seat", { hasText: "Registrars" })
      .getByRole("button", { name: "Propose removing Anna (0x90F7…b906) as registrar" })
      .waitFor();
    const rules = page.locator("section.steward-rules");
    await rules.getByText(/^The fund does not require verified payees now;/).waitFor();
    await rules.getByText(/the guardian has 2 days to stop the payment/).waitFor();

    await page.getByLabel("Payee verification").selectOption({ label: "Required: pay only verified payees" });
    await page.getByLabel("Veto window on milestones: days").fill("2");
    await page.getByLabel("Veto window on milestones: and hours").fill("12");
    await page
      .getByLabel("Reason for the new rules (Markdown, public)")
      .fill("Only verified payees, more time to object.");
    await expect(rules.locator(".preview .summary").allInnerTexts()).resolves.toEqual([
      "If the members pass this and it is carried out, the fund pays only verified payees: a payment to an unverified, expired or revoked payee is refused.",
      "If the members pass this and it is carried out, a milestone marked delivered from then on can be paid 2 days, 12 hours later unless the guardian stops it; ones already delivered keep their time.",
    ]);
    await rules.getByText("The exact calls, for checking").click();
    await expect(rules.locator(".exact-calls li").count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await passByRpc(await proposed(page, "Propose these rules for the stewards"));

    await page.goto(new URL("/rules/roles", page.url()).toString());
    await settle(page);
    await rules.getByText(/^The fund pays only verified payees:/).waitFor();
    await rules.getByText(/the guardian has 2 days, 12 hours to stop the payment/).waitFor();

    // The late-quorum extension, on the Rules page's form.
    await page.goto(new URL("/rules", page.url()).toString());
    await settle(page);
    await page.getByText("voting stays open at least 1 day longer.", { exact: false }).waitFor();
    await page.getByLabel("Extra voting time when the minimum turnout is reached late (hours)").fill("48");
    await page.getByLabel("Title", { exact: true }).fill("Two days after a late turnout");
    await page.getByLabel("Why (Markdown)").fill("Members who hear late should still have time to vote.");
    await passByRpc(await proposed(page, "Propose these rules"));
    await page.goto(new URL("/rules", page.url()).toString());
    await settle(page);
    await page.getByText("voting stays open at least 2 days longer.", { exact: false }).waitFor();
  });
});
