import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress, ZeroHash } from "ethers";
import { BudgetRound__factory, FundEverythingRule__factory } from "../../typechain-types";
import { CancelReason, ReviewReason } from "../helpers/codes";
import { DAY, membershipFund } from "../helpers/fixtures";
import { text } from "../helpers/texts";
import type { Address } from "viem";
import {
  BALLOT_TYPES,
  ballotDomain,
  IDEA_STATUSES,
  ROUND_PHASES,
  type IdeaStatus,
  type RoundPhase,
} from "../../sdk/model/rounds";
import { BUDGET, DKKT, fundedRound, openRound, roundStruct, toPhase, type RoundFixture } from "./roundFixture";

const Phase = Object.fromEntries(ROUND_PHASES.map((p, i) => [p, i])) as Record<RoundPhase, number>;
const Status = Object.fromEntries(IDEA_STATUSES.map((s, i) => [s, i])) as Record<IdeaStatus, number>;

// Members (fixtures): voters[i] lives in district i % 4, so voters 0 and 4 are in Skovlunde (0).
type Signer = RoundFixture["voters"][number];

async function submit(f: RoundFixture, by: Signer, district: number, cost: bigint, title = "Idea") {
  await f.round.connect(by).submitIdea(district, cost, text(`${title}, described`));
  return f.round.ideaCount();
}

/** Six ideas in Skovlunde (0) and one in Måløv (1), reviewed: idea 5 infeasible, the rest feasible. */
async function reviewedRound() {
  const f = await loadFixture(fundedRound);
  const [a, , , , e] = f.voters;
  for (const [who, cost] of [
    [a, DKKT(100_000n)],
    [e, DKKT(100_000n)],
    [a, DKKT(60_000n)],
    [e, DKKT(90_000n)],
    [a, DKKT(10_000n)],
    [e, DKKT(50_000n)],
  ] as const) {
    await submit(f, who, 0, cost);
  }
  await submit(f, f.voters[1], 1, DKKT(10_000n), "Måløv idea");
  await toPhase(f.round, "review");
  for (let id = 1n; id <= 7n; id++) {
    const idea = await f.round.ideaOf(id);
    const [code, reason] =
      id === 5n ? [ReviewReason.AgainstRules, "Needs a building permit"] : [ReviewReason.Feasible, "Feasible"];
    await f.round.connect(f.reviewer).reviewIdea(id, id !== 5n, idea.cost, f.recipient.address, code, text(reason));
  }
  await toPhase(f.round, "voting");
  return f;
}

/** The members' governance: the timelock that owns the round factory, impersonated. */
async function governance(f: RoundFixture) {
  const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
  await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
  return timelock;
}

/** A round whose allocation rule funds everything, budget or not. */
async function roundWithBrokenRule() {
  const base = await membershipFund();
  const rule = await new FundEverythingRule__factory(base.deployer).deploy();
  return openRound(base, { rule: (await rule.getAddress()) as Address });
}

describe("BudgetRound", () => {
  describe("opening", () => {
    it("is opened by one proposal that pays the escrow and creates the round", async () => {
      const f = await loadFixture(fundedRound);
      const roundAddress = await f.round.getAddress();
      expect(await f.dkkt.balanceOf(roundAddress)).to.equal(DKKT(1_000_000n));
      expect(await f.round.total()).to.equal(DKKT(1_000_000n));
      expect(await f.round.phase()).to.equal(Phase.Ideas);
      expect(await f.round.districts()).to.deep.equal([0n, 1n, 2n, 3n]);
      expect(await f.round.districtOf(2)).to.deep.equal([BUDGET, 0n, 0n, false]);
      expect(await f.round.isReviewer(f.reviewer.address)).to.equal(true);
      expect(await f.round.factory()).to.equal(await f.fund.rounds!.factory.getAddress());
      expect(await f.fund.rounds!.factory.predictRound(f.opening.descriptionHash)).to.equal(roundAddress);
      const tx = await ethers.provider.getTransactionReceipt(
        (await f.fund.governor.queryFilter(f.fund.governor.filters.ProposalExecuted()))[0].transactionHash,
      );
      const factory = f.fund.rounds!.factory;
      const names = tx!.logs.flatMap((l) => {
        for (const c of [f.fund.treasury, factory, f.round]) {
          try {
            return [c.interface.parseLog(l)!.name];
          } catch {
            // another contract's event
          }
        }
        return [];
      });
      expect(names).to.include.members([
        "Paid",
        "RoundCreated",
        "RoundOpened",
        "RoundScheduled",
        "BallotRulesSet",
        "DistrictBudgetSet",
        "ReviewerAdded",
      ]);
    });

    it("opens rounds only for the members' governance", async () => {
      const f = await loadFixture(fundedRound);
      await expect(f.fund.rounds!.factory.connect(f.voters[0]).createRound(ethers.ZeroHash, roundStruct(f.params)))
        .to.be.revertedWithCustomError(f.fund.rounds!.factory, "OwnableUnauthorizedAccount")
        .withArgs(f.voters[0].address);
    });

    /** Creates a round straight from the (impersonated) timelock; its rules are checked before its funding. */
    async function createDirectly(f: RoundFixture, overrides: Record<string, unknown>) {
      const timelock = await governance(f);
      const salt = ethers.id(JSON.stringify(Object.keys(overrides)));
      const now = BigInt(await time.latest());
      const params = {
        ...roundStruct(f.params),
        ideasEnd: now + BigInt(DAY),
        reviewEnd: now + BigInt(2 * DAY),
        votingEnd: now + BigInt(3 * DAY),
        ...overrides,
      };
      return f.fund.rounds!.factory.connect(timelock).createRound(salt, params);
    }

    it("refuses a round whose escrow does not hold its budget", async () => {
      const f = await loadFixture(fundedRound);
      await expect(createDirectly(f, {}))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundUnfunded")
        .withArgs(DKKT(1_000_000n), 0);
    });

    it("refuses bad rules, naming what is wrong", async () => {
      const f = await loadFixture(fundedRound);
      const now = BigInt(await time.latest());
      await expect(createDirectly(f, { ideasEnd: now - 1n })).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundInvalidSchedule",
      );
      await expect(createDirectly(f, { reviewEnd: now + BigInt(5 * DAY) })).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundInvalidSchedule",
      );
      await expect(createDirectly(f, { minPicks: 0 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidPicks")
        .withArgs(0, 3, 8);
      await expect(createDirectly(f, { minPicks: 4 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidPicks")
        .withArgs(4, 3, 8);
      await expect(createDirectly(f, { maxPicks: 9 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidPicks")
        .withArgs(1, 9, 8);
      await expect(createDirectly(f, { maxPicks: 65, maxIdeasPerDistrict: 65 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidPicks")
        .withArgs(1, 65, 65);
      await expect(createDirectly(f, { reviewers: [] })).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundMissingRole",
      );
      await expect(createDirectly(f, { rule: ZeroAddress })).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundMissingRole",
      );
      for (const districts of [
        { districts: [], budgets: [] },
        { districts: [0, 0], budgets: [1n, 1n] },
        { districts: [4], budgets: [1n] },
        { districts: [0], budgets: [0n] },
        { districts: [0, 1], budgets: [1n] },
        { districts: Array.from({ length: 17 }, (_, i) => i), budgets: Array<bigint>(17).fill(1n) },
      ]) {
        await expect(createDirectly(f, districts)).to.be.revertedWithCustomError(
          f.round,
          "BudgetRoundInvalidDistricts",
        );
      }
    });

    it("refuses a round without a payout window, naming its schedule", async () => {
      const f = await loadFixture(fundedRound);
      const now = BigInt(await time.latest());
      const schedule = {
        ideasEnd: now + BigInt(DAY),
        reviewEnd: now + BigInt(2 * DAY),
        votingEnd: now + BigInt(3 * DAY),
      };
      await expect(createDirectly(f, { ...schedule, payoutWindow: 0 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidSchedule")
        .withArgs(schedule.ideasEnd, schedule.reviewEnd, schedule.votingEnd);
    });

    it("refuses idea limits a member could not use or a winner could pass without support", async () => {
      const f = await loadFixture(fundedRound);
      // No idea per member; more per member than the district takes (8); no approval needed to win.
      await expect(createDirectly(f, { maxIdeasPerMember: 0 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidLimits")
        .withArgs(0, 1);
      await expect(createDirectly(f, { maxIdeasPerMember: 9 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidLimits")
        .withArgs(9, 1);
      await expect(createDirectly(f, { minApprovals: 0 }))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidLimits")
        .withArgs(8, 0);
    });

    it("cannot be initialized again, nor can the implementation be used", async () => {
      const f = await loadFixture(fundedRound);
      await expect(f.round.initialize(roundStruct(f.params), ZeroAddress, ZeroAddress)).to.be.revertedWithCustomError(
        f.round,
        "InvalidInitialization",
      );
      const implementation = BudgetRound__factory.connect(f.fund.rounds!.implementation, f.deployer);
      await expect(
        implementation.initialize(roundStruct(f.params), ZeroAddress, ZeroAddress),
      ).to.be.revertedWithCustomError(f.round, "InvalidInitialization");
    });
  });

  describe("ideas phase", () => {
    it("takes an idea from a member of the district, with its text's commitment in the event", async () => {
      const f = await loadFixture(fundedRound);
      const idea = text("Bænke: ti bænke i parken");
      await expect(f.round.connect(f.voters[0]).submitIdea(0, DKKT(40_000n), idea))
        .to.emit(f.round, "IdeaSubmitted")
        .withArgs(1, 0, f.voters[0].address, DKKT(40_000n), idea);
      const stored = await f.round.ideaOf(1);
      expect([
        stored.cost,
        stored.approvals,
        stored.district,
        stored.slot,
        stored.status,
        stored.proposer,
        stored.payee,
      ]).to.deep.equal([DKKT(40_000n), 0n, 0n, 0n, BigInt(Status.Submitted), f.voters[0].address, ZeroAddress]);
      expect(await f.round.districtOf(0)).to.deep.equal([BUDGET, 0n, 1n, false]);
    });

    it("refuses outsiders, other districts, unknown districts, bad costs and ideas without a text", async () => {
      const f = await loadFixture(fundedRound);
      const r = f.round;
      const idea = text("An idea");
      await expect(r.connect(f.outsider).submitIdea(0, 1, idea))
        .to.be.revertedWithCustomError(r, "BudgetRoundNotMember")
        .withArgs(f.outsider.address);
      await expect(r.connect(f.voters[0]).submitIdea(1, 1, idea))
        .to.be.revertedWithCustomError(r, "BudgetRoundNotYourDistrict")
        .withArgs(f.voters[0].address, 0, 1);
      await expect(r.connect(f.voters[0]).submitIdea(7, 1, idea))
        .to.be.revertedWithCustomError(r, "BudgetRoundDistrictNotInRound")
        .withArgs(7);
      await expect(r.connect(f.voters[0]).submitIdea(0, 0, idea))
        .to.be.revertedWithCustomError(r, "BudgetRoundInvalidCost")
        .withArgs(0, BUDGET);
      await expect(r.connect(f.voters[0]).submitIdea(0, BUDGET + 1n, idea))
        .to.be.revertedWithCustomError(r, "BudgetRoundInvalidCost")
        .withArgs(BUDGET + 1n, BUDGET);
      await expect(r.connect(f.voters[0]).submitIdea(0, 1, ZeroHash)).to.be.revertedWithCustomError(
        r,
        "BudgetRoundMissingText",
      );
      expect(await r.ideaCount()).to.equal(0n);
    });

    it("lets any member submit for any district when the round says so", async () => {
      const f = await openRound(await membershipFund(), { anyMemberMaySubmit: true });
      await expect(f.round.connect(f.voters[0]).submitIdea(1, 1, text("For Måløv"))).to.emit(f.round, "IdeaSubmitted");
    });

    it("bounds the ideas a district can receive", async () => {
      const f = await openRound(await membershipFund(), { maxIdeasPerDistrict: 2, maxPicks: 2 });
      await submit(f, f.voters[0], 0, 1n);
      await submit(f, f.voters[4], 0, 1n);
      await expect(f.round.connect(f.voters[0]).submitIdea(0, 1, text("Third")))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundTooManyIdeas")
        .withArgs(0, 2);
    });

    it("counts each member's ideas, and gives a withdrawn idea's place back", async () => {
      const f = await loadFixture(fundedRound);
      const [alice, , , , erik] = f.voters;
      await submit(f, alice, 0, DKKT(1_000n));
      await submit(f, alice, 0, DKKT(2_000n));
      await submit(f, erik, 0, DKKT(3_000n));
      expect([await f.round.ideasBy(alice.address), await f.round.ideasBy(erik.address)]).to.deep.equal([2n, 1n]);
      expect(await f.round.ideasBy(f.voters[1].address)).to.equal(0n);
      await f.round.connect(alice).withdrawIdea(1);
      expect([await f.round.ideasBy(alice.address), await f.round.ideasBy(erik.address)]).to.deep.equal([1n, 1n]);
    });

    it("lets the proposer, and only the proposer, withdraw an idea during the phase", async () => {
      const f = await loadFixture(fundedRound);
      await submit(f, f.voters[0], 0, 1n);
      await expect(f.round.connect(f.voters[4]).withdrawIdea(1))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundNotProposer")
        .withArgs(f.voters[4].address, f.voters[0].address);
      await expect(f.round.connect(f.voters[0]).withdrawIdea(1)).to.emit(f.round, "IdeaWithdrawn").withArgs(1);
      await expect(f.round.connect(f.voters[0]).withdrawIdea(1))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaStatus")
        .withArgs(1, Status.Submitted, Status.Withdrawn);
      await expect(f.round.connect(f.voters[0]).withdrawIdea(9))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundUnknownIdea")
        .withArgs(9);
      await toPhase(f.round, "review");
      await expect(f.round.connect(f.voters[0]).submitIdea(0, 1, text("Late")))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
        .withArgs(Phase.Ideas, Phase.Review);
    });
  });

  describe("review phase", () => {
    it("takes a reviewer's assessment with a reason code and commitment, a revised cost and the payee", async () => {
      const f = await loadFixture(fundedRound);
      await submit(f, f.voters[0], 0, DKKT(40_000n));
      await submit(f, f.voters[4], 0, DKKT(10_000n));
      const r = f.round.connect(f.reviewer);
      await expect(r.reviewIdea(1, true, 1, f.recipient.address, ReviewReason.Feasible, text("Too early")))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
        .withArgs(Phase.Review, Phase.Ideas);
      await toPhase(f.round, "review");
      const priced = text("Price from the carpenter");
      await expect(r.reviewIdea(1, true, DKKT(45_000n), f.recipient.address, ReviewReason.Feasible, priced))
        .to.emit(f.round, "IdeaReviewed")
        .withArgs(
          1,
          f.reviewer.address,
          true,
          DKKT(40_000n),
          DKKT(45_000n),
          f.recipient.address,
          ReviewReason.Feasible,
          priced,
        );
      const notOurs = text("Not on municipal land");
      await expect(r.reviewIdea(2, false, 0, ZeroAddress, ReviewReason.OutsideMandate, notOurs))
        .to.emit(f.round, "IdeaReviewed")
        .withArgs(
          2,
          f.reviewer.address,
          false,
          DKKT(10_000n),
          DKKT(10_000n),
          ZeroAddress,
          ReviewReason.OutsideMandate,
          notOurs,
        );
      expect((await f.round.ideaOf(1)).status).to.equal(BigInt(Status.Feasible));
      expect((await f.round.ideaOf(2)).status).to.equal(BigInt(Status.Infeasible));
      // A reviewer may revise an assessment during the phase.
      await r.reviewIdea(2, true, DKKT(12_000n), f.recipient.address, ReviewReason.Feasible, text("Land found"));
      expect((await f.round.ideaOf(2)).cost).to.equal(DKKT(12_000n));
    });

    it("refuses non-reviewers, missing reasons and payees, bad costs and withdrawn ideas", async () => {
      const f = await loadFixture(fundedRound);
      await submit(f, f.voters[0], 0, 1n);
      await submit(f, f.voters[4], 0, 1n);
      await f.round.connect(f.voters[4]).withdrawIdea(2);
      await toPhase(f.round, "review");
      const r = f.round.connect(f.reviewer);
      const [feasible, ok] = [ReviewReason.Feasible, text("ok")];
      await expect(f.round.connect(f.voters[0]).reviewIdea(1, true, 1, f.recipient.address, feasible, ok))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundNotReviewer")
        .withArgs(f.voters[0].address);
      await expect(r.reviewIdea(1, true, 1, f.recipient.address, feasible, ZeroHash)).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundEmptyReason",
      );
      await expect(
        r.reviewIdea(1, false, 0, ZeroAddress, ReviewReason.NotPossible, ZeroHash),
      ).to.be.revertedWithCustomError(f.round, "BudgetRoundEmptyReason");
      await expect(r.reviewIdea(1, true, 1, ZeroAddress, feasible, ok)).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundMissingPayee",
      );
      await expect(r.reviewIdea(1, true, 0, f.recipient.address, feasible, ok))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidCost")
        .withArgs(0, BUDGET);
      await expect(r.reviewIdea(2, true, 1, f.recipient.address, feasible, ok))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaStatus")
        .withArgs(2, Status.Submitted, Status.Withdrawn);
      expect((await f.round.ideaOf(1)).status).to.equal(BigInt(Status.Submitted));
    });

    it("refuses a reason code that contradicts the decision, either way", async () => {
      const f = await loadFixture(fundedRound);
      await submit(f, f.voters[0], 0, DKKT(40_000n));
      await toPhase(f.round, "review");
      const r = f.round.connect(f.reviewer);
      const reason = text("Priced by the parks department");
      // Feasible, but with a code that says why not.
      for (const code of [ReviewReason.TooExpensive, ReviewReason.Other]) {
        await expect(r.reviewIdea(1, true, DKKT(40_000n), f.recipient.address, code, reason))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundReasonMismatch")
          .withArgs(true, code);
      }
      // Infeasible, but with the code for a feasible idea.
      await expect(r.reviewIdea(1, false, 0, ZeroAddress, ReviewReason.Feasible, reason))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundReasonMismatch")
        .withArgs(false, ReviewReason.Feasible);
      expect((await f.round.ideaOf(1)).status).to.equal(BigInt(Status.Submitted));
      // Every code but Feasible says why an idea is infeasible.
      for (const code of Object.values(ReviewReason).filter((c) => c !== ReviewReason.Feasible)) {
        await expect(r.reviewIdea(1, false, 0, ZeroAddress, code, reason))
          .to.emit(f.round, "IdeaReviewed")
          .withArgs(1, f.reviewer.address, false, DKKT(40_000n), DKKT(40_000n), ZeroAddress, code, reason);
      }
    });

    it("refuses a reviewer as the payee of a feasible idea", async () => {
      const f = await loadFixture(fundedRound);
      await submit(f, f.voters[0], 0, DKKT(40_000n));
      await toPhase(f.round, "review");
      await expect(
        f.round
          .connect(f.reviewer)
          .reviewIdea(1, true, DKKT(40_000n), f.reviewer.address, ReviewReason.Feasible, text("Pay me")),
      )
        .to.be.revertedWithCustomError(f.round, "BudgetRoundReviewerAsPayee")
        .withArgs(f.reviewer.address);
      expect((await f.round.ideaOf(1)).status).to.equal(BigInt(Status.Submitted));
    });
  });

  describe("voting phase", () => {
    it("counts a ballot within the district's budget, and lets the member replace it", async () => {
      const f = await reviewedRound();
      await expect(f.round.connect(f.voters[0]).castBallot([1, 3]))
        .to.emit(f.round, "BallotCast")
        .withArgs(f.voters[0].address, 0, [1n, 3n], false);
      expect((await f.round.ideaOf(1)).approvals).to.equal(1n);
      expect(await f.round.ballotOf(f.voters[0].address)).to.deep.equal([0b101n, 0n]);
      await expect(f.round.connect(f.voters[0]).castBallot([3, 4]))
        .to.emit(f.round, "BallotCast")
        .withArgs(f.voters[0].address, 0, [3n, 4n], true);
      expect([
        (await f.round.ideaOf(1)).approvals,
        (await f.round.ideaOf(3)).approvals,
        (await f.round.ideaOf(4)).approvals,
      ]).to.deep.equal([0n, 1n, 1n]);
    });

    it("refuses ballots over budget, from another district, with duplicates, infeasible ideas, or too few or many picks", async () => {
      const f = await reviewedRound();
      const r = f.round.connect(f.voters[0]);
      await expect(r.castBallot([1, 2, 3]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundOverBudget")
        .withArgs(DKKT(260_000n), BUDGET);
      await expect(r.castBallot([7]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaInOtherDistrict")
        .withArgs(7, 1, 0);
      await expect(r.castBallot([1, 1]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundDuplicatePick")
        .withArgs(1);
      await expect(r.castBallot([5]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaStatus")
        .withArgs(5, Status.Feasible, Status.Infeasible);
      await expect(r.castBallot([])).to.be.revertedWithCustomError(f.round, "BudgetRoundPickCount").withArgs(0, 1, 3);
      await expect(r.castBallot([3, 4, 5, 6]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundPickCount")
        .withArgs(4, 1, 3);
      await expect(r.castBallot([99]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundUnknownIdea")
        .withArgs(99);
    });

    it("refuses non-members and members admitted after the snapshot", async () => {
      const f = await reviewedRound();
      await expect(f.round.connect(f.outsider).castBallot([1]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundNotMember")
        .withArgs(f.outsider.address);
      await f.fund.membership!.connect(f.registrar).addMember(f.outsider.address, 0);
      // Read before the ballot: a refused transaction may still be mined in a later block.
      const joinedAt = await time.latest();
      await expect(f.round.connect(f.outsider).castBallot([1]))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundJoinedAfterSnapshot")
        .withArgs(f.outsider.address, joinedAt, await f.round.reviewEnd());
    });

    it("takes a signed ballot from a relayer, once", async () => {
      const f = await reviewedRound();
      const voter = f.voters[4];
      const deadline = BigInt(await time.latest()) + 86_400n;
      const domain = ballotDomain((await f.round.getAddress()) as `0x${string}`, 31337);
      const sign = async (signer: Signer, ideaIds: bigint[], nonce = 0n) =>
        signer.signTypedData(
          domain,
          { Ballot: [...BALLOT_TYPES.Ballot] },
          { voter: voter.address, ideaIds, nonce, deadline },
        );
      const signature = await sign(voter, [2n, 6n]);
      await expect(f.round.connect(f.outsider).castBallotBySig(voter.address, [2, 6], deadline, signature))
        .to.emit(f.round, "BallotCast")
        .withArgs(voter.address, 0, [2n, 6n], false);
      await expect(f.round.castBallotBySig(voter.address, [2, 6], deadline, signature))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidSignature")
        .withArgs(voter.address);
      const forged = await sign(f.voters[0], [4n], 1n);
      await expect(f.round.castBallotBySig(voter.address, [4], deadline, forged))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidSignature")
        .withArgs(voter.address);
      const otherIdeas = await sign(voter, [4n], 1n);
      await expect(f.round.castBallotBySig(voter.address, [3], deadline, otherIdeas)).to.be.revertedWithCustomError(
        f.round,
        "BudgetRoundInvalidSignature",
      );
      // Signed for a later time than it was sent: refused once the deadline has passed.
      const late = await sign(voter, [4n], 1n);
      await time.increaseTo(deadline + 1n);
      await expect(f.round.castBallotBySig(voter.address, [4], deadline, late))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundSignatureExpired")
        .withArgs(deadline);
    });

    it("lets a voter cancel a ballot they signed but nobody has sent, by using up its nonce", async () => {
      const f = await reviewedRound();
      const voter = f.voters[4];
      const deadline = BigInt(await time.latest()) + 86_400n;
      const domain = ballotDomain((await f.round.getAddress()) as `0x${string}`, 31337);
      const sign = (ideaIds: bigint[], nonce: bigint) =>
        voter.signTypedData(
          domain,
          { Ballot: [...BALLOT_TYPES.Ballot] },
          { voter: voter.address, ideaIds, nonce, deadline },
        );
      const signed = await sign([2n, 6n], 0n);
      expect(await f.round.nonces(voter.address)).to.equal(0n);
      await expect(f.round.connect(voter).cancelBallotSignatures())
        .to.emit(f.round, "BallotSignaturesCancelled")
        .withArgs(voter.address, 0);
      expect(await f.round.nonces(voter.address)).to.equal(1n);
      await expect(f.round.connect(f.outsider).castBallotBySig(voter.address, [2, 6], deadline, signed))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundInvalidSignature")
        .withArgs(voter.address);
      expect(await f.round.ballotOf(voter.address)).to.deep.equal([0n, 0n]);
      // A ballot signed with the next nonce is taken, and uses that one up in turn.
      await expect(f.round.connect(f.outsider).castBallotBySig(voter.address, [4], deadline, await sign([4n], 1n)))
        .to.emit(f.round, "BallotCast")
        .withArgs(voter.address, 0, [4n], false);
      expect(await f.round.nonces(voter.address)).to.equal(2n);
    });
  });

  describe("results", () => {
    /**
     * Skovlunde: idea 1 (100k) gets 2 votes, 3 (60k) and 4 (90k) one each; 2 (100k) and 6 (50k)
     * none. Måløv: its only idea, 7 (10k), one vote.
     */
    async function tallied() {
      const f = await reviewedRound();
      await f.round.connect(f.voters[0]).castBallot([1, 3]);
      await f.round.connect(f.voters[4]).castBallot([1, 4]);
      await f.round.connect(f.voters[5]).castBallot([7]);
      await toPhase(f.round, "tally");
      return f;
    }

    it("funds by approvals, breaking ties by lower cost then lower id, skipping what does not fit", async () => {
      const f = await tallied();
      // Order: 1 (2 votes), then the one-vote ideas by cost: 3 (60k), 4 (90k), then 6 (50k) and 2 (100k).
      // Budget 250k: 1 → 150k left, 3 → 90k left, 4 → 0 left; 6 and 2 no longer fit.
      const tx = f.round.finalize();
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(1, 0, DKKT(100_000n), 2);
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(3, 0, DKKT(60_000n), 1);
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(4, 0, DKKT(90_000n), 1);
      await expect(tx).to.emit(f.round, "DistrictFinalized").withArgs(0, BUDGET, BUDGET);
      await expect(tx).to.emit(f.round, "DistrictFinalized").withArgs(1, BUDGET, DKKT(10_000n));
      await expect(tx).to.emit(f.round, "RoundFinalized");
      expect((await f.round.ideaOf(2)).status).to.equal(BigInt(Status.Feasible));
      expect((await f.round.ideaOf(7)).status).to.equal(BigInt(Status.Funded)); // Måløv's only idea, one vote, fits
      expect(await f.round.outstanding()).to.equal(BUDGET + DKKT(10_000n));
      expect(await f.round.phase()).to.equal(Phase.Challenge);
    });

    it("funds no idea without the round's minimum support, however much budget is left", async () => {
      const f = await reviewedRound();
      await f.round.connect(f.voters[0]).castBallot([3]);
      await toPhase(f.round, "tally");
      const tx = f.round.finalize();
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(3, 0, DKKT(60_000n), 1);
      await expect(tx).to.emit(f.round, "DistrictFinalized").withArgs(0, BUDGET, DKKT(60_000n));
      await expect(tx).to.emit(f.round, "DistrictFinalized").withArgs(1, BUDGET, 0n);
      for (const id of [1n, 2n, 4n, 6n, 7n])
        expect((await f.round.ideaOf(id)).status).to.equal(BigInt(Status.Feasible));
      expect(await f.round.outstanding()).to.equal(DKKT(60_000n));
    });

    it("skips an idea that does not fit and funds a cheaper one after it", async () => {
      const f = await reviewedRound();
      // 1 and 2 tie on two votes each (100k, ids 1 < 2), 4 (90k) has two, 6 (50k) has one.
      await f.round.connect(f.voters[0]).castBallot([1, 2, 6]);
      await f.round.connect(f.voters[4]).castBallot([1, 2]);
      await toPhase(f.round, "tally");
      const tx = f.round.finalize();
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(1, 0, DKKT(100_000n), 2);
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(2, 0, DKKT(100_000n), 2);
      await expect(tx).to.emit(f.round, "IdeaFunded").withArgs(6, 0, DKKT(50_000n), 1);
      await expect(tx).to.emit(f.round, "DistrictFinalized").withArgs(0, BUDGET, BUDGET);
    });

    it("refuses a rule that would spend more than a district's budget", async () => {
      const f = await loadFixture(roundWithBrokenRule);
      // Two feasible ideas of 200,000 each: together more than Skovlunde's 250,000.
      await submit(f, f.voters[0], 0, DKKT(200_000n));
      await submit(f, f.voters[4], 0, DKKT(200_000n));
      await toPhase(f.round, "review");
      for (const id of [1n, 2n])
        await f.round
          .connect(f.reviewer)
          .reviewIdea(id, true, DKKT(200_000n), f.recipient.address, ReviewReason.Feasible, text("Feasible"));
      await toPhase(f.round, "voting");
      await f.round.connect(f.voters[0]).castBallot([1]);
      await f.round.connect(f.voters[4]).castBallot([2]);
      await toPhase(f.round, "tally");
      await expect(f.round.finalize())
        .to.be.revertedWithCustomError(f.round, "BudgetRoundOverBudget")
        .withArgs(DKKT(400_000n), BUDGET);
    });

    it("finalizes once, after voting", async () => {
      const f = await reviewedRound();
      await expect(f.round.finalize())
        .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
        .withArgs(Phase.Tally, Phase.Voting);
      await toPhase(f.round, "tally");
      await f.round.finalize();
      await expect(f.round.finalize())
        .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
        .withArgs(Phase.Tally, Phase.Challenge);
    });

    it("can be finalized district by district, publishing the results with the last one", async () => {
      const f = await tallied();
      await expect(f.round.finalizeDistrict(1))
        .to.emit(f.round, "DistrictFinalized")
        .withArgs(1, BUDGET, DKKT(10_000n))
        .and.not.to.emit(f.round, "RoundFinalized");
      expect(await f.round.districtOf(1)).to.deep.equal([BUDGET, DKKT(10_000n), 1n, true]);
      expect(await f.round.phase()).to.equal(Phase.Tally);
      expect(await f.round.finalizedAt()).to.equal(0n);
      await expect(f.round.finalizeDistrict(1))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundDistrictFinalized")
        .withArgs(1);
      await expect(f.round.finalizeDistrict(9))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundDistrictNotInRound")
        .withArgs(9);
      await f.round.finalizeDistrict(0);
      await f.round.finalizeDistrict(2);
      // finalize() allocates only what is left: here the last district, which publishes the results.
      const tx = f.round.finalize();
      await expect(tx).to.emit(f.round, "DistrictFinalized").withArgs(3, BUDGET, 0n);
      await expect(tx).to.emit(f.round, "RoundFinalized");
      const finalizedAt = await f.round.finalizedAt();
      expect(finalizedAt).to.equal(await time.latest());
      await expect(tx)
        .to.emit(f.round, "RoundFinalized")
        .withArgs(BUDGET + DKKT(10_000n), finalizedAt + BigInt(DAY));
      expect(await f.round.outstanding()).to.equal(BUDGET + DKKT(10_000n));
      expect(await f.round.phase()).to.equal(Phase.Challenge);
      await expect(f.round.finalizeDistrict(3))
        .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
        .withArgs(Phase.Tally, Phase.Challenge);
    });

    describe("payout", () => {
      it("pays a winner after the challenge delay, exactly, once", async () => {
        const f = await tallied();
        await f.round.finalize();
        await expect(f.round.release(1))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Payout, Phase.Challenge);
        await time.increase(DAY);
        await expect(f.round.connect(f.outsider).release(1))
          .to.emit(f.round, "IdeaReleased")
          .withArgs(1, f.recipient.address, DKKT(100_000n));
        expect(await f.dkkt.balanceOf(f.recipient.address)).to.equal(DKKT(100_000n));
        await expect(f.round.release(1))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaStatus")
          .withArgs(1, Status.Funded, Status.Released);
        await expect(f.round.release(2))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaStatus")
          .withArgs(2, Status.Funded, Status.Feasible);
      });

      it("lets the guardian cancel a winner within the delay, not after, and nobody else", async () => {
        const f = await tallied();
        await f.round.finalize();
        const ineligible = CancelReason.PayeeIneligible;
        const unregistered = text("The payee is not registered");
        await expect(f.round.connect(f.voters[0]).cancelWinner(3, ineligible, unregistered))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundNotGuardian")
          .withArgs(f.voters[0].address);
        await expect(f.round.connect(f.guardian).cancelWinner(3, ineligible, ZeroHash)).to.be.revertedWithCustomError(
          f.round,
          "BudgetRoundEmptyReason",
        );
        await expect(f.round.connect(f.guardian).cancelWinner(3, ineligible, unregistered))
          .to.emit(f.round, "WinnerCancelled")
          .withArgs(3, f.guardian.address, ineligible, unregistered);
        expect(await f.round.outstanding()).to.equal(BUDGET + DKKT(10_000n) - DKKT(60_000n));
        await time.increase(DAY);
        await expect(f.round.connect(f.guardian).cancelWinner(4, CancelReason.Other, text("too late")))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Challenge, Phase.Payout);
        await expect(f.round.release(3))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundIdeaStatus")
          .withArgs(3, Status.Funded, Status.Cancelled);
      });

      it("returns exactly what was not allocated, or was cancelled, to the treasury, recorded there as a deposit", async () => {
        const f = await tallied();
        await f.round.finalize();
        await f.round.connect(f.guardian).cancelWinner(3, CancelReason.NoLongerPossible, text("Permit refused"));
        await expect(f.round.returnUnspent())
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Payout, Phase.Challenge);
        await time.increase(DAY);
        const treasuryBefore = await f.fund.treasury.balanceOf(await f.dkkt.getAddress());
        // Allocated: 250k (Skovlunde) + 10k (Måløv) − 60k cancelled = 200k outstanding; 800k returns.
        const tx = f.round.returnUnspent();
        await expect(tx)
          .to.emit(f.round, "UnspentReturned")
          .withArgs(await f.fund.treasury.getAddress(), DKKT(800_000n));
        await expect(tx)
          .to.emit(f.fund.treasury, "Deposited")
          .withArgs(
            await f.round.getAddress(),
            await f.dkkt.getAddress(),
            DKKT(800_000n),
            ZeroHash, // no note: the treasury's record names the round as the sender
          );
        expect(await f.fund.treasury.balanceOf(await f.dkkt.getAddress())).to.equal(treasuryBefore + DKKT(800_000n));
        expect(await f.dkkt.balanceOf(await f.round.getAddress())).to.equal(DKKT(200_000n));
        await expect(f.round.returnUnspent()).to.be.revertedWithCustomError(f.round, "BudgetRoundNothingToReturn");
        for (const id of [1, 4, 7]) await f.round.release(id);
        expect(await f.dkkt.balanceOf(await f.round.getAddress())).to.equal(0n);
        expect(await f.round.outstanding()).to.equal(0n);
      });
    });

    describe("closing", () => {
      /** A round's returns carry no note: the treasury's record names the round as the sender. */
      const MEMO = ZeroHash;
      /** The treasury's DKKT after the opening: 1,200,000 deposited, 1,000,000 paid into the escrow. */
      const TREASURY_AFTER_OPENING = DKKT(200_000n);

      /** Results published, the challenge delay over, and winner 1 (100k) paid: 900k left, 160k of it owed. */
      async function paying() {
        const f = await tallied();
        await f.round.finalize();
        const challengeEnds = (await f.round.finalizedAt()) + BigInt(DAY);
        await time.increaseTo(challengeEnds);
        await f.round.release(1);
        return { ...f, challengeEnds, payoutEnds: challengeEnds + BigInt(90 * DAY) };
      }

      it("keeps winners payable to the payout window's last second, and closes on its own at its end", async () => {
        const f = await paying();
        await time.setNextBlockTimestamp(f.payoutEnds - 1n);
        await expect(f.round.release(3))
          .to.emit(f.round, "IdeaReleased")
          .withArgs(3, f.recipient.address, DKKT(60_000n));
        expect(await time.latest()).to.equal(f.payoutEnds - 1n);
        expect(await f.round.phase()).to.equal(Phase.Payout);
        await time.increaseTo(f.payoutEnds);
        expect(await f.round.phase()).to.equal(Phase.Closed);
        expect(await f.round.closedAt()).to.equal(0n); // closed by time, not by the members
        await expect(f.round.release(4))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Payout, Phase.Closed);
        await expect(f.round.connect(await governance(f)).closeRound())
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Payout, Phase.Closed);
      });

      it("returns everything once closed, what unpaid winners were owed too", async () => {
        const f = await paying();
        await time.increaseTo(f.payoutEnds);
        expect(await f.round.outstanding()).to.equal(DKKT(160_000n));
        expect(await f.fund.treasury.balanceOf(f.dkkt)).to.equal(TREASURY_AFTER_OPENING);
        const tx = f.round.connect(f.outsider).returnUnspent();
        await expect(tx)
          .to.emit(f.round, "UnspentReturned")
          .withArgs(await f.fund.treasury.getAddress(), DKKT(900_000n));
        await expect(tx)
          .to.emit(f.fund.treasury, "Deposited")
          .withArgs(await f.round.getAddress(), await f.dkkt.getAddress(), DKKT(900_000n), MEMO);
        expect(await f.round.outstanding()).to.equal(0n);
        expect(await f.dkkt.balanceOf(f.round)).to.equal(0n);
        expect(await f.fund.treasury.balanceOf(f.dkkt)).to.equal(TREASURY_AFTER_OPENING + DKKT(900_000n));
        expect(await f.dkkt.balanceOf(f.recipient)).to.equal(DKKT(100_000n)); // winner 1, paid in time
        await expect(f.round.returnUnspent()).to.be.revertedWithCustomError(f.round, "BudgetRoundNothingToReturn");
      });

      it("is closed by the members' governance alone, which takes everything back at once", async () => {
        const f = await paying();
        for (const who of [f.voters[0], f.guardian, f.reviewer, f.deployer]) {
          await expect(f.round.connect(who).closeRound())
            .to.be.revertedWithCustomError(f.round, "BudgetRoundNotGovernance")
            .withArgs(who.address);
        }
        const timelock = await governance(f);
        const tx = f.round.connect(timelock).closeRound();
        await expect(tx).to.emit(f.round, "RoundClosed").withArgs(timelock.address);
        await expect(tx)
          .to.emit(f.round, "UnspentReturned")
          .withArgs(await f.fund.treasury.getAddress(), DKKT(900_000n));
        await expect(tx)
          .to.emit(f.fund.treasury, "Deposited")
          .withArgs(await f.round.getAddress(), await f.dkkt.getAddress(), DKKT(900_000n), MEMO);
        expect(await f.round.closedAt()).to.equal(await time.latest());
        expect(await f.round.phase()).to.equal(Phase.Closed);
        expect(await f.round.outstanding()).to.equal(0n);
        expect(await f.dkkt.balanceOf(f.round)).to.equal(0n);
        expect(await f.fund.treasury.balanceOf(f.dkkt)).to.equal(TREASURY_AFTER_OPENING + DKKT(900_000n));
        await expect(f.round.release(4))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Payout, Phase.Closed);
        await expect(f.round.connect(timelock).closeRound())
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Payout, Phase.Closed);
        await expect(f.round.returnUnspent()).to.be.revertedWithCustomError(f.round, "BudgetRoundNothingToReturn");
      });

      it("can be closed before its results, returning the whole budget", async () => {
        const f = await loadFixture(fundedRound);
        await expect(f.round.connect(await governance(f)).closeRound())
          .to.emit(f.round, "UnspentReturned")
          .withArgs(await f.fund.treasury.getAddress(), DKKT(1_000_000n));
        expect(await f.fund.treasury.balanceOf(f.dkkt)).to.equal(TREASURY_AFTER_OPENING + DKKT(1_000_000n));
        await expect(f.round.connect(f.voters[0]).submitIdea(0, 1, text("Too late")))
          .to.be.revertedWithCustomError(f.round, "BudgetRoundWrongPhase")
          .withArgs(Phase.Ideas, Phase.Closed);
      });

      it("closes an empty escrow without calling the treasury", async () => {
        const f = await paying();
        await f.round.returnUnspent(); // 740k: all but the owed 160k
        for (const id of [3, 4, 7]) await f.round.release(id);
        expect(await f.dkkt.balanceOf(f.round)).to.equal(0n);
        const timelock = await governance(f);
        const tx = f.round.connect(timelock).closeRound();
        await expect(tx).to.emit(f.round, "RoundClosed").withArgs(timelock.address);
        await expect(tx).not.to.emit(f.round, "UnspentReturned");
        await expect(tx).not.to.emit(f.fund.treasury, "Deposited");
        expect(await f.round.phase()).to.equal(Phase.Closed);
        expect(await f.fund.treasury.balanceOf(f.dkkt)).to.equal(TREASURY_AFTER_OPENING + DKKT(740_000n));
      });
    });
  });
});
