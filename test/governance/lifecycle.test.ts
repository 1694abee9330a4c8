import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther } from "ethers";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { membershipFund, stablecoin, tokenFund, type FundFixture } from "../helpers/fixtures";
import { ProposalDriver, State } from "../helpers/governance";
import { text } from "../helpers/texts";

const DKKT = (n: bigint) => n * 10n ** 6n;

/** A fund of either mode with 10 ETH and 100,000 DKKT deposited by the municipality (outsider). */
async function funded(base: FundFixture) {
  const { fund, outsider } = base;
  const dkkt = await stablecoin(base.deployer, outsider.address);
  const treasuryAddress = await fund.treasury.getAddress();
  await fund.treasury.connect(outsider).deposit(text("Municipal budget 2026"), { value: parseEther("10") });
  await dkkt.connect(outsider).approve(treasuryAddress, DKKT(100_000n));
  await fund.treasury
    .connect(outsider)
    .depositToken(await dkkt.getAddress(), DKKT(100_000n), text("Citizen million, first half"));
  return { ...base, dkkt };
}
async function fundedMembership() {
  return funded(await membershipFund());
}
async function fundedToken() {
  return funded(await tokenFund());
}

for (const [mode, fixture] of [
  ["membership", fundedMembership],
  ["token-weighted", fundedToken],
] as const) {
  describe(`Grant lifecycle (${mode} voting)`, () => {
    it("pays an ETH grant from propose to payout, with exact balances", async () => {
      const { fund, voters, recipient } = await loadFixture(fixture);
      const amount = parseEther("2.5");
      const proposal = await ProposalDriver.grant(
        fund,
        voters[0],
        { asset: ETH_ADDRESS, recipient: recipient.address, amount },
        "Skatepark lights",
      );
      const before = await ethers.provider.getBalance(recipient.address);

      await proposal.propose();
      expect(await proposal.state()).to.equal(State.Pending);
      await proposal.waitForSnapshot();
      expect(await proposal.state()).to.equal(State.Active);
      await proposal.vote(voters[0], "for");
      await proposal.vote(voters[1], "for");
      await proposal.vote(voters[2], "against");
      await proposal.waitForDeadline();
      expect(await proposal.state()).to.equal(State.Succeeded);
      await proposal.queue();
      expect(await proposal.state()).to.equal(State.Queued);
      await proposal.waitForEta();
      await expect(proposal.execute())
        .to.emit(fund.treasury, "Paid")
        .withArgs(ETH_ADDRESS, recipient.address, amount, proposal.descriptionHash);
      expect(await proposal.state()).to.equal(State.Executed);

      expect(await ethers.provider.getBalance(recipient.address)).to.equal(before + amount);
      expect(await fund.treasury.balanceOf(ETH_ADDRESS)).to.equal(parseEther("7.5"));
      expect(await ethers.provider.getBalance(await fund.timelock.getAddress())).to.equal(0n);
      expect(await ethers.provider.getBalance(await fund.governor.getAddress())).to.equal(0n);
    });

    it("pays an ERC-20 grant from propose to payout, with exact balances", async () => {
      const { fund, voters, recipient, dkkt } = await loadFixture(fixture);
      const token = await dkkt.getAddress();
      const proposal = await ProposalDriver.grant(
        fund,
        voters[3],
        { asset: token, recipient: recipient.address, amount: DKKT(25_000n) },
        "Skovlunde Youth Club",
      );

      const tx = await proposal.passAndExecute(voters.slice(0, 4));
      await expect(tx)
        .to.emit(fund.treasury, "Paid")
        .withArgs(token, recipient.address, DKKT(25_000n), proposal.descriptionHash);
      await expect(tx).to.emit(fund.governor, "ProposalExecuted").withArgs(proposal.id);
      expect(await dkkt.balanceOf(recipient.address)).to.equal(DKKT(25_000n));
      expect(await fund.treasury.balanceOf(token)).to.equal(DKKT(75_000n));
    });

    it("records the tallies and who voted, and rejects a proposal that lost", async () => {
      const { fund, voters, recipient, oneVote } = await loadFixture(fixture);
      const proposal = await ProposalDriver.grant(fund, voters[0], {
        asset: ETH_ADDRESS,
        recipient: recipient.address,
        amount: 1n,
      });
      await proposal.propose();
      await proposal.waitForSnapshot();
      await proposal.vote(voters[0], "for");
      await proposal.vote(voters[1], "against");
      await proposal.vote(voters[2], "against");
      await proposal.vote(voters[3], "abstain");
      expect(await fund.governor.proposalVotes(proposal.id)).to.deep.equal([2n * oneVote, oneVote, oneVote]);
      expect(await fund.governor.hasVoted(proposal.id, voters[1].address)).to.equal(true);
      expect(await fund.governor.hasVoted(proposal.id, voters[4].address)).to.equal(false);
      await proposal.waitForDeadline();
      expect(await proposal.state()).to.equal(State.Defeated);
      await expect(proposal.queue()).to.be.revertedWithCustomError(fund.governor, "GovernorUnexpectedProposalState");
    });

    it("fails a proposal below quorum even when everyone who voted was in favour", async () => {
      const { fund, voters, recipient } = await loadFixture(fixture);
      const proposal = await ProposalDriver.grant(fund, voters[0], {
        asset: ETH_ADDRESS,
        recipient: recipient.address,
        amount: 1n,
      });
      await proposal.propose();
      await proposal.waitForSnapshot();
      await proposal.vote(voters[0], "for"); // 1 of 8 votes; quorum is 25 % = 2
      await proposal.waitForDeadline();
      expect(await proposal.state()).to.equal(State.Defeated);
    });
  });
}
