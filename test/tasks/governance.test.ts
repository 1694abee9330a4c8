import { expect } from "chai";
import { ethers } from "hardhat";
import { impersonateAccount, setBalance, time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther } from "ethers";
import { PROPOSAL_STATES } from "../../sdk/model/governance";
import { runTask as run } from "../helpers/runTask";
import { taskChain } from "../helpers/taskChain";

// Demo accounts (config/demo.json): 3–18 members, 19 a payee, 24 not a member.
const ANNA = "3";

describe("Governance tasks (grant:propose, vote, queue, execute)", function () {
  const chain = taskChain("deployed");

  it("takes a grant from proposal to payout: grant:propose, vote, queue, execute", async () => {
    const { fund, signers } = chain;
    expect(
      (await run("treasury:deposit", { amount: "5", token: "ETH", memo: "Pulje 2026", from: "0" })).error,
    ).to.equal(null);

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
      `0x6109…c295 had no votes when voting on proposal #1 opened: not a member yet then, or the vote was delegated to someone else.`,
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
    expect(await fund.treasury.balanceOf(ethers.ZeroAddress)).to.equal(parseEther("3.75"));
  });

  it("warns at proposal time when the treasury cannot pay the grant, or the registry would refuse its payee", async () => {
    const { fund, signers } = chain;
    const payee = signers[19].address; // never attested
    const proposeTen = () =>
      run("grant:propose", {
        recipient: payee,
        amount: "10",
        token: "ETH",
        title: "Ny skaterbane",
        description: "Ramper og lys",
        from: "4",
      });
    const [line, ...warnings] = (await proposeTen()).output.split("\n");
    expect(line).to.match(new RegExp(`^Proposal 2: pay 10\\.0 ETH to ${payee}\\. Voting opens `));
    // 3.75 ETH is left after the first test's grant; the proposal is still made.
    expect(warnings).to.deep.equal([
      "Warning: the treasury has 3.75 ETH available (not reserved for pools or milestone grants); this needs 10 ETH. The members can pass it, but it cannot be carried out until enough is deposited.",
    ]);
    expect(PROPOSAL_STATES[Number(await fund.governor.state(2))]).to.equal("Pending");

    // The members require verified payees (as a passed proposal would: the timelock is the registry's admin).
    const timelock = await fund.timelock.getAddress();
    await impersonateAccount(timelock);
    await setBalance(timelock, parseEther("1"));
    await (await fund.payees.connect(await ethers.getSigner(timelock)).setVerificationRequired(true)).wait();
    const proposed = await run("grant:propose", {
      recipient: payee,
      amount: "1",
      token: "ETH",
      title: "Lys ved skaterbanen",
      description: "Lamper langs banen",
      from: ANNA,
    });
    expect(proposed.output.split("\n").slice(1)).to.deep.equal([
      `Warning: the payment will be refused when the proposal is carried out. ${payee.slice(0, 6)}…${payee.slice(-4)} is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.`,
    ]);
  });
});
