/**
 * Payments refused inside another contract, in the visitor's language: the governor's execute
 * refused by the treasury (too little unreserved) or by the payee registry (through the
 * treasury), a round's release refused by the registry, and a refusal mined in a block after
 * its simulation had passed. Before that, the proposal page and the Overview say a payment
 * cannot be made now, so no one is surprised by the refusal. The state comes from the chain, as
 * members make it: proposals, votes, the waiting period and time moving forward.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Page } from "playwright-core";
import { JsonRpcProvider, parseUnits, type Signer } from "ethers";
import { keccak256, toBytes, type Address } from "viem";
import { connectFund, type DeploymentRecord } from "../deploy/deployments";
import { queueProposal } from "../harness/operations";
import { proposalDescription } from "../sdk/model/description";
import type { ProposalActions } from "../sdk/proposals/actions";
import { grantActions } from "../sdk/proposals/governance";
import { verificationRuleActions } from "../sdk/proposals/stewards";
import { BudgetRound__factory } from "../typechain-types";
import demo from "../deployments/31337.json";
import { account, advanceTime, axeViolations, browserForFile, connect, openPage, rpc, settle } from "./browser";

const DAY = 86_400;
const record = demo as unknown as DeploymentRecord;
const DKKT = record.assets.find((a) => a.symbol === "DKKT")!.address;
/** The demo's queued grant of 60,000 DKKT to Ballerup Syd Legepladsforening, a payee never verified. */
const DOG_PARK = 6n;
const VOTERS = ["Anna", "Camilla", "Dennis", "Emma", "Hans"];

/** A message's text with the non-breaking spaces of amounts as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").trim();

async function failedWith(page: Page, label: string): Promise<string> {
  const message = page.locator('[data-status="failed"]', { hasText: label }).last();
  await message.waitFor({ timeout: 30_000 });
  return plain(await message.locator(".tx-text").innerText());
}

describe("refusals from inside another contract, in the visitor's language", () => {
  const browser = browserForFile();
  let provider: JsonRpcProvider;
  const signer = (name: string): Promise<Signer> => provider.getSigner(account(name));
  const fund = async (name: string) => connectFund(record, await signer(name));
  let sportsHall: bigint; // 800,000 DKKT, more than the treasury's 722,000 unreserved
  let verifiedOnly: bigint; // the members require verified payees

  /** Proposes `actions` as `proposer` with a public title, and returns the proposal's number. */
  async function propose(proposer: string, actions: ProposalActions, title: string): Promise<bigint> {
    const description = proposalDescription(title, keccak256(toBytes(title)), account(proposer));
    const { governor } = await fund(proposer);
    await (await governor.propose(actions.targets, actions.values, actions.calldatas, description)).wait();
    return governor.latestProposalIdOf(account(proposer));
  }

  beforeAll(async () => {
    provider = new JsonRpcProvider(inject("rpcUrl"), undefined, { staticNetwork: true, pollingInterval: 250 });
    const { treasury, payeeRegistry } = record.contracts;
    const hall = {
      asset: DKKT as Address,
      recipient: account("Måløv Grundejerforening"),
      amount: parseUnits("800000", 6),
    };
    sportsHall = await propose("Hans", grantActions(treasury, hall, "Ny idrætshal i Måløv"), "Ny idrætshal i Måløv");
    verifiedOnly = await propose("Camilla", verificationRuleActions(payeeRegistry, true), "Kun verificerede modtagere");
  });
  afterAll(() => provider.destroy());

  it("before anyone votes, the proposal page says the treasury cannot pay it now", async () => {
    const page = await openPage(browser(), `/proposals/${sportsHall}`, { locale: "da" });
    await settle(page);
    const note = page.locator('p.warning[role="note"]', { hasText: "Dette kan ikke betales nu" });
    // 856,000 DKKT held, 134,000 of it reserved for the pools and the milestone grant.
    expect(plain(await note.innerText())).toBe(
      "Dette kan ikke betales nu: kassen har kun 722.000 kr. frit (ikke reserveret til puljer eller milepælstilskud) af de 800.000 kr., det kræver. Det kan gennemføres, når der er indbetalt nok.",
    );
    // A proposal that takes no money is not warned about.
    await page.goto(`${inject("appUrl")}/proposals/${verifiedOnly}`);
    await settle(page);
    await page.getByRole("heading", { name: /Kun verificerede modtagere/ }).waitFor();
    expect(await page.locator('p.warning[role="note"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("passed and past its waiting period, it says so again; carrying it out names the treasury's refusal", async () => {
    await advanceTime(DAY + 1);
    for (const voter of VOTERS) {
      const { governor } = await fund(voter);
      for (const id of [sportsHall, verifiedOnly]) await (await governor.castVote(id, 1)).wait();
    }
    await advanceTime(5 * DAY + 1);
    for (const id of [sportsHall, verifiedOnly]) await queueProposal(await fund("Hans"), await signer("Hans"), id);
    await advanceTime(2 * DAY + 1);

    const page = await openPage(browser(), `/proposals/${sportsHall}`, { locale: "da", as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page.locator('p.warning[role="note"]', { hasText: "Dette kan ikke betales nu" }).waitFor();
    await page.getByRole("button", { name: "Gennemfør", exact: true }).click();
    expect(await failedWith(page, `Gennemfør forslag #${sportsHall}`)).toBe(
      `Gennemfør forslag #${sportsHall}: mislykkedes. Kassen har 722.000 kr. frit (ikke reserveret til puljer eller milepælstilskud), mindre end de 800.000 kr., der bedes om: den kan betale, når der er indbetalt nok.`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("carried out by someone else first: the refusal mined after a passing simulation is named too", async () => {
    const page = await openPage(browser(), `/proposals/${verifiedOnly}`, { locale: "da", as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    // Blocks wait, so Hans's transaction and Anna's land in the same one, hers first (a higher tip).
    await rpc("evm_setIntervalMining", [0]);
    await rpc("evm_setAutomine", [false]);
    try {
      await page.getByRole("button", { name: "Gennemfør", exact: true }).click();
      await page.locator('[data-status="pending"]').waitFor({ timeout: 30_000 });
      const { governor } = await fund("Anna");
      const tip = parseUnits("100", "gwei");
      // A gas limit of its own: estimating on the pending block would already see Hans's transaction.
      await governor["execute(uint256)"](verifiedOnly, {
        gasLimit: 2_000_000n,
        maxPriorityFeePerGas: tip,
        maxFeePerGas: 2n * tip,
      });
      await rpc("evm_mine");
    } finally {
      await rpc("evm_setAutomine", [true]);
      await rpc("evm_setIntervalMining", [2_000]);
    }
    expect(await failedWith(page, `Gennemfør forslag #${verifiedOnly}`)).toBe(
      `Gennemfør forslag #${verifiedOnly}: mislykkedes. Forslag #${verifiedOnly} har status »Gennemført«; dette trin kræver »I ventetid«.`,
    );
    expect(await (await fund("Anna")).payees.verificationRequired()).toBe(true);
    await page.close();
  });

  it("the Overview says a ready payment will be refused; carrying it out names the payee registry's refusal", async () => {
    const page = await openPage(browser(), "/", { locale: "da", as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    const todo = page.locator("ul.todo");
    // Each line is said once the registry's and the treasury's answers, and the titles, are in:
    // wait for each whole sentence (a line may show for a moment before its title is known).
    const line = (text: string) =>
      page.waitForFunction(
        (expected) =>
          [...document.querySelectorAll<HTMLElement>("ul.todo li")].some(
            (li) => li.innerText.replace(/[\u00a0\u202f]/g, " ").trim() === expected,
          ),
        text,
        { timeout: 30_000 },
      );
    await line(
      "»Hundeskov i Ballerup Syd« er klar, men betalingen vil blive afvist: fonden betaler kun verificerede modtagere, og Ballerup Syd Legepladsforening (0x0813…1BbE) er ikke verificeret. Bed en verifikator om at verificere den først",
    );
    await line(
      "»Ny idrætshal i Måløv« er klar, men kan ikke betales nu: kassen har 722.000 kr. frit, og det kræver 800.000 kr.",
    );
    expect(await axeViolations(page)).toEqual([]);

    await todo.getByRole("link", { name: /Hundeskov i Ballerup Syd/ }).click();
    await settle(page);
    await page.getByRole("button", { name: "Gennemfør", exact: true }).click();
    expect(await failedWith(page, `Gennemfør forslag #${DOG_PARK}`)).toBe(
      `Gennemfør forslag #${DOG_PARK}: mislykkedes. Ballerup Syd Legepladsforening (0x0813…1BbE) er ikke en verificeret modtager, og denne pulje betaler kun verificerede modtagere: bed en verifikator om at tjekke den i virksomhedsregistret først.`,
    );
    await page.close();
  });

  it("paying out a round's winner whose payee is not verified names the registry's refusal, in Norwegian", async () => {
    // Borgermillion 2026: its vote ends, it is finalized, and the challenge period passes.
    const hans = await fund("Hans");
    const created = await hans.roundFactory!.queryFilter(hans.roundFactory!.filters.RoundCreated());
    const address = created.at(-1)!.args.round;
    const round = BudgetRound__factory.connect(address, await signer("Hans"));
    const now = (await provider.getBlock("latest"))!.timestamp;
    const votingEnd = Number(await round.votingEnd());
    if (votingEnd >= now) await advanceTime(votingEnd - now + 1);
    await (await round.finalize()).wait();
    await advanceTime(Number(await round.challengeDelay()) + 1);
    // Ballerup Syd's funded ideas are all Ballerup Syd Legepladsforening's.
    expect((await round.ideaOf(17)).status).toBe(5n); // Funded

    const page = await openPage(browser(), `/rounds/${address}?district=3`, { locale: "nb", as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page
      .getByRole("button", { name: /^Betal ut/ })
      .first()
      .click();
    const message = page.locator('[data-status="failed"]').last();
    await message.waitFor({ timeout: 30_000 });
    expect(plain(await message.locator(".tx-text").innerText())).toMatch(
      /^.+: mislyktes\. Ballerup Syd Legepladsforening \(0x0813…1BbE\) er ikke en verifisert mottaker, og denne puljen betaler bare verifiserte mottakere: be en verifikator sjekke den i foretaksregisteret først\.$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
