import { expect } from "chai";
import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { connectFund, readDeployment, type DeploymentRecord } from "../../deploy/deployments";
import { ContentClient } from "../../sdk/content/client";
import { decodeAction } from "../../sdk/history/actions";
import { PROPOSAL_STATES } from "../../sdk/model/governance";
import { ROUND_PHASES } from "../../sdk/model/rounds";
import { MILESTONE_STATUSES, POOL_GRANT_STATUSES } from "../../sdk/model/stewards";
import { BudgetRound__factory, StewardPool__factory } from "../../typechain-types";
import { PayeeKind } from "../helpers/codes";
import { DKKT, taskChain } from "../helpers/taskChain";
import type { Address, Hex } from "viem";

// demo:deploy deploys and records the fund, the content service starts on it, then demo seeds
// the history through the service (test/helpers/taskChain.ts), as npm start does.
describe("Demo task (the demo fund and its seeded history)", function () {
  const chain = taskChain("demo");

  it("seeds the demo with a proposal in every state, and one pending of each kind the forms build", async () => {
    const result = chain.demo!.result as DeploymentRecord;
    // What the task returns is what it wrote, with the seeded token and the dApp's multicall.
    expect(readDeployment(31337, chain.dir)).to.deep.equal(result);
    const fund = connectFund(result, ethers.provider);
    const states = [];
    for (let id = 1n; id <= 23n; id++) states.push(PROPOSAL_STATES[Number(await fund.governor.state(id))]);
    expect(states).to.deep.equal([
      "Executed", // grants
      "Executed",
      "Defeated",
      "Canceled",
      "Executed", // opened the 2025 round
      "Queued",
      "Succeeded",
      "Executed", // opened the 2026 round
      "Executed", // created the quick pool
      "Executed", // created the task group
      "Executed", // created the milestone grant
      "Active",
      "Pending", // a grant
      ...Array(10).fill("Pending"), // one of each other kind, below
    ]);
    const rounds = await fund.roundFactory!.queryFilter(fund.roundFactory!.filters.RoundCreated());
    const phases = [];
    for (const event of rounds)
      phases.push(ROUND_PHASES[Number(await BudgetRound__factory.connect(event.args.round, ethers.provider).phase())]);
    expect(phases).to.deep.equal(["Payout", "Voting"]);
    expect(await fund.membership!.memberCount()).to.equal(16n);
    expect(result.assets.map((a) => a.symbol)).to.deep.equal(["DKKT"]);
    // Hardhat's accounts 0–28: the content service's moderator and erasure officer are the last two.
    const accounts = result.demo!.accounts;
    expect(accounts.map((a) => a.index)).to.deep.equal(Array.from({ length: 29 }, (_, i) => i));
    expect(accounts.slice(-2).map((a) => [a.address, a.role])).to.deep.equal([
      [chain.signers[27].address, "moderator"],
      [chain.signers[28].address, "erasureOfficer"],
    ]);
  });

  it("seeds one pending proposal of each kind the proposal forms build, each by a member free to propose", async () => {
    const { signers } = chain;
    const record = readDeployment(31337, chain.dir);
    const fund = connectFund(record, ethers.provider);
    const created = await fund.governor.queryFilter(fund.governor.filters.ProposalCreated());
    // Each action as the dApp's proposal page decodes it: by name, or the contract's function.
    const kinds = created
      .filter((e) => e.args.proposalId >= 14n)
      .map((e) => [
        e.args.proposalId,
        e.args.proposer,
        e.args.targets.map((target, i) => {
          const a = decodeAction(target as Address, e.args[3][i], e.args.calldatas[i] as Hex, record.contracts);
          return a.kind === "call" ? `${a.contract ?? target}.${a.functionName}` : a.kind;
        }),
      ]);
    const by = (i: number) => signers[i].address;
    expect(kinds).to.deep.equal([
      [14n, by(18), ["rule", "majority"]], // Peter
      // Lars: Borgermillion 2027, whose ballots and ideas the fee fund pays for.
      [15n, by(14), ["pay", "openRound", "paymaster.setAllowedActions"]],
      [16n, by(11), ["poolFactory.createPool", "treasury.setAllowance"]], // Ida: a task group
      [17n, by(15), ["treasury.increaseAllowance"]], // Mette: tops up Tryg skolevej
      [18n, by(13), ["treasury.increaseAllowance", "milestoneGrants.createGrant"]], // Karen
      [19n, by(16), ["milestoneGrants.cancelRest"]], // Niels: the roof's rest
      [20n, by(9), ["payeeRegistry.setVerificationRequired"]], // Gitte
      [21n, by(12), ["role"]], // Jonas: the youth club a registrar
      [22n, by(7), ["guardian"]], // Emma: Hans the guardian
      [23n, by(3), ["revokeMember"]], // Anna: Dennis's membership
    ]);
    // The members the browser tests propose as have none live: Camilla and Dennis none at all,
    // Hans his executed round (Frederik withdraws his pending #13 there first).
    const latest = [];
    for (const i of [5, 6, 10]) latest.push(await fund.governor.latestProposalIdOf(by(i)));
    expect(latest).to.deep.equal([0n, 0n, 5n]);
  });

  it("seeds the stewards' part of the demo: payees, two pools, a milestone grant halfway", async () => {
    const { signers } = chain;
    const record = readDeployment(31337, chain.dir);
    const fund = connectFund(record, ethers.provider);
    const dkkt = record.assets[0].address;
    const now = BigInt(await time.latest());
    const DAY = 86_400n;

    // Payees: 19, 20, 26 verified for a year, 21 expiring within 14 days, 22 never checked.
    expect(await fund.payees.verificationRequired()).to.equal(false);
    const verified = [];
    for (const i of [19, 20, 21, 22, 26]) verified.push(await fund.payees.isVerified(signers[i].address));
    expect(verified).to.deep.equal([true, true, true, false, true]);
    const expiring = (await fund.payees.attestationOf(signers[21].address)).validUntil - now;
    expect(expiring > 9n * DAY && expiring <= 10n * DAY).to.equal(true);
    // On chain: who, the register, the kind and the identity's commitment; no name, no number.
    const attested = await fund.payees.queryFilter(fund.payees.filters.PayeeAttested());
    const company = BigInt(PayeeKind.Company);
    expect(attested.map((e) => [e.args.payee, e.args.scheme, e.args.kind, e.args.verifier])).to.deep.equal([
      [signers[19].address, 0n, company, signers[24].address],
      [signers[20].address, 0n, company, signers[24].address],
      [signers[26].address, 0n, company, signers[24].address],
      [signers[21].address, 0n, company, signers[24].address],
    ]);
    // In the content service, checked against those commitments: companies' identities are
    // public in the demo's service (a sole trader's never are: test/tasks/stewards/payees.test.ts).
    const identities = await new ContentClient({ url: chain.content!.service.url }).lookupTexts(
      attested.map((e) => e.args.identity as `0x${string}`),
    );
    expect(identities.map((r) => (r.status === "published" ? r.text.fields : r.status))).to.deep.equal([
      { legalName: "Skovlunde Ungdomsklub", number: "31415926" },
      { legalName: "Måløv Grundejerforening", number: "27182801" },
      { legalName: "Tømrerfirmaet Bach ApS", number: "16180335" },
      { legalName: "Ballerup Nord Fællesskabshave", number: "14142134" },
    ]);

    // Pools, created by proposals 9 and 10.
    const created = await fund.poolFactory.queryFilter(fund.poolFactory.filters.PoolCreated());
    expect(created.map((e) => e.args.kind)).to.deep.equal([0n, 1n]);
    const [quick, task] = created.map((e) => StewardPool__factory.connect(e.args.pool, ethers.provider));
    const pool = async (p: typeof quick) => ({
      remaining: await p.remaining(),
      spent: await p.spent(),
      cap: await p.capPerGrant(),
      committee: await p.committee(),
      threshold: await p.threshold(),
      grants: await p.grantCount(),
    });
    const names = (...indexes: number[]) => indexes.map((i) => signers[i].address);
    expect(await pool(quick)).to.deep.equal({
      remaining: DKKT("42500"),
      spent: DKKT("7500"),
      cap: DKKT("5000"),
      committee: names(3, 7, 11), // Anna, Emma, Ida
      threshold: 2n,
      grants: 3n,
    });
    expect(await pool(task)).to.deep.equal({
      remaining: DKKT("11500"),
      spent: DKKT("8500"),
      cap: DKKT("10000"),
      committee: names(15, 16, 17), // Mette, Niels, Olivia
      threshold: 2n,
      grants: 1n,
    });
    const grant = async (p: typeof quick, id: number) => {
      const g = await p.grantOf(id);
      return [POOL_GRANT_STATUSES[Number(g.status)], g.payee, g.amount, g.approvals, g.proposer];
    };
    expect([await grant(quick, 1), await grant(quick, 2), await grant(quick, 3), await grant(task, 1)]).to.deep.equal([
      ["Paid", signers[19].address, DKKT("3000"), 2n, signers[3].address],
      ["Paid", signers[20].address, DKKT("4500"), 2n, signers[7].address],
      ["Pending", signers[21].address, DKKT("2500"), 1n, signers[3].address], // waiting for Emma or Ida
      ["Paid", signers[26].address, DKKT("8500"), 2n, signers[15].address],
    ]);
    const quickEnds = (await quick.endsAt()) - now;
    const taskEnds = (await task.endsAt()) - now;
    expect(quickEnds > 179n * DAY && quickEnds <= 180n * DAY).to.equal(true);
    expect(taskEnds > 59n * DAY && taskEnds <= 60n * DAY).to.equal(true);

    // The roof: milestone 1 paid, 2 confirmed by the steward and in its veto window, 3 planned.
    expect(await fund.milestones.grantCount()).to.equal(1n);
    const roof = await fund.milestones.grantOf(1);
    expect([roof.payee, roof.token, roof.count]).to.deep.equal([signers[26].address, dkkt, 3n]);
    const milestones = [];
    for (let i = 0; i < 3; i++) {
      const m = await fund.milestones.milestoneOf(1, i);
      milestones.push([MILESTONE_STATUSES[Number(m.status)], m.amount]);
    }
    expect(milestones).to.deep.equal([
      ["Released", DKKT("40000")],
      ["Delivered", DKKT("60000")],
      ["Planned", DKKT("20000")],
    ]);
    const releasable = (await fund.milestones.milestoneOf(1, 1)).releasableAt - now;
    expect(releasable > DAY && releasable <= 2n * DAY).to.equal(true);
    const [delivered] = await fund.milestones.queryFilter(fund.milestones.filters.MilestoneDelivered(1n));
    expect(delivered.args.steward).to.equal(signers[25].address);
    expect(await fund.milestones.committed(dkkt)).to.equal(DKKT("80000"));

    // The treasury: 912,000 before the stewards, less 56,000 paid; 134,000 of it reserved.
    expect(await fund.treasury.balanceOf(dkkt)).to.equal(DKKT("856000"));
    expect(await fund.treasury.available(dkkt)).to.equal(DKKT("722000"));

    // npm start says what was seeded, and who acts in it.
    const demoOutput = chain.demo!.output;
    expect(demoOutput).to.contain(
      `  ${await quick.getAddress()} Hurtigpuljen 2026 — quick pool, 50000 DKKT, at most 5000 a grant, ends in 180 days; committee Anna, Emma, Ida (2 of 3 approve); 2 micro-grants paid, 2500 DKKT to Ballerup Nord Fællesskabshave waiting for Emma or Ida`,
    );
    expect(demoOutput).to.contain(
      "  #1 Nyt tag på spejderhytten i Måløv — to Tømrerfirmaet Bach ApS, 120000 DKKT in 3 milestones: Materialer leveret released, Taget lagt confirmed by Byggesagsbehandler (#25) and in its veto window (Kommunens jurist, #2, can stop it), Afsluttende syn planned",
    );
    expect(demoOutput).to.contain(
      "  Ballerup Nord Fællesskabshave — verified by Økonomiafdelingen (#24), CVR 14142134, expires in 10 days",
    );
    expect(demoOutput).to.contain(
      "  Ballerup Syd Legepladsforening — not verified (payouts do not require it in this fund)",
    );
  });
});
