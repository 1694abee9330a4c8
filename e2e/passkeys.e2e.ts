import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { encodeFunctionData, type Hex } from "viem";
import demo from "../deployments/31337.json";
import { membershipAbi } from "../sdk/generated/pulje";
import { axeViolations, browserForFile, openPage, rpc, sendFrom, settle } from "./browser";
import { openRoundByTimelock } from "./openRound";
import { addAuthenticator, forgetPasskey, importPasskey } from "./virtualAuthenticator";

/** Opens a page by its link's name, and returns the id or address at the end of its path. */
async function follow(page: Page, link: string | RegExp): Promise<string> {
  await page.getByRole("link", { name: link }).first().click();
  await settle(page);
  return new URL(page.url()).pathname.split("/").pop()!;
}

const goto = async (page: Page, route: string) => {
  await page.goto(new URL(route, page.url()).toString());
  await settle(page);
};

describe("residents without crypto: passkey accounts, and the fund pays", () => {
  const browser = browserForFile();

  it("a new resident creates an account, is refused until admitted, sends an idea and delegates with 0 ETH", async () => {
    const page = await openPage(browser(), "/account", { host: "localhost" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    const phone = await addAuthenticator(cdp);
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);

    // A new resident: a passkey, and an account that does not exist on chain yet.
    await page.getByRole("button", { name: "Create my Pulje account" }).click();
    expect(await page.getByTestId("account-code").innerText()).toMatch(/^([0-9A-F]{4}-){10}[0-9A-F]{4}$/);
    await page.getByText("You are not a member yet.").waitFor();
    await page.getByText("You are logged in with your passkey on this device.").waitFor();
    const stored = await page.evaluate(() => localStorage.getItem("pulje.passkey.31337"));
    const resident = (JSON.parse(stored!) as { address: `0x${string}` }).address;
    expect(await axeViolations(page)).toEqual([]);

    // Not a member yet: the fund does not pay for what it tries (here, starting a waiting period).
    await goto(page, "/proposals");
    await follow(page, "Fællesspisning i Ballerup Nord");
    await page.getByRole("button", { name: "Start the waiting period" }).click();
    await page
      .getByText(
        `${resident.slice(0, 6)}…${resident.slice(-4)} is not a member yet, so the fund does not pay for its actions: show the account's code to a registrar to be admitted.`,
      )
      .first()
      .waitFor();

    // The registrar admits the account's address (in Skovlunde) before the account exists.
    await sendFrom(
      "Borgerservice",
      demo.contracts.membership as `0x${string}`,
      encodeFunctionData({ abi: membershipAbi, functionName: "addMember", args: [resident, 0] }),
    );
    await goto(page, "/account");
    await page.getByText("You are a member: you can vote and take part, free of charge.").waitFor();

    // An idea in a round opened after the admission: the passkey signs in to the text service
    // (ERC-6492: the account is not deployed yet), and the idea's operation deploys it.
    const { round } = await openRoundByTimelock();
    await goto(page, `/rounds/${round}`);
    const form = page.locator(".idea-form");
    await form.getByLabel("Estimated cost (DKK)").fill("30000");
    await form.getByLabel("Title", { exact: true }).fill("Bænke ved Skovlunde Torv");
    await form.getByLabel("What it is, where, and who benefits").fill("Fire bænke i skyggen, til alle.");
    await form.getByRole("button", { name: "Send idea" }).click();
    await page.getByRole("heading", { name: "Idea #1 Bænke ved Skovlunde Torv" }).waitFor({ timeout: 60_000 });
    await page.getByText("Fire bænke i skyggen, til alle.").waitFor();
    expect(await rpc<string>("eth_getCode", [resident, "latest"])).not.toBe("0x");

    // The vote goes to Anna.
    await goto(page, "/delegation");
    await page.getByLabel("Delegate your vote to").selectOption({ label: "Anna (0x90F7…b906)" });
    await page.getByRole("button", { name: "Delegate to this member" }).click();
    await page.getByText("Your voting power now: 0").waitFor({ timeout: 60_000 });

    expect(await rpc<string>("eth_getBalance", [resident, "latest"])).toBe("0x0");
    await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: phone });
    await forgetPasskey(page);
    await page.close();
  });

  it("a demo passkey member signs in with her synced passkey (in Danish), votes with a reason and casts a ballot with 0 ETH", async () => {
    const yasmin = demo.demo.passkeyMembers.find((m) => m.name === "Yasmin")!;
    const page = await openPage(browser(), "/account", { host: "localhost" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    await importPasskey(cdp, yasmin.passkeyPrivateKey as Hex);
    // Another device (nothing of the first test's resident stored), in Danish.
    await forgetPasskey(page);
    await page.evaluate(() => localStorage.setItem("pulje.locale", "da"));
    await page.reload();
    await settle(page);
    await page.getByRole("button", { name: "Log ind med min adgangsnøgle" }).click();
    await page.getByText("Du er medlem: du kan stemme og deltage, gratis.").waitFor();
    const stored = await page.evaluate(() => localStorage.getItem("pulje.passkey.31337"));
    expect((JSON.parse(stored!) as { address: string }).address).toBe(yasmin.address);

    await page.evaluate(() => localStorage.setItem("pulje.locale", "en"));
    await goto(page, "/proposals");
    await follow(page, "Ny legeplads ved Ballerup Syd Skole");
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await page.getByLabel("Reason (optional, public)").fill("Godt for børnene i Ballerup Syd");
    await page.getByRole("button", { name: "Cast vote" }).click();
    await page.getByText("You voted For.").waitFor({ timeout: 60_000 });
    await page.getByText("Godt for børnene i Ballerup Syd").first().waitFor();

    await goto(page, "/rounds");
    await follow(page, "Borgermillion 2026");
    await page.getByRole("heading", { name: "Your ballot for Ballerup Syd" }).waitFor();
    const pick = page.locator('input[type="checkbox"]:not([disabled])').first();
    await pick.check();
    await page.getByRole("button", { name: "Cast ballot" }).click();
    await page
      .getByText(/^Your ballot picks #\d+\. You can change it until voting closes\.$/)
      .waitFor({ timeout: 60_000 });
    expect(await rpc<string>("eth_getBalance", [yasmin.address, "latest"])).toBe("0x0");
    await page.close();
  });
});
