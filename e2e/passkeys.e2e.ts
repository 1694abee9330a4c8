import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { encodeFunctionData, keccak256, toBytes, type Address, type Hex } from "viem";
import demo from "../deployments/31337.json";
import { budgetRoundAbi, membershipAbi } from "../sdk/generated/pulje";
import { ETH_ADDRESS as ETH } from "../sdk/model/treasury";
import { grantActions } from "../sdk/proposals/governance";
import { account, axeViolations, browserForFile, openPage, rpc, sendFrom, settle } from "./browser";
import { openRoundByTimelock } from "./openRound";
import { openForVotes, proposeByRpc } from "./proposalSteps";
import { addAuthenticator, forgetPasskey, importPasskey } from "./virtualAuthenticator";

/** Opens a page by its link's name, and returns the id or address at the end of its path. */
async function follow(page: Page, link: string | RegExp): Promise<string> {
  await page.getByRole("link", { name: link }).first().click();
  await settle(page);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** The review code of a feasible idea (IBudgetRound.ReviewReason.Feasible). */
const FEASIBLE = 0;

/** Mines the next block at `timestamp`: a phase boundary of the round. */
async function advanceTo(timestamp: number) {
  await rpc("evm_setNextBlockTimestamp", [timestamp]);
  await rpc("evm_mine");
}

const goto = async (page: Page, route: string) => {
  await page.goto(new URL(route, page.url()).toString());
  await settle(page);
};

describe("residents without crypto: passkey accounts, and the fund pays", () => {
  const browser = browserForFile();
  // Yasmin first: the new resident's test moves the clock twelve days on, past the seeded votes.

  it("a demo passkey member signs in with her synced passkey (in Danish), votes with a reason and casts a ballot with 0 ETH", async () => {
    const yasmin = demo.demo.passkeyMembers.find((m) => m.name === "Yasmin")!;
    const page = await openPage(browser(), "/account", { host: "localhost" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    await importPasskey(cdp, yasmin.passkeyPrivateKey as Hex);
    // Another device, in Danish.
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
  it("a new resident creates an account, is refused until admitted, then votes, sends an idea, casts a ballot, delegates and takes the vote back, all with 0 ETH", async () => {
    const page = await openPage(browser(), "/account", { host: "localhost" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable", { enableUI: false });
    const phone = await addAuthenticator(cdp);
    // A device that has not been used with Pulje: nothing of Yasmin's account stored.
    await forgetPasskey(page);
    await page.reload();
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

    // A proposal made after the admission: its voter list (the snapshot a day later) includes the
    // resident. Their first operation, the vote, deploys the account.
    const benches = await proposeByRpc(
      "Camilla",
      "Bænke ved Skovlunde Bibliotek",
      grantActions(demo.contracts.treasury as Address, { asset: ETH, recipient: account("Hans"), amount: 1n }, ""),
    );
    await openForVotes(benches);
    await goto(page, `/proposals/${benches}`);
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await page.getByRole("button", { name: "Cast vote" }).click();
    await page.getByText("You voted For.").waitFor({ timeout: 60_000 });
    expect(await rpc<string>("eth_getCode", [resident, "latest"])).not.toBe("0x");

    // A round opened after the admission: an idea (the passkey signs in to the text service),
    // the reviewer finds it feasible, and the resident's ballot picks it.
    const { round, params } = await openRoundByTimelock();
    await goto(page, `/rounds/${round}`);
    const form = page.locator(".idea-form");
    await form.getByLabel("Estimated cost (DKK)").fill("30000");
    await form.getByLabel("Title", { exact: true }).fill("Bænke ved Skovlunde Torv");
    await form.getByLabel("What it is, where, and who benefits").fill("Fire bænke i skyggen, til alle.");
    await form.getByRole("button", { name: "Send idea" }).click();
    await page.getByRole("heading", { name: "Idea #1 Bænke ved Skovlunde Torv" }).waitFor({ timeout: 60_000 });
    await page.getByText("Fire bænke i skyggen, til alle.").waitFor();
    await advanceTo(Number(params.ideasEnd) + 1);
    await sendFrom(
      "Borgerservice",
      round as Address,
      encodeFunctionData({
        abi: budgetRoundAbi,
        functionName: "reviewIdea",
        args: [1n, true, 30_000_000_000n, account("Skovlunde Ungdomsklub"), FEASIBLE, keccak256(toBytes("Kan bygges"))],
      }),
    );
    await advanceTo(Number(params.reviewEnd) + 1);
    await goto(page, `/rounds/${round}`);
    await page.getByRole("checkbox", { name: /Bænke ved Skovlunde Torv/ }).check();
    await page.getByRole("button", { name: "Cast ballot" }).click();
    await page.getByText("Your ballot picks #1. You can change it until voting closes.").waitFor({ timeout: 60_000 });

    // The vote goes to Anna, and comes back.
    await goto(page, "/delegation");
    await page.getByLabel("Delegate your vote to").selectOption({ label: "Anna (0x90F7…b906)" });
    await page.getByRole("button", { name: "Delegate to this member" }).click();
    await page.getByText("Your voting power now: 0").waitFor({ timeout: 60_000 });
    // The buttons ignore presses until the delegation's operation is done (aria-disabled).
    const voteMyself = page.getByRole("button", { name: "Vote myself" });
    await expect.poll(() => voteMyself.getAttribute("aria-disabled"), { timeout: 30_000 }).toBeNull();
    await voteMyself.click();
    await page.getByText("Your voting power now: 1").waitFor({ timeout: 60_000 });

    expect(await rpc<string>("eth_getBalance", [resident, "latest"])).toBe("0x0");
    await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: phone });
    await forgetPasskey(page);
    await page.close();
  });
});
