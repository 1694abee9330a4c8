import { expect } from "chai";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import hre, { ethers } from "hardhat";
import { takeSnapshot, time, type SnapshotRestorer } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther } from "ethers";
import { connectFund, readDeployment } from "../../deploy/deployments";
import { PROPOSAL_STATES } from "../../harness/proposals";
import { ROUND_PHASES } from "../../harness/rounds";
import { BudgetRound__factory } from "../../typechain-types";

/** Runs a task and returns what it printed (and its result), or the error it ended with. */
async function run(name: string, args: Record<string, unknown> = {}) {
  const printed: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => printed.push(parts.join(" "));
  try {
    const result = await hre.run(name, args);
    return { output: printed.join("\n"), result, error: null as string | null };
  } catch (error) {
    return { output: printed.join("\n"), result: null, error: (error as Error).message };
  } finally {
    console.log = original;
  }
}

const DEMO_CONFIG = path.join(__dirname, "../../config/demo.json");
// Demo accounts (config/demo.json): 1 registrar, 3–18 members, 19 a payee, 23 a resident.
const ANNA = "3";
const RESIDENT = 23;

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
    expect((await run("members:add", { account: resident, district: "Måløv", from: "1" })).output).to.match(
      /^Admitted 0x5E661B79FE2D3F6cE70F5AAC07d8Cd9abb2743F1 to Måløv \(tx 0x[0-9a-f]{64}\)$/,
    );
    const fund = connectFund(readDeployment(31337, dir), ethers.provider);
    expect(await fund.membership!.isMember(resident)).to.equal(true);
    expect((await run("members:add", { account: resident, district: "Måløv", from: "1" })).error).to.equal(
      `${resident} is already a member.`,
    );
    expect((await run("members:add", { account: resident, district: "Herlev", from: "1" })).error).to.equal(
      'Unknown district "Herlev" (known: Skovlunde, Måløv, Ballerup Nord, Ballerup Syd)',
    );
    expect((await run("members:add", { account: signers[24].address, district: "0", from: ANNA })).error).to.equal(
      `${signers[3].address} does not have the role this needs.`,
    );
  });

  it("takes a grant from deposit to payout: fund, grant:propose, vote, queue, execute, status", async () => {
    const signers = await ethers.getSigners();
    const fund = connectFund(readDeployment(31337, dir), ethers.provider);
    expect((await run("fund", { amount: "5", token: "ETH", memo: "Pulje 2026", from: "0" })).output).to.match(
      /^Deposited 5\.0 ETH into the treasury/,
    );
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
      "Proposal 1 is Pending; this step needs it to be Active.",
    );
    await time.increaseTo((await fund.governor.proposalSnapshot(1)) + 1n);
    for (const from of ["3", "4", "5", "6"])
      expect((await run("vote", { id: "1", support: "for", reason: "", from })).error).to.equal(null);
    expect((await run("vote", { id: "1", support: "maybe", reason: "", from: "7" })).error).to.equal(
      '--support must be for, against or abstain, got "maybe"',
    );
    expect((await run("vote", { id: "1", support: "for", reason: "", from: "24" })).error).to.equal(
      `${signers[24].address} had no votes when voting on proposal 1 opened: not a member yet then, or the vote was delegated to someone else.`,
    );

    await time.increaseTo((await fund.governor.proposalDeadline(1)) + 1n);
    expect((await run("queue", { id: "1" })).output).to.match(/^Queued proposal 1; it can be executed from /);
    expect((await run("execute", { id: "1" })).error).to.equal(
      "The timelock is not ready: the proposal is not queued, or its delay has not passed yet.",
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
    const { error, result } = await run("demo");
    expect(error).to.equal(null);
    const fund = connectFund(result, ethers.provider);
    const states = [];
    for (let id = 1n; id <= 10n; id++) states.push(PROPOSAL_STATES[Number(await fund.governor.state(id))]);
    expect(states).to.deep.equal([
      "Executed", // grants
      "Executed",
      "Defeated",
      "Canceled",
      "Executed", // opened the 2025 round
      "Queued",
      "Succeeded",
      "Executed", // opened the 2026 round
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
});
