import { expect } from "chai";
import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { connectFund, readDeployment } from "../../deploy/deployments";
import { PROPOSAL_STATES } from "../../sdk/model/governance";
import { ROUND_PHASES } from "../../sdk/model/rounds";
import { MILESTONE_STATUSES, POOL_GRANT_STATUSES } from "../../sdk/model/stewards";
import { BudgetRound__factory, StewardPool__factory } from "../../typechain-types";
import { runTask as run } from "../helpers/runTask";
import { DKKT, taskChain } from "../helpers/taskChain";

describe("Demo task (the demo fund and its seeded history)", function () {
  const chain = taskChain("empty");
  let demoOutput = "";

  it("seeds the demo with a proposal in every state", async () => {
    const { error, result, output } = await run("demo");
    expect(error).to.equal(null);
    demoOutput = output;
    const fund = connectFund(result, ethers.provider);
    const states = [];
    for (let id = 1n; id <= 13n; id++) states.push(PROPOSAL_STATES[Number(await fund.governor.state(id))]);
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
      "Pending",
    ]);
    const rounds = await fund.roundFactory!.queryFilter(fund.roundFactory!.filters.RoundCreated());
    const phases = [];
    for (const event of rounds)
      phases.push(ROUND_PHASES[Number(await BudgetRound__factory.connect(event.args.round, ethers.provider).phase())]);
    expect(phases).to.deep.equal(["Payout", "Voting"]);
    expect(await fund.membership!.memberCount()).to.equal(16n);
    expect(result.assets.map((a: { symbol: string }) => a.symbol)).to.deep.equal(["DKKT"]);
    expect(result.demo.accounts).to.have.length(27);
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
    const attested = await fund.payees.queryFilter(fund.payees.filters.PayeeAttested());
    expect(attested.map((e) => [e.args.legalName, e.args.scheme, e.args.number, e.args.verifier])).to.deep.equal([
      ["Skovlunde Ungdomsklub", 0n, "31415926", signers[24].address],
      ["Måløv Grundejerforening", 0n, "27182818", signers[24].address],
      ["Tømrerfirmaet Bach ApS", 0n, "16180339", signers[24].address],
      ["Ballerup Nord Fællesskabshave", 0n, "14142135", signers[24].address],
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

    // The roof: milestone 0 paid, 1 confirmed by the steward and in its veto window, 2 planned.
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
    expect(demoOutput).to.contain(
      `  ${await quick.getAddress()} Hurtigpuljen 2026 — quick pool, 50000 DKKT, at most 5000 a grant, ends in 180 days; committee Anna, Emma, Ida (2 of 3 approve); 2 micro-grants paid, 2500 DKKT to Ballerup Nord Fællesskabshave waiting for Emma or Ida`,
    );
    expect(demoOutput).to.contain(
      "  #1 Nyt tag på spejderhytten i Måløv — to Tømrerfirmaet Bach ApS, 120000 DKKT in 3 milestones: Materialer leveret released, Taget lagt confirmed by Byggesagsbehandler (#25) and in its veto window (Kommunens jurist, #2, can stop it), Afsluttende syn planned",
    );
    expect(demoOutput).to.contain(
      "  Ballerup Nord Fællesskabshave — verified by Økonomiafdelingen (#24), CVR 14142135, expires in 10 days",
    );
    expect(demoOutput).to.contain(
      "  Ballerup Syd Legepladsforening — not verified (payouts do not require it in this fund)",
    );
  });
});
