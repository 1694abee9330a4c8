import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { ethers } from "hardhat";
import { impersonateAccount, setBalance, time } from "@nomicfoundation/hardhat-network-helpers";
import { BudgetRound__factory } from "../../typechain-types";
import { startCli, type Cli } from "../helpers/runCli";
import { runTask as run } from "../helpers/runTask";
import { DEMO_VOTERS, DKKT, taskChain } from "../helpers/taskChain";

// Demo accounts (config/demo.json): 3 Anna (Skovlunde), 7 Emma (Måløv), 10 Hans, 19 a verified
// payee, 23 Sofie, a resident who holds no krone. The 2026 round is voting; its idea 1 is Skovlunde's.
const ANNA = "3";
const EMMA = "7";
const HANS = "10";
const SOFIE = "23";

describe("Task failures: one sentence with whole units and names, and a failing exit", function () {
  const chain = taskChain("demo");
  let cli: Cli;
  before(async () => {
    cli = await startCli(chain.dir);
  });
  after(async () => {
    await cli.close();
  });

  /** A task run on the command line that fails: what it printed, which must be `sentence` alone. */
  const fails = async (args: readonly string[], sentence: string) => {
    const { code, stdout, stderr } = await cli.run(args);
    // No stack trace, no "Error in plugin", no hint to rerun: the sentence and its line end.
    expect({ code, stdout, stderr }).to.deep.equal({ code: 1, stdout: "", stderr: `${sentence}\n` });
  };

  it("names a payment the treasury cannot afford in whole DKKT", async () => {
    const { fund, signers } = chain;
    const dkkt = await chain.dkkt().getAddress();
    const proposed = await run("grant:propose", {
      recipient: signers[19].address,
      amount: "10000000",
      token: "DKKT",
      title: "Ny svømmehal",
      description: "Mere end puljen har",
      from: HANS,
    });
    expect(proposed.error).to.equal(null);
    const id = proposed.result as bigint;
    await time.increaseTo((await fund.governor.proposalSnapshot(id)) + 1n);
    for (const from of DEMO_VOTERS)
      expect((await run("vote", { id: String(id), support: "for", reason: "", from })).error).to.equal(null);
    await time.increaseTo((await fund.governor.proposalDeadline(id)) + 1n);
    expect((await run("queue", { id: String(id) })).error).to.equal(null);
    await time.increaseTo(await fund.governor.proposalEta(id));

    expect(await fund.treasury.available(dkkt)).to.equal(DKKT("722000"));
    await fails(
      ["execute", "--id", String(id)],
      "The treasury has 722,000 DKKT free (not reserved for pools or milestone grants), less than the 10,000,000 DKKT asked for: it can pay once enough has been deposited.",
    );
  });

  it("names the role an account lacks, and the account short", async () => {
    await fails(
      ["membership:add", "--account", chain.signers[24].address, "--district", "Måløv", "--from", ANNA],
      "Only a registrar may do this, not 0x90F7…b906: use an account with that role, or ask the members to grant it by a proposal.",
    );
  });

  it("names the districts of a member who votes in the wrong one", async () => {
    await fails(
      ["round:ballot", "--ideas", "1", "--round", "2", "--from", EMMA],
      "Idea #1 belongs to Skovlunde, and members vote only for ideas in their own district (Måløv).",
    );
  });

  it("names a bad argument before anything is sent", async () => {
    await fails(
      ["round:ballot", "--ideas", "1,x", "--from", EMMA],
      '--ideas must be idea numbers separated by commas, such as 1,4,7, got "1,x"',
    );
  });

  it("gives a token's refusal in whole units of the token", async () => {
    expect(await chain.dkkt().balanceOf(chain.signers[23].address)).to.equal(0n);
    expect((await run("treasury:deposit", { amount: "100", token: "DKKT", memo: "", from: SOFIE })).error).to.equal(
      "0x5E66…43F1 holds 0 DKKT, but 100 DKKT is needed.",
    );
  });

  it("refuses amounts, numbers and files it cannot read, in a sentence each", async () => {
    const deposit = { token: "DKKT", memo: "", from: HANS };
    expect((await run("treasury:deposit", { ...deposit, amount: "1.5e3" })).error).to.equal(
      '--amount must be an amount of DKKT in whole units, such as 2500 or 2.5, got "1.5e3"',
    );
    expect((await run("treasury:deposit", { ...deposit, amount: "0.0000001" })).error).to.equal(
      '--amount has more decimals than DKKT has (6), got "0.0000001"',
    );
    expect((await run("treasury:deposit", { ...deposit, amount: "0" })).error).to.equal(
      '--amount must be more than 0 DKKT, got "0"',
    );
    expect((await run("round:release", { idea: "first", round: "2" })).error).to.equal(
      '--idea must be a whole number, got "first"',
    );
    expect((await run("membership:add", { account: "Sofie", district: "Måløv", from: "1" })).error).to.equal(
      '--account must be an address, got "Sofie"',
    );

    const missing = path.join(chain.dir, "no-such-round.json");
    expect((await run("round:open", { file: missing, from: HANS })).error).to.equal(
      `There is no file ${missing}: check its name and folder.`,
    );
    const broken = chain.write("broken.json", '{ "title": "Borgermillion" ');
    let parseError = "";
    try {
      JSON.parse(fs.readFileSync(broken, "utf8"));
    } catch (error) {
      parseError = (error as Error).message;
    }
    expect((await run("round:open", { file: broken, from: HANS })).error).to.equal(
      `${broken} is not valid JSON: ${parseError}`,
    );
  });

  it("names a district added after the deployment, as the membership knows it now", async () => {
    const { fund } = chain;
    // A passed proposal adds Herlev: the timelock, impersonated, stands for it.
    const timelock = await fund.timelock.getAddress();
    await impersonateAccount(timelock);
    await setBalance(timelock, 10n ** 18n);
    await (await fund.membership!.connect(await ethers.getSigner(timelock)).addDistrict("Herlev")).wait();
    const round = BudgetRound__factory.connect(
      (await fund.roundFactory!.queryFilter(fund.roundFactory!.filters.RoundCreated()))[1].args.round,
      ethers.provider,
    );
    await time.increaseTo((await round.votingEnd()) + 1n);
    expect((await run("round:finalize", { district: "Herlev", round: "2" })).error).to.equal(
      "Herlev is not part of this round.",
    );
  });
});
