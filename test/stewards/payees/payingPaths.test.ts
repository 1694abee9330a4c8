import { expect } from "chai";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { id } from "ethers";
import type { Address } from "viem";
import { proposalDescription } from "../../../sdk/model/description";
import { roundOpeningActions, type RoundParams } from "../../../sdk/proposals/rounds";
import {
  milestoneGrantActions,
  verificationRuleActions,
  type MilestoneGrantPlan,
} from "../../../sdk/proposals/stewards";
import { BudgetRound__factory } from "../../../typechain-types";
import { ReviewReason } from "../../helpers/codes";
import { DAY } from "../../helpers/fixtures";
import { ProposalDriver } from "../../helpers/governance";
import {
  attest,
  createPoolDirectly,
  DKKT,
  pass,
  START_DKKT,
  verifiedFund,
  type StewardsFixture,
} from "../../helpers/stewards";
import { text } from "../../helpers/texts";

/**
 * With verified payees required, every path that pays — a grant the timelock executes, a pool's
 * micro-grant, a milestone, a budget round's release — refuses an unverified payee with
 * PayeeRegistryNotVerified and pays the same payee once a verifier attested it.
 */
describe("Verified payees on every paying path", () => {
  /** f.payees[0] is never attested by the fixture; tests attest it when they mean to pay it. */
  async function fixture() {
    const f = await verifiedFund();
    return { ...f, payee: f.payees[0] };
  }

  it("a grant executed by the timelock", async () => {
    const f = await loadFixture(fixture);
    const grant = await ProposalDriver.grant(
      f.fund,
      f.voters[0],
      { asset: f.token, recipient: f.payee.address, amount: DKKT(25_000n) },
      "Bænke i Måløv",
    );
    await grant.passAndQueue(f.voters.slice(0, 3));
    await expect(grant.execute())
      .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
      .withArgs(f.payee.address);
    await attest(f, f.payee.address);
    await expect(grant.execute())
      .to.emit(f.fund.treasury, "Paid")
      .withArgs(f.token, f.payee.address, DKKT(25_000n), grant.descriptionHash);
    expect(await f.dkkt.balanceOf(f.payee)).to.equal(DKKT(25_000n));
  });

  it("a pool's micro-grant", async () => {
    const f = await loadFixture(fixture);
    const { pool } = await createPoolDirectly(f);
    const [anna, emma] = f.voters;
    const reason = text("Fællesskabshaven");
    await expect(pool.connect(anna).proposeGrant(f.payee, DKKT(2_500n), reason))
      .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
      .withArgs(f.payee.address);
    await attest(f, f.payee.address);
    await pool.connect(anna).proposeGrant(f.payee, DKKT(2_500n), reason);
    await expect(pool.connect(emma).approveGrant(1))
      .to.emit(pool, "GrantPaid")
      .withArgs(1, f.payee.address, DKKT(2_500n));
    expect(await f.dkkt.balanceOf(f.payee)).to.equal(DKKT(2_500n));
  });

  it("a milestone", async () => {
    const f = await loadFixture(fixture);
    const { treasury, milestoneGrants } = f.contracts;
    const plan: MilestoneGrantPlan = {
      payee: f.payee.address as Address,
      asset: f.token,
      title: text("Nyt tag"),
      milestones: [{ amount: DKKT(40_000n), description: text("Materials delivered") }],
    };
    const creation = new ProposalDriver(
      f.fund,
      f.voters[0],
      milestoneGrantActions({ treasury, milestoneGrants }, plan),
      "Nyt tag",
    );
    await creation.passAndQueue(f.voters.slice(0, 3));
    await expect(creation.execute())
      .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
      .withArgs(f.payee.address);
    await attest(f, f.payee.address);
    await creation.execute();
    await f.fund.milestones.connect(f.steward).markDelivered(1, 0, text("ipfs://delivery"), id("delivery note"));
    await time.increase(await f.fund.milestones.vetoWindow());
    await expect(f.fund.milestones.connect(f.outsider).release(1, 0))
      .to.emit(f.fund.milestones, "MilestoneReleased")
      .withArgs(1, 0, f.payee.address, DKKT(40_000n));
    expect(await f.dkkt.balanceOf(f.payee)).to.equal(DKKT(40_000n));
  });

  describe("a budget round", () => {
    /** A one-district round of 10,000 DKKT; ideas close 10 days after proposing. */
    async function roundParams(f: StewardsFixture): Promise<RoundParams> {
      const now = await time.latest();
      return {
        asset: f.token,
        districts: [0],
        budgets: [DKKT(10_000n)],
        ideasEnd: now + 10 * DAY,
        reviewEnd: now + 12 * DAY,
        votingEnd: now + 15 * DAY,
        challengeDelay: DAY,
        payoutWindow: 90 * DAY,
        minPicks: 1,
        maxPicks: 3,
        maxIdeasPerDistrict: 8,
        maxIdeasPerMember: 8,
        minApprovals: 1,
        anyMemberMaySubmit: false,
        reviewers: [f.registrar.address as Address],
        guardian: f.guardian.address as Address,
        rule: f.contracts.allocationRule!,
      };
    }

    async function open(f: StewardsFixture, markEscrow: boolean) {
      const title = "Borgermillion Skovlunde";
      const { treasury, roundFactory, roundImplementation, payeeRegistry } = f.contracts;
      const opened = roundOpeningActions(
        { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry },
        await roundParams(f),
        proposalDescription(title, text(title), f.voters[0].address),
        { verifiedPayeesRequired: markEscrow },
      );
      const driver = new ProposalDriver(f.fund, f.voters[0], opened.actions, title);
      await driver.passAndQueue(f.voters.slice(0, 3));
      return { driver, round: BudgetRound__factory.connect(opened.round, f.deployer) };
    }

    it("cannot be opened without marking its escrow as a fund account", async () => {
      const f = await loadFixture(fixture);
      const { driver, round } = await open(f, false);
      await expect(driver.execute())
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(await round.getAddress());
    });

    it("opens with verifiedPayeesRequired, refuses to release to an unverified payee and pays once attested", async () => {
      const f = await loadFixture(fixture);
      const { driver, round } = await open(f, true);
      const roundAddress = await round.getAddress();
      const tx = driver.execute();
      await expect(tx).to.emit(f.fund.payees, "FundAccountSet").withArgs(roundAddress, true);
      await expect(tx)
        .to.emit(f.fund.treasury, "Paid")
        .withArgs(f.token, roundAddress, DKKT(10_000n), driver.descriptionHash);
      expect(await f.dkkt.balanceOf(roundAddress)).to.equal(DKKT(10_000n));

      // voters[0] lives in Skovlunde (district 0).
      await round.connect(f.voters[0]).submitIdea(0, DKKT(6_000n), text("Bålplads: en bålplads ved søen"));
      await time.increaseTo(await round.ideasEnd());
      await round
        .connect(f.registrar)
        .reviewIdea(1, true, DKKT(6_000n), f.payee, ReviewReason.Feasible, text("Tilbud indhentet"));
      await time.increaseTo(await round.reviewEnd());
      await round.connect(f.voters[0]).castBallot([1]);
      await time.increaseTo(await round.votingEnd());
      await round.finalize();
      await time.increase(DAY);

      await expect(round.release(1))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(f.payee.address);
      await attest(f, f.payee.address, 30, "Skovlunde Ungdomsklub");
      await expect(round.connect(f.outsider).release(1))
        .to.emit(round, "IdeaReleased")
        .withArgs(1, f.payee.address, DKKT(6_000n));
      expect(await f.dkkt.balanceOf(f.payee)).to.equal(DKKT(6_000n));
      expect(await f.fund.treasury.balanceOf(f.token)).to.equal(START_DKKT - DKKT(10_000n));
    });
  });

  it("pays an unverified payee again once governance drops the requirement", async () => {
    const f = await loadFixture(fixture);
    const { pool } = await createPoolDirectly(f, { threshold: 1 });
    await expect(pool.connect(f.voters[0]).proposeGrant(f.payee, DKKT(10n), text("x"))).to.be.revertedWithCustomError(
      f.fund.payees,
      "PayeeRegistryNotVerified",
    );
    await pass(f, verificationRuleActions(f.contracts.payeeRegistry, false), "Drop the rule");
    await expect(pool.connect(f.voters[0]).proposeGrant(f.payee, DKKT(10n), text("x")))
      .to.emit(pool, "GrantPaid")
      .withArgs(1, f.payee.address, DKKT(10n));
  });
});
