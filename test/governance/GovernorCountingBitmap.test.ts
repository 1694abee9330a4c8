import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress } from "ethers";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { single } from "../../sdk/proposals/actions";
import { majorityActions } from "../../sdk/proposals/governance";
import { PuljeGovernor__factory } from "../../typechain-types";
import { DAY, membershipFund, tokenFund } from "../helpers/fixtures";
import { ProposalDriver, State } from "../helpers/governance";

describe("GovernorCountingBitmap", () => {
  const grant = (f: Awaited<ReturnType<typeof membershipFund>>, proposer = f.voters[0]) =>
    ProposalDriver.grant(f.fund, proposer, { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: 1n });

  it("keeps each proposal's quorum from its snapshot, whoever joins after the first vote", async () => {
    const f = await loadFixture(membershipFund);
    const p = await grant(f);
    await p.propose();
    await p.waitForSnapshot();
    await p.vote(f.voters[0], "against"); // the first vote, an Against, caches quorum = 2 (25 % of 8)
    for (const s of [f.outsider, f.recipient, f.guardian])
      await f.fund.membership!.connect(f.registrar).addMember(s.address, 0);
    expect(await f.fund.membership!.memberCount()).to.equal(11n);
    await p.vote(f.voters[1], "for");
    await p.vote(f.voters[2], "abstain"); // For + Abstain = 2: quorum reached
    await p.vote(f.voters[3], "for");
    expect(await f.fund.governor.proposalVotes(p.id)).to.deep.equal([1n, 2n, 1n]);
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Succeeded);
  });

  it("fails quorum by one vote exactly", async () => {
    const f = await loadFixture(membershipFund);
    const p = await grant(f);
    await p.propose();
    await p.waitForSnapshot();
    await p.vote(f.voters[0], "for"); // 1 < 2
    await p.vote(f.voters[1], "against"); // Against does not count towards quorum
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Defeated);
  });

  it("needs For strictly above Against", async () => {
    const f = await loadFixture(membershipFund);
    const p = await grant(f);
    await p.propose();
    await p.waitForSnapshot();
    for (const [i, choice] of (["for", "for", "against", "against", "abstain"] as const).entries())
      await p.vote(f.voters[i], choice);
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Defeated);
  });

  it("still counts right when a quorum is too large to cache (2^128 - 1 votes, 100 %)", async () => {
    async function fixture() {
      const [, , , , , holder] = await ethers.getSigners(); // the fixtures' first voter
      return tokenFund({
        quorumPercent: 100,
        proposalThreshold: "0.000000000000000001", // one token unit: any holder proposes
        token: {
          name: "Huge",
          symbol: "HUGE",
          holders: [{ account: holder.address, amount: "340282366920938463463.374607431768211455" }],
        },
      });
    }
    const f = await loadFixture(fixture);
    const holder = f.voters[0];
    expect(await f.fund.token!.totalSupply()).to.equal(2n ** 128n - 1n);
    const p = await ProposalDriver.openForVotes(f.fund, holder, f.recipient.address);
    expect(await f.fund.governor.quorum(await f.fund.governor.proposalSnapshot(p.id))).to.equal(2n ** 128n - 1n);
    await p.vote(holder, "for");
    expect(await f.fund.governor.proposalVotes(p.id)).to.deep.equal([0n, 2n ** 128n - 1n, 0n]);
    await p.waitForDeadline();
    expect(await p.state()).to.equal(State.Succeeded);
  });
});

/**
 * The majority: For must be at least numerator / denominator of For + Against, and more than
 * Against. With integer votes, "60 %" (3/5) means For * 5 >= 3 * (For + Against): 3 For to 2
 * Against passes, and so does 600 tokens to 400, but 1 token unit (10^-18) fewer For and more
 * Against fails. "Two thirds" (2/3) passes an exact 2 : 1. "All" (1/1) fails on a single unit
 * Against. Abstain counts towards quorum only.
 */
describe("GovernorCountingBitmap: the majority", () => {
  type Choice = "for" | "against" | "abstain";
  // loadFixture caches by function: one named fixture per majority.
  async function simpleMajority() {
    return membershipFund({ majority: "1/2" });
  }
  async function sixtyPercent() {
    return membershipFund({ majority: "60 %" });
  }
  async function twoThirds() {
    return membershipFund({ majority: "2/3" });
  }
  async function unanimous() {
    return membershipFund({ majority: "1/1" });
  }
  const MEMBERSHIP_FUNDS = { "1/2": simpleMajority, "60 %": sixtyPercent, "2/3": twoThirds, "1/1": unanimous } as const;
  /** How the governor keeps each: the fund file's "60 %" is 3/5 in lowest terms. */
  const FRACTIONS = { "1/2": [1n, 2n], "60 %": [3n, 5n], "2/3": [2n, 3n], "1/1": [1n, 1n] } as const;

  /** One proposal in a membership fund (one member, one vote): the voters' choices in order, then its outcome. */
  async function decideByMembers(majority: keyof typeof MEMBERSHIP_FUNDS, choices: Choice[]) {
    const f = await loadFixture(MEMBERSHIP_FUNDS[majority]);
    const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
    for (const [i, choice] of choices.entries()) await p.vote(f.voters[i], choice);
    await p.waitForDeadline();
    return { f, p, state: await p.state() };
  }

  const memberCases: [keyof typeof MEMBERSHIP_FUNDS, string, Choice[], bigint][] = [
    ["1/2", "a tie fails", ["for", "for", "against", "against", "abstain"], State.Defeated],
    ["1/2", "one more For passes", ["for", "for", "for", "against", "against"], State.Succeeded],
    ["1/2", "no For fails, even when Abstain makes the quorum", ["abstain", "abstain", "abstain"], State.Defeated],
    ["60 %", "3 For to 2 Against (exactly 60 %) passes", ["for", "for", "for", "against", "against"], State.Succeeded],
    [
      "60 %",
      "and Abstain does not count",
      ["for", "for", "for", "against", "against", "abstain", "abstain"],
      State.Succeeded,
    ],
    [
      "60 %",
      "4 For to 3 Against (57 %) fails",
      ["for", "for", "for", "for", "against", "against", "against"],
      State.Defeated,
    ],
    ["2/3", "2 For to 1 Against (exactly two thirds) passes", ["for", "for", "against"], State.Succeeded],
    ["2/3", "3 For to 2 Against (60 %) fails", ["for", "for", "for", "against", "against"], State.Defeated],
    ["1/1", "3 For and no Against passes", ["for", "for", "for", "abstain"], State.Succeeded],
    ["1/1", "7 For to 1 Against fails", ["for", "for", "for", "for", "for", "for", "for", "against"], State.Defeated],
  ];
  for (const [majority, what, choices, expected] of memberCases) {
    it(`${majority}, one vote each: ${what}`, async () => {
      const { f, p, state } = await decideByMembers(majority, choices);
      // Quorum (2 of 8, For + Abstain) is met in every case: the outcome is the majority's.
      expect(choices.filter((c) => c !== "against").length).to.be.at.least(2);
      expect(await f.fund.governor.proposalMajority(p.id)).to.deep.equal(FRACTIONS[majority]);
      expect(state).to.equal(expected);
    });
  }

  /** A token fund whose For holder owns `forTokens` and Against holder `againstTokens` (whole tokens, 18 decimals). */
  async function decideByTokens(majority: string, forTokens: string, againstTokens: string) {
    const [, , , , , forHolder, againstHolder] = await ethers.getSigners(); // the fixtures' first two voters
    const holders = [{ account: forHolder.address, amount: forTokens }];
    if (againstTokens !== "0") holders.push({ account: againstHolder.address, amount: againstTokens });
    const f = await tokenFund({
      majority,
      proposalThreshold: "0.000000000000000001",
      token: { name: "Edge", symbol: "EDGE", holders },
    });
    const p = await ProposalDriver.openForVotes(f.fund, forHolder, f.recipient.address);
    await p.vote(forHolder, "for");
    if (againstTokens !== "0") await p.vote(againstHolder, "against");
    await p.waitForDeadline();
    const g = f.fund.governor;
    const [against, forVotes] = await g.proposalVotes(p.id);
    expect(forVotes).to.equal(ethers.parseEther(forTokens));
    expect(against).to.equal(ethers.parseEther(againstTokens));
    // Quorum (25 % of all tokens) is met: the outcome is the majority's alone.
    expect(await g.quorum(await g.proposalSnapshot(p.id))).to.be.at.most(forVotes);
    return p.state();
  }

  const tokenCases: [string, string, string, bigint][] = [
    ["1/2", "100", "100", State.Defeated],
    ["1/2", "100.000000000000000001", "100", State.Succeeded],
    ["60 %", "599.999999999999999999", "400.000000000000000001", State.Defeated],
    ["60 %", "600", "400", State.Succeeded],
    ["60 %", "600", "400.000000000000000001", State.Defeated],
    ["2/3", "199.999999999999999999", "100.000000000000000001", State.Defeated],
    ["2/3", "200", "100", State.Succeeded],
    ["2/3", "200", "100.000000000000000001", State.Defeated],
    ["1/1", "100", "0.000000000000000001", State.Defeated],
    ["1/1", "100", "0", State.Succeeded],
  ];
  for (const [majority, forTokens, againstTokens, expected] of tokenCases) {
    it(`${majority}, by tokens: ${forTokens} For to ${againstTokens} Against ${expected === State.Succeeded ? "passes" : "fails"}`, async () => {
      expect(await decideByTokens(majority, forTokens, againstTokens)).to.equal(expected);
    });
  }

  it("is set at deployment, with the event an auditor starts the history from", async () => {
    const f = await loadFixture(MEMBERSHIP_FUNDS["2/3"]);
    const g = f.fund.governor;
    expect(await g.majority()).to.deep.equal([2n, 3n]);
    await expect(g.deploymentTransaction()).to.emit(g, "MajoritySet").withArgs(0, 0, 2, 3);
  });

  it("changes only by a passed proposal, with an event of the old and the new majority", async () => {
    const f = await loadFixture(MEMBERSHIP_FUNDS["1/2"]);
    const g = f.fund.governor;
    await expect(g.connect(f.voters[0]).setMajority(2, 3))
      .to.be.revertedWithCustomError(g, "GovernorOnlyExecutor")
      .withArgs(f.voters[0].address);
    const p = new ProposalDriver(
      f.fund,
      f.voters[0],
      majorityActions(f.contracts.governor, { numerator: 2, denominator: 3 }),
      "Two thirds",
    );
    await expect(p.passAndExecute(f.voters.slice(0, 3)))
      .to.emit(g, "MajoritySet")
      .withArgs(1, 2, 2, 3);
    expect(await g.majority()).to.deep.equal([2n, 3n]);
  });

  it("refuses a proposal's majority below one half or above all, naming it, and keeps the old one", async () => {
    const f = await loadFixture(MEMBERSHIP_FUNDS["1/2"]);
    const g = f.fund.governor;
    for (const [i, [numerator, denominator]] of [
      [49, 100],
      [101, 100],
    ].entries()) {
      const p = new ProposalDriver(
        f.fund,
        f.voters[i],
        single(
          f.contracts.governor,
          g.interface.encodeFunctionData("setMajority", [numerator, denominator]) as `0x${string}`,
        ),
        `Majority ${numerator}/${denominator}`,
      );
      await p.passAndQueue(f.voters.slice(0, 3));
      await expect(p.execute())
        .to.be.revertedWithCustomError(g, "GovernorInvalidMajority")
        .withArgs(numerator, denominator);
    }
    expect(await g.majority()).to.deep.equal([1n, 2n]);
  });

  it("refuses to deploy a governor with anything but a majority from one half to all, denominator below 2^16", async () => {
    const f = await loadFixture(simpleMajority);
    const [deployer] = await ethers.getSigners();
    const rules = { votingDelay: 1, votingPeriod: 10, proposalThreshold: 1, quorumPercent: 25, lateQuorumExtension: 0 };
    const factory = new PuljeGovernor__factory(deployer);
    const somewhere = deployer.address; // the majority is checked before the voting source is read
    for (const [numerator, denominator] of [
      [0n, 0n],
      [1n, 0n],
      [0n, 1n],
      [32_767n, 65_535n],
      [4n, 3n],
      [40_000n, 65_536n],
      [2n ** 255n, 2n ** 256n - 1n],
    ]) {
      await expect(
        factory.deploy(
          "x",
          somewhere,
          somewhere,
          { ...rules, majorityNumerator: numerator, majorityDenominator: denominator },
          ZeroAddress,
        ),
      )
        .to.be.revertedWithCustomError(factory, "GovernorInvalidMajority")
        .withArgs(numerator, denominator);
    }
    const edge = await factory.deploy(
      "x",
      f.fund.votesAddress,
      await f.fund.timelock.getAddress(),
      { ...rules, majorityNumerator: 32_768n, majorityDenominator: 65_535n },
      ZeroAddress,
    );
    expect(await edge.majority()).to.deep.equal([32_768n, 65_535n]);
  });

  /**
   * A change applies to every proposal whose vote opens after it (its snapshot), like the
   * quorum: a running vote keeps the majority it opened with, however long it still runs.
   */
  it("keeps a running vote's majority when it changes mid-vote; a vote that opens later takes the new one", async () => {
    const f = await loadFixture(longVotes);
    const g = f.fund.governor;
    const [m0, m1, m2, m3, m4, m5] = f.voters;
    const all = new ProposalDriver(
      f.fund,
      m0,
      majorityActions(f.contracts.governor, { numerator: 1, denominator: 1 }),
      "Only unanimous decisions",
    );
    await all.propose(); // day 0: opens day 1, closes day 11, executable day 13
    await all.waitForSnapshot();
    for (const voter of [m0, m1, m2]) await all.vote(voter, "for");

    await time.increase(4 * DAY);
    const running = await ProposalDriver.grant(
      f.fund,
      m1,
      { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: 1n },
      "Running",
    );
    await running.propose(); // ~day 5: opens ~day 6, closes ~day 16
    await running.waitForSnapshot();
    await running.vote(m0, "for");
    await running.vote(m1, "for");

    await all.waitForDeadline();
    await all.queue();
    await all.waitForEta(-3600);
    const pending = await ProposalDriver.grant(
      f.fund,
      m2,
      { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: 1n },
      "Pending",
    );
    await pending.propose(); // an hour before the change: its vote opens a day after it
    await all.waitForEta();
    await expect(all.execute()).to.emit(g, "MajoritySet").withArgs(1, 2, 1, 1);
    expect(await g.majority()).to.deep.equal([1n, 1n]);
    expect(await running.state()).to.equal(State.Active);
    expect(await pending.state()).to.equal(State.Pending);

    // Votes cast after the change, on both: 3 For to 1 Against.
    await running.vote(m2, "for");
    await running.vote(m3, "against");
    await pending.waitForSnapshot();
    for (const voter of [m2, m3, m4]) await pending.vote(voter, "for");
    await pending.vote(m5, "against");

    expect(await g.proposalMajority(running.id)).to.deep.equal([1n, 2n]);
    expect(await g.proposalMajority(pending.id)).to.deep.equal([1n, 1n]);
    await running.waitForDeadline();
    await pending.waitForDeadline();
    expect(await running.state()).to.equal(State.Succeeded); // judged by the majority it opened with
    expect(await pending.state()).to.equal(State.Defeated); // its vote opened under "all"
  });

  async function longVotes() {
    // Votes long enough for a rule change to pass and be executed while another vote runs.
    return membershipFund({ votingPeriod: "10 days" });
  }
});
