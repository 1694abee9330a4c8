import { describe, expect, it } from "vitest";
import { account, axeViolations, browserForFile, connect, openPage, settle } from "./browser";
import { passByRpc } from "./proposalSteps";

const TITLE = "Ny gangbro over Harrestrup Å";
const BACH = "Tømrerfirmaet Bach ApS";
const PAYEE = `${BACH} \\(0x553B…7931\\)`;

describe("proposing a milestone grant and cancelling the rest of it, in the browser", () => {
  const browser = browserForFile();

  it("a member proposes a grant in milestones (refused first on a bad amount), members pass it, it is listed; then cancelling the rest is proposed and passed in Danish", async () => {
    const page = await openPage(browser(), "/stewards", { as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    await page.getByRole("link", { name: "Propose a grant paid in milestones" }).click();
    await page.getByRole("heading", { name: "Propose a grant paid in milestones" }).waitFor();

    // The payee is picked from the registry, where its standing is shown; the address is filled in.
    await page.getByLabel("Or choose a payee the fund knows").selectOption(account(BACH));
    expect(await page.getByLabel("Payee's address").inputValue()).toBe(account(BACH));
    await page.getByText("This payee: verified.").waitFor();
    await page.getByLabel("Title", { exact: true }).fill(TITLE);
    await page.getByLabel("Why (Markdown, public)").fill("En gangbro ved Skovlunde, betalt i to dele.");
    await page.getByLabel("Asset").selectOption({ label: "Danish Krone (DKKT)" });
    await page.getByLabel("Amount of milestone 1").fill("30000");
    await page.getByLabel("What milestone 1 delivers").fill("Fundament støbt");
    await page.getByRole("button", { name: "Add a milestone" }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("amount.1");
    await page.getByLabel("Amount of milestone 2").fill("0");
    await page.getByLabel("What milestone 2 delivers").fill("Broen monteret og godkendt");

    // A milestone of nothing: refused at its row, which gets the focus, before anything is signed.
    await page.getByRole("button", { name: "Propose the milestone grant" }).click();
    await page.getByText("Enter an amount greater than 0, for example 5000.").waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("amount.1");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Amount of milestone 2").fill("45000");
    const consequence = await page.locator(".preview .summary").innerText();
    expect(consequence).toMatch(
      new RegExp(
        `^If the members agree, DKK\\s75,000(\\.00)? is reserved from the treasury for “${TITLE}”, to be paid to ${PAYEE} in 2 milestones: DKK\\s30,000(\\.00)? for “Fundament støbt” and DKK\\s45,000(\\.00)? for “Broen monteret og godkendt”\\. A steward confirms each one; it is paid after the guardian's veto window\\.$`,
      ),
    );
    await page.getByText("The exact calls, for checking").click();
    await expect(page.locator(".exact-calls li").count()).resolves.toBe(2);
    await page.getByRole("button", { name: "Propose the milestone grant" }).click();
    await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    await page.getByRole("heading", { name: new RegExp(TITLE) }).waitFor();

    // The demo's members pass it; the Stewards page lists the grant with both milestones, planned.
    await passByRpc(id);
    await page.goto(new URL("/stewards", page.url()).toString());
    const grant = page.locator("article.milestone-grant", { has: page.getByRole("heading", { name: TITLE }) });
    await grant.waitFor({ timeout: 30_000 });
    await grant.getByText(/^Milestone 1: Fundament støbt — DKK\s30,000(\.00)?$/).waitFor();
    await grant.getByText(/^Milestone 2: Broen monteret og godkendt — DKK\s45,000(\.00)?$/).waitFor();
    await expect(grant.locator("li.milestone-planned").count()).resolves.toBe(2);

    // In Danish: cancelling the rest is proposed from the grant, refused first without a reason.
    const danish = await openPage(browser(), "/stewards", { locale: "da", as: "Camilla" });
    await settle(danish);
    await connect(danish, "Camilla");
    const dansk = danish.locator("article.milestone-grant", { has: danish.getByRole("heading", { name: TITLE }) });
    await dansk.getByText(`Foreslå at annullere resten af »${TITLE}«`).click();
    await dansk.getByRole("button", { name: "Foreslå at annullere resten" }).click();
    await dansk.getByText("Skriv hvorfor.").waitFor();
    expect(await danish.evaluate(() => (document.activeElement as HTMLTextAreaElement).name)).toBe("reason");
    expect(await axeViolations(danish)).toEqual([]);
    await dansk.getByLabel("Begrundelse (Markdown, offentlig)").fill("Kommunen bygger broen selv.");
    await dansk
      .getByText(
        new RegExp(
          `^Hvis medlemmerne er enige, betaler »${TITLE}« ikke mere: milepæle 1 og 2 annulleres, så ${PAYEE} får ikke 75\\.000\\skr\\., og pengene er ikke længere reserveret i kassen\\.$`,
        ),
      )
      .waitFor();
    await dansk.getByRole("button", { name: "Foreslå at annullere resten" }).click();
    await danish.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const cancelId = Number(/(\d+)$/.exec(danish.url())![1]);
    expect(cancelId).toBe(id + 1);

    // Passed and carried out: the grant is finished, both milestones cancelled, the amount freed.
    await passByRpc(cancelId);
    await danish.goto(new URL("/stewards", danish.url()).toString());
    await danish.getByText("Afsluttede tilskud i milepæle").click();
    const done = danish.locator("article.milestone-grant", { has: danish.getByRole("heading", { name: TITLE }) });
    await done
      .getByText(/^Annulleret: 75\.000\skr\. er ikke længere reserveret til det\.$/)
      .waitFor({ timeout: 30_000 });
    await expect(done.locator("li.milestone-cancelled").count()).resolves.toBe(2);
    await done.getByText(/^Milepæl 1: Fundament støbt — 30\.000\skr\.$/).waitFor();
    await done.getByText(/^Milepæl 2: Broen monteret og godkendt — 45\.000\skr\.$/).waitFor();
    // Nothing is left to cancel: the proposal is no longer offered.
    await expect(done.getByText(/Foreslå at annullere resten/).count()).resolves.toBe(0);
  });
});
