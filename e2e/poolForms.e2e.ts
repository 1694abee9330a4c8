import { describe, expect, it } from "vitest";
import { account, axeViolations, browserForFile, connect, openPage, rpc, settle } from "./browser";
import { passByRpc, state } from "./proposalSteps";

const DAY = 86_400;
const NAME = "Arbejdsgruppe: Bænke ved Ballerup Bibliotek";

/** The chain's date `days` from now, as a date field takes it. */
async function chainDate(days: number): Promise<string> {
  const block = await rpc<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
  return new Date((Number(block.timestamp) + days * DAY) * 1000).toISOString().slice(0, 10);
}

describe("proposing a task group and closing it early, in the browser", () => {
  const browser = browserForFile();

  it("a member proposes a task group (refused first on a bad field), members pass it, it is listed; then closing it early is proposed in Danish", async () => {
    const page = await openPage(browser(), "/stewards", { as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    await page.getByRole("link", { name: "Propose a quick pool or task group" }).click();
    await page.getByRole("heading", { name: "Propose a quick pool or task group" }).waitFor();

    await page.getByLabel("Kind").selectOption({ label: "Task group" });
    await page.getByLabel("Name", { exact: true }).fill(NAME);
    await page.getByLabel("What it is for (Markdown, public)").fill("Tre nye bænke ved indgangen til biblioteket.");
    await page
      .getByLabel("Committee: one address a line")
      .fill([account("Anna"), account("Emma"), account("Hans")].join("\n"));
    await page.getByLabel("Approvals needed for each grant").fill("4");
    await page.getByLabel("Asset").selectOption({ label: "Danish Krone (DKKT)" });
    await page.getByLabel("Budget").fill("15000");
    await page.getByLabel("Most per grant").fill("5000");
    await page.getByLabel("Last day open").fill(await chainDate(90));

    // Four approvals of three people: refused at its field, which gets the focus, before anything is signed.
    await page.getByRole("button", { name: "Propose the pool" }).click();
    await page.getByText("Enter a whole number from 1 to 3, the committee's size.").waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("threshold");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Approvals needed for each grant").fill("2");
    const consequence = await page.locator(".preview .summary").innerText();
    expect(consequence).toMatch(
      new RegExp(
        `^If the members agree, DKK\\s15,000(\\.00)? is reserved from the treasury for “${NAME}”\\. 2 of its 3 committee members must approve each grant, of at most DKK\\s5,000(\\.00)?, until .+; what is left then goes back to the treasury\\.$`,
      ),
    );
    await page.getByText("The exact calls, for checking").click();
    await expect(page.locator(".exact-calls li").count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Propose the pool" }).click();
    await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    await state(page, "Pending");
    await page.getByRole("heading", { name: new RegExp(NAME) }).waitFor();

    // Four members vote For (the minimum turnout); it passes, waits and is carried out.
    await passByRpc(id);
    await page.reload();
    await state(page, "Carried out");

    // The Stewards page lists the new task group with its name from the content service.
    await page.getByRole("link", { name: "Stewards" }).first().click();
    const listed = page.locator(".pools li", { hasText: NAME });
    await listed.waitFor({ timeout: 30_000 });

    // In Danish: a member proposes closing it early from its page, and the proposal is listed.
    await listed.getByRole("link").first().click();
    await page.waitForURL(/\/stewards\/pools\/0x[0-9a-fA-F]{40}$/);
    const poolUrl = new URL(page.url()).pathname;
    const danish = await openPage(browser(), poolUrl, { locale: "da", as: "Camilla" });
    await settle(danish);
    await connect(danish, "Camilla");
    await danish.getByRole("heading", { name: "Foreslå en ændring" }).waitFor();
    await danish.getByLabel("Ændring", { exact: true }).selectOption({ label: "Luk den før tid" });
    await danish.getByRole("button", { name: "Foreslå ændringen" }).click();
    await danish.getByText("Skriv hvorfor.").waitFor();
    expect(await danish.evaluate(() => (document.activeElement as HTMLTextAreaElement).name)).toBe("reason");
    expect(await axeViolations(danish)).toEqual([]);
    await danish
      .getByLabel("Begrundelse (Markdown, offentlig)")
      .fill("Bænkene er sat op; resten kan bruges andre steder.");
    await danish
      .getByText(
        /^Hvis medlemmerne er enige, lukker .+ med det samme: den betaler ikke flere tilskud, og de 15\.000\skr\., den har tilbage, går tilbage til kassen\.$/,
      )
      .waitFor();
    await danish.getByRole("button", { name: "Foreslå ændringen" }).click();
    await danish.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const closeId = Number(/(\d+)$/.exec(danish.url())![1]);
    expect(closeId).toBe(id + 1);
    await danish.goto(new URL("/proposals", danish.url()).toString());
    await settle(danish);
    await danish
      .getByText(new RegExp(`Luk ${NAME} før tid`))
      .first()
      .waitFor();
  });
});
