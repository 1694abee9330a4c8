import { expect } from "chai";
import { runTask as run } from "../helpers/runTask";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ethers } from "hardhat";
import { takeSnapshot, time, type SnapshotRestorer } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, parseUnits } from "ethers";
import { connectFund, readDeployment } from "../../deploy/deployments";
import { PROPOSAL_STATES } from "../../sdk/model/governance";
import { ROUND_PHASES } from "../../sdk/model/rounds";
import { MILESTONE_STATUSES, POOL_GRANT_STATUSES } from "../../sdk/model/stewards";
import { BudgetRound__factory, StewardPool__factory } from "../../typechain-types";

const DEMO_CONFIG = path.join(__dirname, "../../config/demo.json");
// Demo accounts (config/demo.json): 1 registrar, 3–18 members, 19 a payee, 23 a resident.
const ANNA = "3";
const RESIDENT = 23;
const DKKT = (amount: string) => parseUnits(amount, 6);
let demoOutput = "";

describe("Steward tasks (the harness on a live chain)", function () {
  let snapshot: SnapshotRestorer;
  let dir: string;

  before(async () => {
    snapshot = await takeSnapshot();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-tasks-"));
    process.env.PULJE_DEPLOYMENTS_DIR = dir;
  });
  after(async () => {
    delete process.env.PULJE_DEPLOYMENTS_DIR;
    await snapshot.restore();
  });

  it("deploys from a config file and writes the deployments file", async () => {
    const { error, output } = await run("deploy", { configFile: DEMO_CONFIG, quiet: true });
    expect(error).to.equal(null);
    expect(output).to.equal(path.join(dir, "31337.json"));
    const record = readDeployment(31337, dir);
    expect(record.name).to.equal("Ballerup Borgermillion");
    expect(Object.values(record.contracts).filter(Boolean)).to.have.length(11); // governor, timelock, treasury, membership, round factory, rule, round code, payee registry, pool factory, pool code, milestone grants
  });

  it("refuses a bad config before sending anything, naming the field", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ ...JSON.parse(fs.readFileSync(DEMO_CONFIG, "utf8")), quorumPercent: 120 }));
    const nonce = await (await ethers.provider.getSigner(0)).getNonce();
    const { error } = await run("deploy", { configFile: bad, quiet: true });
    expect(error).to.contain("quorumPercent: must be a whole number from 1 to 100, got 120");
    expect(await (await ethers.provider.getSigner(0)).getNonce()).to.equal(nonce);
  });

  it("admits a member, and explains a refusal in a sentence", async () => {
    const signers = await ethers.getSigners();
    const resident = signers[RESIDENT].address;
    expect((await run("membership:add", { account: resident, district: "Måløv", from: "1" })).output).to.match(
      /^Admitted 0x5E661B79FE2D3F6cE70F5AAC07d8Cd9abb2743F1 to Måløv \(tx 0x[0-9a-f]{64}\)$/,
    );
    const fund = connectFund(readDeployment(31337, dir), ethers.provider);
    expect(await fund.membership!.isMember(resident)).to.equal(true);
    expect((await run("membership:add", { account: resident, district: "Måløv", from: "1" })).error).to.equal(
      `${resident} is already a member.`,
    );
    expect((await run("membership:add", { account: resident, district: "Herlev", from: "1" })).error).to.equal(
      'Unknown district "Herlev" (known: Skovlunde, Måløv, Ballerup Nord, Ballerup Syd)',
    );
    expect((await run("membership:add", { account: signers[24].address, district: "0", from: ANNA })).error).to.equal(
      `Only a registrar may do this, not ${signers[3].address}: use an account with that role, or ask the members to grant it by a proposal.`,
    );
  });

  it("takes a grant from deposit to payout: treasury:deposit, grant:propose, vote, queue, execute, status", async () => {
    const signers = await ethers.getSigners();
    const fund = connectFund(readDeployment(31337, dir), ethers.provider);
    expect(
      (await run("treasury:deposit", { amount: "5", token: "ETH", memo: "Pulje 2026", from: "0" })).output,
    ).to.match(/^Deposited 5\.0 ETH into the treasury/);
    expect(await fund.treasury.balanceOf(ethers.ZeroAddress)).to.equal(parseEther("5"));

    const payee = signers[19].address;
    const proposed = await run("grant:propose", {
      recipient: payee,
      amount: "1.25",
      token: "ETH",
      title: "Lys på skaterbanen",
      description: "Vinterlys",
      from: ANNA,
    });
    expect(proposed.error).to.equal(null);
    expect(proposed.result).to.equal(1n);

    expect((await run("vote", { id: "1", support: "for", reason: "", from: ANNA })).error).to.equal(
      "Proposal #1 has the status Pending; this step needs Active.",
    );
    await time.increaseTo((await fund.governor.proposalSnapshot(1)) + 1n);
    for (const from of ["3", "4", "5", "6"])
      expect((await run("vote", { id: "1", support: "for", reason: "", from })).error).to.equal(null);
    expect((await run("vote", { id: "1", support: "maybe", reason: "", from: "7" })).error).to.equal(
      '--support must be for, against or abstain, got "maybe"',
    );
    expect((await run("vote", { id: "1", support: "for", reason: "", from: "24" })).error).to.equal(
      `${signers[24].address} had no votes when voting on proposal #1 opened: not a member yet then, or the vote was delegated to someone else.`,
    );

    await time.increaseTo((await fund.governor.proposalDeadline(1)) + 1n);
    expect((await run("queue", { id: "1" })).output).to.match(/^Queued proposal 1; it can be executed from /);
    expect((await run("execute", { id: "1" })).error).to.equal(
      "The timelock is not ready: the proposal is not queued, or its waiting time has not passed yet; try again when it has.",
    );
    await time.increaseTo(await fund.governor.proposalEta(1));
    const before = await ethers.provider.getBalance(payee);
    expect((await run("execute", { id: "1" })).error).to.equal(null);
    expect(await ethers.provider.getBalance(payee)).to.equal(before + parseEther("1.25"));
    expect(PROPOSAL_STATES[Number(await fund.governor.state(1))]).to.equal("Executed");

    const status = (await run("status")).output;
    expect(status).to.contain("3.75 ETH");
    expect(status).to.contain("quorum 25 % of 17 members");
    expect(status).to.contain("#1 Executed  for 4 / against 0 / abstain 0  Lys på skaterbanen");
  });

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
    const signers = await ethers.getSigners();
    const record = readDeployment(31337, dir);
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
