import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { JsonRpcProvider } from "ethers";
import { encodeFunctionData, parseUnits, type Hex } from "viem";
import { connectFund, type DeploymentRecord } from "../deploy/deployments";
import { executeProposal, queueProposal } from "../harness/operations";
import { ABIS } from "../sdk/contracts/kinds";
import demo from "../deployments/31337.json";
import { formatAmount } from "../frontend/src/i18n/format";
import {
  account,
  advanceTime,
  axeViolations,
  browserForFile,
  connect,
  openPage,
  rpc,
  settle,
  uncaughtErrors,
} from "./browser";
import { DAY } from "./openRound";

const GOVERNOR = demo.contracts.governor as Hex;
const TREASURY = demo.contracts.treasury as Hex;
// The seeded demo lists the token (the deployments file in git may list none, so typed by hand).
const DKKT = (demo.assets as { symbol: string; address: string }[]).find((a) => a.symbol === "DKKT")!.address as Hex;
const CRITERIA = "En idé kommer på stemmesedlen, når den gavner bydelen og kan gennemføres inden for et år.";

/** Intl's spaces (no-break, narrow no-break) as plain ones, so Node's and Chromium's formats compare. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
const kroner = (whole: string) => plain(formatAmount("da", parseUnits(whole, 6), 6, "DKKT"));

/** The newest proposal `name` has made (0 for none), read from the governor. */
async function latestProposalOf(name: string): Promise<bigint> {
  const data = encodeFunctionData({ abi: ABIS.governor, functionName: "latestProposalIdOf", args: [account(name)] });
  return BigInt(await rpc<Hex>("eth_call", [{ to: GOVERNOR, data }, "latest"]));
}

/** What the treasury holds of DKKT that no pool or milestone grant has reserved. */
async function treasuryAvailable(): Promise<bigint> {
  const data = encodeFunctionData({ abi: ABIS.treasury, functionName: "available", args: [DKKT] });
  return BigInt(await rpc<Hex>("eth_call", [{ to: TREASURY, data }, "latest"]));
}

describe("proposing a budget round from the form", () => {
  const browser = browserForFile();
  let proposal = 0n;
  /** The ideas' end as the form proposed it by default (a local date and time). */
  let ideasEnd = "";

  it("refuses a bad budget at its field, then proposes the round in Danish with its criteria and escrow payment", async () => {
    const page = await openPage(browser(), "/rounds", { locale: "da", as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page.getByRole("link", { name: "Foreslå en ny budgetrunde" }).click();
    await page.waitForURL(/\/rounds\/new$/);
    await settle(page);
    await page.getByRole("heading", { name: "Foreslå en budgetrunde", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Ryd formularen" }).click();
    // The phases' defaults are filled in once the chain's time and the governor's delays are read.
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('input[name="ideasEnd"]')?.value ?? "") !== "",
    );
    expect(await page.locator('input[name="guardian"]').inputValue()).toBe(account("Kommunens jurist"));
    ideasEnd = await page.locator('input[name="ideasEnd"]').inputValue();

    await page.getByLabel("Rundens navn").fill("Borgermillion 2028");
    await page.getByLabel("Hvad runden handler om").fill("75.000 kr. til to bydele.");
    await page.getByLabel("Sådan vælges idéerne").fill(CRITERIA);
    await page.getByLabel(/^Budgettet for Skovlunde/).fill("50 000");
    await page.getByLabel(/^Budgettet for Måløv/).fill("femten");
    await page.getByLabel("Bedømmere").fill(account("Borgerservice"));

    // A budget that is not an amount: refused at its field, focus there, nothing sent.
    const before = await latestProposalOf("Hans");
    await page.getByRole("button", { name: "Foreslå runden" }).click();
    await page.getByText("Skriv et beløb over 0, for eksempel 250000.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("budget.Måløv");
    expect(await page.locator(".field-invalid").count()).toBe(1);
    expect(await page.locator("[data-status]").count()).toBe(0);
    expect(await latestProposalOf("Hans")).toBe(before);
    expect(await axeViolations(page)).toEqual([]);

    // More than the treasury has free: said before anyone signs, with what it has.
    const consequence = page.getByRole("region", { name: "Hvis medlemmerne stemmer ja" });
    await page.getByLabel(/^Budgettet for Måløv/).fill("900000000");
    const available = plain(formatAmount("da", await treasuryAvailable(), 6, "DKKT"));
    const short = consequence.getByRole("note");
    await short.waitFor();
    expect(plain(await short.innerText())).toBe(
      `Kassen har kun ${available} frit nu af de ${kroner("900050000")}, dette kræver: hvis medlemmerne er enige, kan det først gennemføres, når der er indbetalt nok.`,
    );

    // Corrected: the consequence in plain words, then the calls folded away.
    await page.getByLabel(/^Budgettet for Måløv/).fill("25 000");
    await short.waitFor({ state: "detached" });
    expect((await consequence.locator("ul.round-escrow li").allInnerTexts()).map(plain)).toEqual([
      `${kroner("50000")} flyttes fra kassen ind i runden til Skovlunde.`,
      `${kroner("25000")} flyttes fra kassen ind i runden til Måløv.`,
    ]);
    await consequence
      .getByText(`I alt sættes ${kroner("75000")} af: pengene kan kun gå til vinderne eller tilbage til kassen.`)
      .waitFor();
    await consequence
      .getByText(/^Kommunens jurist \(0x.+\) kan stoppe en vinder i 2 dage efter resultatet\.$/)
      .waitFor();
    await consequence.getByText(/^Bedømmere: Borgerservice \(0x.+\)\.$/).waitFor();
    // The exact calls are folded away: the three of them once opened (mark the escrow as the
    // fund's own account only when payees must be verified), pay, create the round, then let the
    // fee fund pay for its ballots and ideas.
    expect(await consequence.locator(".exact-calls").getAttribute("open")).toBeNull();
    await consequence.getByText("Rundens adresse i disse kald fastlægges, når du foreslår.").waitFor();
    await consequence.locator(".exact-calls summary").click();
    const calls = (await consequence.locator(".exact-calls li").allInnerTexts()).map(
      (c) => /: (\w+), med/.exec(c)?.[1],
    );
    expect(calls.slice(-3)).toEqual(["pay", "createRound", "setAllowedActions"]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Foreslå runden" }).click();
    await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
    const id = await latestProposalOf("Hans");
    expect(id).not.toBe(before);
    proposal = id;
    expect(page.url().endsWith(`/proposals/${id}`)).toBe(true);
    await settle(page);
    await page
      .getByRole("heading", { name: /Borgermillion 2028/ })
      .first()
      .waitFor();
    await page.getByRole("region", { name: "Sådan vælges idéerne" }).getByText(CRITERIA).waitFor();
    // The budget goes into the round's escrow with the same proposal that opens the round.
    const payment = page.locator(".actions li", { hasText: /^Betal / });
    expect(plain(await payment.first().innerText())).toMatch(new RegExp(`^Betal ${kroner("75000")} til 0x`));
    await page.locator(".actions li", { hasText: `Åbn en budgetrunde på ${kroner("75000")}` }).waitFor();
    await page
      .locator(".actions li", {
        hasText: /^Lad gebyrkassen betale for medlemmernes stemmesedler og idéer i budgetrunden 0x[0-9a-fA-F]{4}…/,
      })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The draft was cleared once the proposal was made.
    await page.goto(page.url().replace(/\/proposals\/\d+$/, "/rounds/new"));
    await settle(page);
    expect(await page.getByLabel("Rundens navn").inputValue()).toBe("");
    expect(uncaughtErrors(page)).toEqual([]);
    await page.close();
  });

  it("passed and carried out, the round opens with the form's budgets, criteria and phases (Danish, then English)", async () => {
    expect(proposal).not.toBe(0n);
    const provider = new JsonRpcProvider(inject("rpcUrl"), undefined, { staticNetwork: true });
    const signer = (name: string) => provider.getSigner(account(name));
    const fund = connectFund(demo as unknown as DeploymentRecord, await signer("Hans"));
    await advanceTime(DAY + 1);
    for (const name of ["Anna", "Camilla", "Dennis", "Emma", "Hans"])
      await (await fund.governor.connect(await signer(name)).castVote(proposal, 1)).wait();
    await advanceTime(5 * DAY + 1);
    await queueProposal(fund, await signer("Hans"), proposal);
    await advanceTime(2 * DAY + 1);
    await executeProposal(fund, await signer("Hans"), proposal);
    provider.destroy();

    const page = await openPage(browser(), "/rounds", { locale: "da" });
    await settle(page);
    const card = page.locator(".round-card", { hasText: "Borgermillion 2028" });
    await card.waitFor();
    expect(await card.locator(".badge-phase").innerText()).toBe("Idéer");
    await card.getByText(`Samlet budget: ${kroner("75000")}`).waitFor();
    // The round's ideas close when the form proposed (the browser and this test share a time zone).
    const round = (await card.getByRole("link", { name: "Borgermillion 2028" }).getAttribute("href"))!
      .split("/")
      .at(-1) as Hex;
    const read = encodeFunctionData({ abi: ABIS.round, functionName: "ideasEnd" });
    expect(Number(BigInt(await rpc<Hex>("eth_call", [{ to: round, data: read }, "latest"])))).toBe(
      Date.parse(ideasEnd) / 1000,
    );
    await card.getByRole("link", { name: "Borgermillion 2028" }).click();
    await settle(page);
    await page.getByRole("region", { name: "Sådan vælges idéerne" }).getByText(CRITERIA).waitFor();
    await page
      .getByText("Områdets budget: " + kroner("50000"))
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);

    // The same round's page in English: the criteria as the members wrote them, the budget in DKK.
    const english = await openPage(browser(), new URL(page.url()).pathname, { locale: "en" });
    await settle(english);
    await english.getByRole("region", { name: "How ideas are chosen" }).getByText(CRITERIA).waitFor();
    const budget = plain(formatAmount("en", parseUnits("50000", 6), 6, "DKKT"));
    await english
      .getByText("Budget: " + budget)
      .first()
      .waitFor();
    expect(await axeViolations(english)).toEqual([]);
    await english.close();
    await page.close();
  });
});
