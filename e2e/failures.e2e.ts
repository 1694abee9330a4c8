import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromium } from "playwright-core";
import { inject } from "vitest";
import { JsonRpcProvider } from "ethers";
import demo from "../deployments/31337.json";
import { connectFund, type DeploymentRecord } from "../deploy/deployments";
import { account, axeViolations, browserForFile, connect, openPage, settle } from "./browser";

type Wallet = { __testWallet: { chain(id: number): void; rejectNext(): void } };

async function fillGrant(page: Page, title: string) {
  await page.getByLabel("Recipient address").fill(account("Måløv Grundejerforening"));
  await page.getByLabel("Asset").selectOption({ label: "Danish Krone (DKKT)" });
  await page.getByLabel("Amount").fill("4200");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description (Markdown)").fill("Borde og bænke til sommerfesten.");
}

async function failed(page: Page, text: string) {
  await page.locator('[data-status="failed"]', { hasText: text }).last().waitFor({ timeout: 30_000 });
}

describe("failures become plain sentences, and nothing typed is lost", () => {
  const browser = browserForFile();

  it("wrong network: says so and switches back with one button", async () => {
    const page = await openPage(browser(), "/", { as: "Anna" });
    await settle(page);
    await connect(page, "Anna");
    await page.evaluate(() => (window as unknown as Wallet).__testWallet.chain(1));
    const banner = page
      .getByRole("alert")
      .filter({ hasText: "Your wallet app is on Ethereum, but this fund is on the local demo network." });
    await banner.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch network" }).click();
    await banner.waitFor({ state: "detached" });
    await page.close();
  });

  it("a rejected signature: says what happened, and the draft survives it and a reload", async () => {
    const page = await openPage(browser(), "/proposals/new", { as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    await fillGrant(page, "Sommerfest i Skovlunde");
    await page.evaluate(() => (window as unknown as Wallet).__testWallet.rejectNext());
    await page.getByRole("button", { name: "Propose grant" }).click();
    await failed(page, "You said no in your wallet app. Nothing was sent; try again when you are ready.");
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Sommerfest i Skovlunde");
    await page.reload();
    await settle(page);
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Sommerfest i Skovlunde");
    expect(await page.getByLabel("Amount").inputValue()).toBe("4200");
    expect(await page.getByLabel("Recipient address").inputValue()).toBe(account("Måløv Grundejerforening"));
    await page.close();
  });

  it("checks every field before sending, with the message at the field", async () => {
    const page = await openPage(browser(), "/proposals/new", { as: "Camilla" });
    await settle(page);
    await connect(page, "Camilla");
    await page.getByRole("button", { name: "Clear the form" }).click();
    await page.getByLabel("Asset").selectOption({ label: "Danish Krone (DKKT)" });
    await page.getByLabel("Recipient address").fill("0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1198");
    await page.getByLabel("Amount").fill("9999999");
    await page.getByRole("button", { name: "Propose grant" }).click();
    await page
      .getByText("This address has a typing error (its checksum does not match). Copy it again from the recipient.")
      .waitFor();
    // 856,000 DKKT held, 134,000 of it reserved for the pools and the milestone grant.
    await page
      .getByText(
        "The treasury can pay only DKK 722,000: the rest is reserved for pools and milestone grants or not there. Enter a smaller amount.",
      )
      .waitFor();
    await page.getByText("Give the grant a title.").waitFor();
    // The first field in error has the focus, and says so to assistive technology.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("recipient");
    expect(await page.getByLabel("Recipient address").getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("a revert: the contract's error as its own sentence", async () => {
    // Frederik's proposal #13 is still pending: the governor allows one live proposal each.
    const page = await openPage(browser(), "/proposals/new", { as: "Frederik" });
    await settle(page);
    await connect(page, "Frederik");
    await fillGrant(page, "Endnu et forslag");
    await page.getByRole("button", { name: "Propose grant" }).click();
    await failed(
      page,
      "Frederik (0x2361…1E8f) already has proposal #13 pending or open for votes: wait until it is decided before proposing again.",
    );
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Endnu et forslag");
    await page.close();
  });

  it("the language switch changes everything on the page and is remembered", async () => {
    const page = await openPage(browser(), "/proposals/12");
    await settle(page);
    await page.getByLabel("Language").selectOption({ label: "Svenska" });
    await page.getByRole("button", { name: "Change" }).click();
    await page.getByRole("link", { name: "Förslag", exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
    await page.reload();
    await settle(page);
    await page.getByRole("link", { name: "Förslag", exact: true }).waitFor();
    expect(await page.locator("main h2").first().innerText()).toBe("Vad förslaget gör");
    await page.close();
  });

  it("the demo account picker, on the local chain: vote as a demo member without any wallet", async () => {
    const profile = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = await profile.newPage();
    await page.goto(`${inject("appUrl")}/proposals/12`);
    await settle(page);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("No wallet app found in this browser.").waitFor();
    await page.getByText("Only on this local demo network").waitFor();
    // Each person's roles as the chain says them now, in the visitor's language.
    const demoPerson = (name: string) => page.locator(".demo-accounts button", { hasText: name });
    await demoPerson("Sofie").getByText("— resident, not a member yet").waitFor();
    await demoPerson("Kommunens jurist").getByText("— guardian").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: /^Hans/ }).click();
    await page.getByText("Logged in as Hans").waitFor();
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await page.getByRole("button", { name: "Cast vote" }).click();
    await page.locator('[data-status="confirmed"]', { hasText: "Vote on proposal #12" }).waitFor({ timeout: 30_000 });
    await page.getByText("You voted For.").waitFor();

    // The registrar admits Sofie: the picker follows the chain, not the demo's seeding.
    const provider = new JsonRpcProvider(inject("rpcUrl"), undefined, { staticNetwork: true });
    const fund = connectFund(demo as unknown as DeploymentRecord, await provider.getSigner(account("Borgerservice")));
    await (await fund.membership!.addMember(account("Sofie"), 1)).wait();
    provider.destroy();
    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("button", { name: "Log in" }).click();
    await demoPerson("Sofie").getByText("— member in Måløv").waitFor();
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await page.getByLabel("Language").selectOption({ label: "Dansk" });
    await page.getByRole("button", { name: "Change" }).click();
    await page.getByRole("button", { name: "Log ind" }).click();
    await demoPerson("Sofie").getByText("— medlem i Måløv").waitFor();
    await demoPerson("Ballerup Kommune").getByText("— opretter, indbetaler til kassen").waitFor();
    await profile.close();
  });
});
