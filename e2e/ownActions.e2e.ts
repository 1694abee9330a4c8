import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { encodeFunctionData, erc20Abi, parseEther, parseUnits, type Hex } from "viem";
import demo from "../deployments/31337.json";
import { formatAmount, type Locale } from "../frontend/src/i18n/format";
import { axeViolations, browserForFile, connect, openPage, rpc, sendFrom, settle } from "./browser";

const TREASURY = demo.contracts.treasury as Hex;
// The seeded demo lists the token (the deployments file in git may list none, so typed by hand).
const DKKT = (demo.assets as { symbol: string; address: string }[]).find((a) => a.symbol === "DKKT")!.address as Hex;

async function confirmed(page: Page, label: string) {
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
}

/** Intl's spaces (no-break, narrow no-break) as plain ones, so Node's and Chromium's formats compare. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

async function treasuryDkkt(): Promise<bigint> {
  const data = encodeFunctionData({ abi: erc20Abi, functionName: "balanceOf", args: [TREASURY] });
  return BigInt(await rpc<Hex>("eth_call", [{ to: DKKT, data }, "latest"]));
}

async function treasuryEth(): Promise<bigint> {
  return BigInt(await rpc<Hex>("eth_getBalance", [TREASURY, "latest"]));
}

/** The deposit page's line for `symbol` reads exactly `amount` of it, as the dApp writes it in `locale`. */
async function shownBalance(page: Page, symbol: string, locale: Locale, amount: bigint, decimals: number) {
  const line = page.locator(`.balances [data-asset="${symbol}"]`);
  const expected = plain(formatAmount(locale, amount, decimals, symbol));
  await page.waitForFunction(
    ([selector, text]) => {
      const shown = document.querySelector(selector)?.textContent ?? "";
      return shown.replace(/[\s\u00a0\u202f]+/g, " ").trim() === text;
    },
    [`.balances [data-asset="${symbol}"]`, expected] as const,
    { timeout: 30_000 },
  );
  expect(plain(await line.innerText())).toBe(expected);
}

describe("people's own actions: withdraw a proposal, leave, propose a revocation, deposit", () => {
  const browser = browserForFile();

  it("a proposer withdraws their own pending proposal (Danish), and it shows as cancelled", async () => {
    const page = await openPage(browser(), "/proposals/13", { locale: "da", as: "Frederik" });
    await settle(page);
    await connect(page, "Frederik");
    await page.locator(".state-line .badge", { hasText: "Afventer" }).waitFor();
    await page.getByRole("heading", { name: "Træk dit forslag tilbage" }).waitFor();
    const button = page.getByRole("button", { name: "Træk mit forslag tilbage" });
    // The consequence is said beside the button, and is its description.
    expect(await button.getAttribute("aria-describedby")).not.toBeNull();
    await page
      .getByText(
        "Dit forslag annulleres, før nogen stemmer om det, og det forbliver annulleret. Du kan stille et nyt forslag med det samme.",
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    await confirmed(page, "Træk forslag #13 tilbage");
    await page.locator(".state-line .badge", { hasText: "Annulleret" }).waitFor();
    await page.getByText("Dette forslag blev annulleret.").waitFor();
    await page.getByRole("heading", { name: "Træk dit forslag tilbage" }).waitFor({ state: "detached" });
    await page.reload();
    await settle(page);
    await page.locator(".state-line .badge", { hasText: "Annulleret" }).waitFor();
    expect(await page.getByRole("button", { name: "Træk mit forslag tilbage" }).count()).toBe(0);
    await page.close();
  });

  it("the same proposer proposes ending a membership (English): checked field by field, then proposed", async () => {
    const page = await openPage(browser(), "/members", { locale: "en", as: "Frederik" });
    await settle(page);
    await connect(page, "Frederik");
    await page.getByRole("heading", { name: "Propose ending a membership" }).waitFor();
    await page.getByRole("button", { name: "Clear the form" }).click();

    // Nothing chosen, nothing written: each field says what is missing, and focus goes to the first.
    await page.getByRole("button", { name: "Propose ending this membership" }).click();
    await page.getByText("Choose the member whose membership should end.").waitFor();
    await page.getByText("Write why the membership should end.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("member");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Member whose membership should end").selectOption({ label: "Bo (0x15d3…6A65)" });
    await page.getByLabel("Reason (Markdown, public)").fill("Bo er flyttet til Aarhus og har bedt om at udtræde.");
    await page
      .getByText(
        "If the members pass this and it is carried out, Bo (0x15d3…6A65) is no longer a member: they lose their vote on proposals whose voting opens afterwards and can no longer make proposals. A registrar can admit them again.",
      )
      .waitFor();
    await page.locator(".preview .actions", { hasText: "Revoke the membership of Bo (0x15d3…6A65)" }).waitFor();
    await page.getByText("The exact calls, for checking").click();
    await page.getByText("Pulje membership (0x", { exact: false }).first().waitFor();
    await page.locator(".exact-calls li", { hasText: ": revoke, with 0 ETH" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Frederik withdrew #13 in the test before: the governor takes his next proposal at once.
    await page.getByRole("button", { name: "Propose ending this membership" }).click();
    await page.waitForURL(/\/proposals\/24$/, { timeout: 30_000 });
    await page.locator(".state-line .badge", { hasText: "Pending" }).waitFor();
    await page.locator(".actions", { hasText: "Revoke the membership of Bo (0x15d3…6A65)" }).waitFor();
    await page.getByRole("heading", { name: /End the membership of Bo \(0x15d3…6A65\)/ }).waitFor();
    await page.getByText("Bo er flyttet til Aarhus og har bedt om at udtræde.").waitFor();
    // The draft was cleared once the proposal was made.
    await page.goto(page.url().replace(/\/proposals\/24$/, "/members"));
    await settle(page);
    expect(await page.getByLabel("Reason (Markdown, public)").inputValue()).toBe("");
    await page.close();
  });

  it("a member leaves the fund (Norwegian) after ticking that they understand, and is no longer listed", async () => {
    const page = await openPage(browser(), "/members", { locale: "nb", as: "Karen" });
    await settle(page);
    expect(await page.locator("table").innerText()).toContain("Karen");
    await page.goto(page.url().replace(/\/members$/, "/delegation"));
    await settle(page);
    await connect(page, "Karen");
    await page.getByRole("heading", { name: "Forlat fondet" }).waitFor();
    await page
      .getByText(
        "Medlemskapet ditt opphører straks, og med det stemmen din i hvert forslag der avstemningen åpner fra nå av. Du kan ikke lenger fremme forslag.",
      )
      .waitFor();
    await page
      .getByText("Forslag du har fremmet, blir stående. Bare en medlemsansvarlig kan ta deg opp igjen.")
      .waitFor();

    // Not ticked: nothing is sent, the box says why and has focus.
    await page.getByRole("button", { name: "Forlat fondet" }).click();
    await page.getByText("Kryss av i boksen for å bekrefte at du vil forlate fondet.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("understood");
    expect(await page.locator("[data-status]").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Jeg forstår at medlemskapet mitt opphører nå").check();
    await page.getByRole("button", { name: "Forlat fondet" }).click();
    await confirmed(page, "Forlat fondet");
    await page.getByRole("heading", { name: "Forlat fondet" }).waitFor({ state: "detached" });
    await page.getByText("Stemmene dine nå: 0").waitFor();

    await page.getByRole("link", { name: "Medlemmer" }).first().click();
    await settle(page);
    await page.locator("table", { hasText: "Anna" }).waitFor();
    expect(await page.locator("table").innerText()).not.toContain("Karen");
    await page.close();
  });

  it("anyone deposits ETH with a memo (English), and the treasury's balance rises by exactly that", async () => {
    const before = await treasuryEth();
    const page = await openPage(browser(), "/", { locale: "en", as: "Ballerup Kommune" });
    await settle(page);
    await page.getByRole("link", { name: "Deposit into the treasury" }).click();
    await page.getByRole("heading", { name: "Deposit into the treasury", level: 1 }).waitFor();
    await settle(page);
    await connect(page, "Ballerup Kommune");
    await shownBalance(page, "ETH", "en", before, 18);
    await page.getByRole("button", { name: "Clear the form" }).click();

    await page.getByRole("button", { name: "Deposit", exact: true }).click();
    await page.getByText("Enter an amount greater than 0.").waitFor();
    await page.getByLabel("Amount").fill("1,25");
    await page.getByLabel("Memo (optional, public)").fill("Gebyrer for 2027");
    await page
      .getByText(
        "1.25 ETH goes from your account to the fund's treasury. It cannot be taken back: only a proposal the members pass can pay it out.",
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Deposit", exact: true }).click();
    await confirmed(page, "Deposit 1.25 ETH");
    await shownBalance(page, "ETH", "en", before + parseEther("1.25"), 18);
    expect(await treasuryEth()).toBe(before + parseEther("1.25"));
    expect(await page.getByLabel("Amount").inputValue()).toBe("");

    // The memo went to the content service and is published with the deposit.
    await page.getByRole("link", { name: "History" }).click();
    await page.getByText("Gebyrer for 2027").first().waitFor({ timeout: 30_000 });
    await page.close();
  });

  it("anyone deposits DKKT (Danish): approval then deposit, both tracked, and no approval when one suffices", async () => {
    const before = await treasuryDkkt();
    const page = await openPage(browser(), "/treasury/deposit", { locale: "da", as: "Ballerup Kommune" });
    await settle(page);
    await connect(page, "Ballerup Kommune");
    await page.getByLabel("Valuta").selectOption(DKKT);
    await shownBalance(page, "DKKT", "da", before, 6);
    await page.getByLabel("Beløb").fill("2500,75");
    await page.getByLabel("Besked (valgfri, offentlig)").fill("Tilskud til Borgermillion 2027");
    const amountText = plain(formatAmount("da", parseUnits("2500.75", 6), 6, "DKKT"));
    await page.locator(".preview .note").filter({ hasText: "Din tegnebogsapp spørger dig to gange" }).waitFor();
    expect(plain(await page.locator(".preview .note").innerText())).toBe(
      `Din tegnebogsapp spørger dig to gange: først om kassen må tage ${amountText} fra din konto, derefter om selve indbetalingen.`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Indbetal", exact: true }).click();
    await confirmed(page, "Lad kassen tage");
    await confirmed(page, "Indbetal");
    await shownBalance(page, "DKKT", "da", before + parseUnits("2500.75", 6), 6);
    expect(await treasuryDkkt()).toBe(before + parseUnits("2500.75", 6));

    // The treasury may already take 100 kr.: the form says one question, and sends one transaction.
    await sendFrom(
      "Ballerup Kommune",
      DKKT,
      encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [TREASURY, parseUnits("100", 6)] }),
    );
    await page.reload();
    await settle(page);
    await page.getByLabel("Valuta").selectOption(DKKT);
    await page.getByLabel("Beløb").fill("100");
    await page
      .getByText("Kassen må allerede tage dette beløb fra din konto, så din tegnebogsapp spørger dig én gang.")
      .waitFor();
    await page.getByRole("button", { name: "Indbetal", exact: true }).click();
    await confirmed(page, "Indbetal");
    await shownBalance(page, "DKKT", "da", before + parseUnits("2600.75", 6), 6);
    expect(await page.locator("[data-status]", { hasText: "Lad kassen tage" }).count()).toBe(0);
    expect(await treasuryDkkt()).toBe(before + parseUnits("2600.75", 6));
    await page.close();
  });
});
