import fs from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { account, axeViolations, browserForFile, connect, nextBlock, openPage, settle } from "./browser";
import { confirmed, passByRpc, state } from "./proposalSteps";

/** The token demo's record (written by its seed under .pulje/, never the committed one). */
const record = () =>
  JSON.parse(fs.readFileSync(inject("deploymentFile"), "utf8")) as { contracts: { governor: `0x${string}` } };

describe("a creators' fund that votes by token, in the browser", () => {
  const browser = browserForFile();

  it("a holder takes her vote back, proposes new tokens (refused first on a bad field), the holders pass them, and the new holder's votes show; in Swedish too", async () => {
    // Emma gave her 60 SKAP to Camilla in the demo: she votes with them herself again.
    const page = await openPage(browser(), "/delegation", { as: "Emma" });
    await settle(page);
    await connect(page, "Emma");
    await page.getByText("Your voting power now: 0", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Vote myself" }).click();
    await confirmed(page, /Delegate your vote/);
    await page.getByText("Your voting power now: 60", { exact: true }).waitFor();
    await page.getByText("Your vote goes to: yourself").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Like the governor, the form counts votes from the block after they were gained.
    await nextBlock();

    // She proposes 100 SKAP for Sofie, who holds none; an amount of 0 is refused at its field.
    await page.getByRole("link", { name: "New tokens" }).first().click();
    await page.getByRole("heading", { name: "New voting tokens" }).waitFor();
    await page.getByLabel("Who gets the tokens").fill(account("Sofie"));
    await page.getByLabel("How many SKAP").fill("0");
    await page.getByLabel("Title", { exact: true }).fill("Röster till Sofie för spelkvällarna");
    await page.getByLabel("Why (Markdown)", { exact: true }).fill("Sofie håller i spelkvällarna varje månad.");
    await page.getByRole("button", { name: "Propose the new tokens" }).click();
    await page.getByText("Enter how many tokens, more than 0.").waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("amount");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("How many SKAP").fill("100");
    expect(await page.locator(".preview .summary").innerText()).toBe(
      "Mints 100 SKAP for Sofie (0x5E66…43F1): the tokens grow from 1,000 SKAP to 1,100 SKAP, and their share of all votes goes from 0% to 9.1%.",
    );
    await page.getByText("a holder with 10 % now has 9.1% after.", { exact: false }).waitFor();
    await page.getByText("Your share goes from 6% to 5.5%.").waitFor();
    await page.getByText("The exact calls, for checking").click();
    await expect(page.locator(".exact-calls li").count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Propose the new tokens" }).click();
    await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    expect(id).toBe(5); // after the demo's four
    await state(page, "Pending");

    // Anna (with Dennis's tokens, 500) and Bo (250) vote For: past the minimum turnout of 200.
    await passByRpc(id, ["Anna", "Bo"], record().contracts.governor);
    await page.reload();
    await state(page, "Carried out");

    // In Swedish: Sofie is listed among the holders with 100 SKAP, and votes with them.
    const swedish = await openPage(browser(), "/members", { locale: "sv", as: "Sofie" });
    await swedish.getByRole("heading", { name: "Innehavare" }).waitFor();
    await settle(swedish);
    await swedish.getByText(/^Alla som har SKAP, 1\s100 SKAP sammanlagt\./).waitFor();
    await swedish.locator("tbody tr", { hasText: "Sofie" }).getByText("sig själv").waitFor();
    // Intl writes Swedish thousands and percentages with no-break spaces.
    const cells = async (name: string) =>
      (await swedish.locator("tbody tr", { hasText: name }).locator("td").allInnerTexts())
        .slice(1)
        .map((cell) => cell.replace(/\s/g, " "));
    expect(await cells("Sofie")).toEqual(["100", "9,1 %", "100", "sig själv"]);
    expect(await cells("Emma")).toEqual(["60", "5,5 %", "60", "sig själv"]);
    expect(await axeViolations(swedish)).toEqual([]);
    await swedish.goto(new URL("/delegation", swedish.url()).toString());
    await settle(swedish);
    await connect(swedish, "Sofie");
    await swedish.getByText("Dina röster just nu: 100", { exact: true }).waitFor();
    expect(await axeViolations(swedish)).toEqual([]);
  });
});
