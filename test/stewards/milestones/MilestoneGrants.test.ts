import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { AbiCoder, keccak256, parseEther, ZeroAddress, ZeroHash } from "ethers";
import type { Address } from "viem";
import { MILESTONE_STATUSES } from "../../../sdk/model/stewards";
import { ETH_ADDRESS } from "../../../sdk/model/treasury";
import {
  milestoneCancelActions,
  milestoneGrantActions,
  type MilestoneGrantPlan,
} from "../../../sdk/proposals/stewards";
import { RevocationReason, StopReason } from "../../helpers/codes";
import { DAY } from "../../helpers/fixtures";
import { ProposalDriver } from "../../helpers/governance";
import {
  attest,
  DKKT,
  pass,
  START_DKKT,
  START_ETH,
  stewardsFund,
  verifiedFund,
  type StewardsFixture,
} from "../../helpers/stewards";
import { text } from "../../helpers/texts";

const Status = Object.fromEntries(MILESTONE_STATUSES.map((s, i) => [s, i])) as Record<
  (typeof MILESTONE_STATUSES)[number],
  number
>;
const STEWARD_ROLE = ethers.id("STEWARD_ROLE");
const WINDOW = 2 * DAY; // sdk/config/fund.ts's default milestoneVetoWindow
const AMOUNTS = [DKKT(40_000n), DKKT(60_000n), DKKT(20_000n)];
const TOTAL = DKKT(120_000n);
/** The commitment to the evidence's link and note, and the hash of the document the link points to. */
const EVIDENCE = [text("ipfs://bafy-materials-delivered: photos"), ethers.id("photos and delivery note")] as const;
const ROOF = "Nyt tag på spejderhytten i Måløv";

function roofPlan(payee: string, asset: Address): MilestoneGrantPlan {
  return {
    payee: payee as Address,
    asset,
    title: text(ROOF),
    milestones: [
      { amount: AMOUNTS[0], description: text("Materials delivered") },
      { amount: AMOUNTS[1], description: text("Roof laid") },
      { amount: AMOUNTS[2], description: text("Final inspection") },
    ],
  };
}

/** Where a milestone grant's proposal reserves its total and creates it. */
function milestoneContracts(f: StewardsFixture) {
  return { treasury: f.contracts.treasury, milestoneGrants: f.contracts.milestoneGrants };
}

async function releaseDecision(f: StewardsFixture, grantId: bigint, index: number) {
  return keccak256(
    AbiCoder.defaultAbiCoder().encode(
      ["address", "uint256", "uint8"],
      [await f.fund.milestones.getAddress(), grantId, index],
    ),
  );
}

/** Grant 1 (the roof, 3 milestones in DKKT) created directly by the timelock. */
async function roofGrant() {
  const f = await stewardsFund();
  const milestones = f.fund.milestones;
  const address = await milestones.getAddress();
  const plan = roofPlan(f.payees[0].address, f.token);
  await f.fund.treasury.connect(f.timelock).increaseAllowance(address, f.token, TOTAL);
  await milestones.connect(f.timelock).createGrant(
    plan.payee,
    plan.asset,
    AMOUNTS,
    plan.milestones.map((m) => m.description),
    plan.title,
  );
  return { ...f, milestones, address, payee: f.payees[0] };
}

describe("MilestoneGrants", () => {
  describe("creating a grant", () => {
    it("is created by a proposal that reserves its total, with an event per milestone", async () => {
      const f = await loadFixture(stewardsFund);
      const milestones = f.fund.milestones;
      const address = await milestones.getAddress();
      const plan = roofPlan(f.payees[0].address, f.token);
      const { tx } = await pass(f, milestoneGrantActions(milestoneContracts(f), plan), ROOF);
      await expect(tx).to.emit(f.fund.treasury, "AllowanceSet").withArgs(address, f.token, 0n, TOTAL);
      await expect(tx)
        .to.emit(milestones, "MilestoneGrantCreated")
        .withArgs(1, plan.payee, f.token, TOTAL, 3, plan.title);
      for (const [i, m] of plan.milestones.entries()) {
        await expect(tx).to.emit(milestones, "MilestonePlanned").withArgs(1, i, m.amount, m.description);
      }
      expect(await milestones.grantCount()).to.equal(1n);
      expect(await milestones.grantOf(1)).to.deep.equal([plan.payee, f.token, 3n]);
      expect(await milestones.milestoneOf(1, 1)).to.deep.equal([AMOUNTS[1], BigInt(Status.Planned), 0n]);
      expect(await milestones.committed(f.token)).to.equal(TOTAL);
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT - TOTAL);
      expect(await f.fund.treasury.balanceOf(f.token)).to.equal(START_DKKT);
    });

    it("needs the total reserved first (MilestoneGrantsUnfunded), counting the open grants", async () => {
      const f = await loadFixture(roofGrant);
      const [one, another] = [text("One"), text("Another grant")];
      const create = () => f.milestones.connect(f.timelock).createGrant(f.payee, f.token, [DKKT(10n)], [one], another);
      await expect(create())
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsUnfunded")
        .withArgs(f.token, TOTAL, TOTAL + DKKT(10n));
      await expect(f.milestones.connect(f.timelock).createGrant(f.payee, ETH_ADDRESS, [1n], [one], text("In ETH")))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsUnfunded")
        .withArgs(ETH_ADDRESS, 0n, 1n);
      await f.fund.treasury.connect(f.timelock).increaseAllowance(f.address, f.token, DKKT(10n));
      await expect(create())
        .to.emit(f.milestones, "MilestoneGrantCreated")
        .withArgs(2, f.payee.address, f.token, DKKT(10n), 1, another);
      expect(await f.milestones.committed(f.token)).to.equal(TOTAL + DKKT(10n));
    });

    it("refuses 0 or more than 16 milestones, a zero amount, mismatched descriptions and no payee", async () => {
      const f = await loadFixture(roofGrant);
      await f.fund.treasury.connect(f.timelock).increaseAllowance(f.address, f.token, DKKT(1_000n));
      const m = f.milestones.connect(f.timelock);
      const n = (k: number) => Array.from({ length: k }, () => 1n);
      const d = (k: number) => Array.from({ length: k }, (_, i) => text(`Step ${i}`));
      for (const [payee, amounts, descriptions] of [
        [f.payee.address, [], []],
        [f.payee.address, n(17), d(17)],
        [f.payee.address, [1n, 0n], d(2)],
        [f.payee.address, [1n, 1n], d(1)],
        [f.payee.address, [1n], d(2)],
        [ZeroAddress, [1n], d(1)],
      ] as [string, bigint[], string[]][]) {
        await expect(m.createGrant(payee, f.token, amounts, descriptions, text("Bad"))).to.be.revertedWithCustomError(
          m,
          "MilestoneGrantsInvalidGrant",
        );
      }
      const sixteen = text("Sixteen steps");
      await expect(m.createGrant(f.payee, f.token, n(16), d(16), sixteen))
        .to.emit(m, "MilestoneGrantCreated")
        .withArgs(2, f.payee.address, f.token, 16n, 16, sixteen);
    });

    it("refuses a grant without its title's commitment, or a milestone without its description's", async () => {
      const f = await loadFixture(roofGrant);
      await f.fund.treasury.connect(f.timelock).increaseAllowance(f.address, f.token, DKKT(1_000n));
      const m = f.milestones.connect(f.timelock);
      const steps = [text("Step 0"), text("Step 1"), text("Step 2")];
      await expect(m.createGrant(f.payee, f.token, [1n, 1n, 1n], steps, ZeroHash)).to.be.revertedWithCustomError(
        m,
        "MilestoneGrantsInvalidGrant",
      );
      for (const missing of [0, 1, 2]) {
        const descriptions = steps.map((d, i) => (i === missing ? ZeroHash : d));
        await expect(
          m.createGrant(f.payee, f.token, [1n, 1n, 1n], descriptions, text("Three steps")),
        ).to.be.revertedWithCustomError(m, "MilestoneGrantsInvalidGrant");
      }
      expect(await m.grantCount()).to.equal(1n);
      expect(await m.committed(f.token)).to.equal(TOTAL);
    });

    it("is created by governance only", async () => {
      const f = await loadFixture(roofGrant);
      for (const who of [f.steward, f.guardian, f.outsider, f.voters[0]]) {
        await expect(f.milestones.connect(who).createGrant(f.payee, f.token, [1n], [text("x")], text("x")))
          .to.be.revertedWithCustomError(f.milestones, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
      }
    });
  });

  describe("delivery, veto and release", () => {
    it("is marked delivered by a steward with evidence, and released by anyone after the window, exactly", async () => {
      const f = await loadFixture(roofGrant);
      const deliveredAt = (await time.latest()) + 1;
      await time.setNextBlockTimestamp(deliveredAt);
      await expect(f.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE))
        .to.emit(f.milestones, "MilestoneDelivered")
        .withArgs(1, 0, f.steward.address, EVIDENCE[0], EVIDENCE[1], deliveredAt + WINDOW);
      expect(await f.milestones.milestoneOf(1, 0)).to.deep.equal([
        AMOUNTS[0],
        BigInt(Status.Delivered),
        BigInt(deliveredAt + WINDOW),
      ]);

      await time.setNextBlockTimestamp(deliveredAt + WINDOW - 1);
      await expect(f.milestones.connect(f.outsider).release(1, 0))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsInVetoWindow")
        .withArgs(1, 0, deliveredAt + WINDOW);

      await time.setNextBlockTimestamp(deliveredAt + WINDOW);
      const release = f.milestones.connect(f.outsider).release(1, 0);
      await expect(release).to.emit(f.milestones, "MilestoneReleased").withArgs(1, 0, f.payee.address, AMOUNTS[0]);
      await expect(release)
        .to.emit(f.fund.treasury, "AllowanceSpent")
        .withArgs(f.address, f.token, AMOUNTS[0], TOTAL - AMOUNTS[0]);
      await expect(release)
        .to.emit(f.fund.treasury, "Paid")
        .withArgs(f.token, f.payee.address, AMOUNTS[0], await releaseDecision(f, 1n, 0));
      expect(await f.dkkt.balanceOf(f.payee)).to.equal(AMOUNTS[0]);
      expect(await f.fund.treasury.balanceOf(f.token)).to.equal(START_DKKT - AMOUNTS[0]);
      expect(await f.milestones.committed(f.token)).to.equal(TOTAL - AMOUNTS[0]);
      expect((await f.milestones.milestoneOf(1, 0)).status).to.equal(BigInt(Status.Released));

      await expect(f.milestones.release(1, 0))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsWrongStatus")
        .withArgs(1, 0, Status.Delivered, Status.Released);
      await expect(f.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsWrongStatus")
        .withArgs(1, 0, Status.Planned, Status.Released);
    });

    it("needs a steward and evidence, an existing milestone, and a planned one", async () => {
      const f = await loadFixture(roofGrant);
      for (const who of [f.guardian, f.outsider, f.payee, f.timelock]) {
        await expect(f.milestones.connect(who).markDelivered(1, 0, ...EVIDENCE))
          .to.be.revertedWithCustomError(f.milestones, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, STEWARD_ROLE);
      }
      const steward = f.milestones.connect(f.steward);
      // Without the commitment to the evidence's link and note, or without the document's hash.
      for (const [evidence, documentHash] of [
        [ZeroHash, EVIDENCE[1]],
        [EVIDENCE[0], ZeroHash],
        [ZeroHash, ZeroHash],
      ]) {
        await expect(steward.markDelivered(1, 0, evidence, documentHash)).to.be.revertedWithCustomError(
          steward,
          "MilestoneGrantsMissingEvidence",
        );
      }
      expect((await f.milestones.milestoneOf(1, 0)).status).to.equal(BigInt(Status.Planned));
      await expect(steward.markDelivered(1, 3, ...EVIDENCE))
        .to.be.revertedWithCustomError(steward, "MilestoneGrantsNotFound")
        .withArgs(1, 3);
      await expect(steward.markDelivered(2, 0, ...EVIDENCE))
        .to.be.revertedWithCustomError(steward, "MilestoneGrantsNotFound")
        .withArgs(2, 0);
      await steward.markDelivered(1, 1, ...EVIDENCE);
      await expect(steward.markDelivered(1, 1, ...EVIDENCE))
        .to.be.revertedWithCustomError(steward, "MilestoneGrantsWrongStatus")
        .withArgs(1, 1, Status.Planned, Status.Delivered);
      await expect(f.milestones.release(1, 2))
        .to.be.revertedWithCustomError(steward, "MilestoneGrantsWrongStatus")
        .withArgs(1, 2, Status.Delivered, Status.Planned);
      await expect(f.milestones.release(5, 0))
        .to.be.revertedWithCustomError(steward, "MilestoneGrantsNotFound")
        .withArgs(5, 0);
    });

    it("lets the guardian stop a delivery within the window, not after, and nobody else", async () => {
      const f = await loadFixture(roofGrant);
      await f.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE);
      const releasableAt = (await f.milestones.milestoneOf(1, 0)).releasableAt;
      for (const who of [f.steward, f.outsider, f.timelock]) {
        await expect(f.milestones.connect(who).stop(1, 0, StopReason.NotDelivered, text("no")))
          .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsNotGuardian")
          .withArgs(who.address);
      }
      await time.setNextBlockTimestamp(releasableAt - 1n);
      const otherSite = text("The delivery note is for another site");
      await expect(f.milestones.connect(f.guardian).stop(1, 0, StopReason.EvidenceInsufficient, otherSite))
        .to.emit(f.milestones, "MilestoneStopped")
        .withArgs(1, 0, f.guardian.address, StopReason.EvidenceInsufficient, otherSite);
      expect(await f.milestones.milestoneOf(1, 0)).to.deep.equal([AMOUNTS[0], BigInt(Status.Planned), 0n]);
      await expect(f.milestones.release(1, 0))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsWrongStatus")
        .withArgs(1, 0, Status.Delivered, Status.Planned);
      await expect(f.milestones.connect(f.guardian).stop(1, 0, StopReason.Other, text("again")))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsWrongStatus")
        .withArgs(1, 0, Status.Delivered, Status.Planned);

      // Delivered anew; once the window has closed the guardian can no longer stop it.
      await f.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE);
      const again = (await f.milestones.milestoneOf(1, 0)).releasableAt;
      await time.setNextBlockTimestamp(again);
      await expect(f.milestones.connect(f.guardian).stop(1, 0, StopReason.NotDelivered, text("too late")))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsVetoWindowClosed")
        .withArgs(1, 0, again);
      await f.milestones.release(1, 0);
      expect(await f.dkkt.balanceOf(f.payee)).to.equal(AMOUNTS[0]);
    });

    it("pays ETH milestones", async () => {
      const f = await loadFixture(stewardsFund);
      const address = await f.fund.milestones.getAddress();
      const payee = f.payees[3];
      await f.fund.treasury.connect(f.timelock).increaseAllowance(address, ETH_ADDRESS, parseEther("3"));
      await f.fund.milestones
        .connect(f.timelock)
        .createGrant(payee, ETH_ADDRESS, [parseEther("1"), parseEther("2")], [text("a"), text("b")], text("ETH"));
      await f.fund.milestones.connect(f.steward).markDelivered(1, 1, ...EVIDENCE);
      await time.increase(WINDOW);
      const before = await ethers.provider.getBalance(payee);
      await f.fund.milestones.connect(f.outsider).release(1, 1);
      expect(await ethers.provider.getBalance(payee)).to.equal(before + parseEther("2"));
      expect(await f.fund.treasury.balanceOf(ETH_ADDRESS)).to.equal(START_ETH - parseEther("2"));
      expect(await f.fund.treasury.allowanceOf(address, ETH_ADDRESS)).to.equal(parseEther("1"));
    });
  });

  describe("cancelling the rest", () => {
    it("returns exactly what was not released (one released, one delivered, one planned), by a proposal", async () => {
      const f = await loadFixture(roofGrant);
      const steward = f.milestones.connect(f.steward);
      await steward.markDelivered(1, 0, ...EVIDENCE);
      await time.increase(WINDOW);
      await f.milestones.release(1, 0);
      await steward.markDelivered(1, 1, ...EVIDENCE);
      const rest = AMOUNTS[1] + AMOUNTS[2];

      const { tx } = await pass(f, milestoneCancelActions(f.contracts.milestoneGrants, 1n), "Stop the roof project");
      await expect(tx).to.emit(f.milestones, "MilestoneGrantCancelled").withArgs(1, rest);
      await expect(tx).to.emit(f.fund.treasury, "AllowanceReturned").withArgs(f.address, f.token, rest);
      expect((await f.milestones.milestoneOf(1, 0)).status).to.equal(BigInt(Status.Released));
      expect((await f.milestones.milestoneOf(1, 1)).status).to.equal(BigInt(Status.Cancelled));
      expect((await f.milestones.milestoneOf(1, 2)).status).to.equal(BigInt(Status.Cancelled));
      expect(await f.milestones.committed(f.token)).to.equal(0n);
      expect(await f.fund.treasury.allowanceOf(f.address, f.token)).to.equal(0n);
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT - AMOUNTS[0]);
      expect(await f.dkkt.balanceOf(f.payee)).to.equal(AMOUNTS[0]);

      // The delivered milestone can no longer be released, nor anything delivered again.
      await expect(f.milestones.release(1, 1))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsWrongStatus")
        .withArgs(1, 1, Status.Delivered, Status.Cancelled);
      await expect(steward.markDelivered(1, 2, ...EVIDENCE))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsWrongStatus")
        .withArgs(1, 2, Status.Planned, Status.Cancelled);
      await expect(f.milestones.connect(f.timelock).cancelRest(1))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsNothingToCancel")
        .withArgs(1);
    });

    it("has nothing to cancel when everything was released, and no grant to cancel that does not exist", async () => {
      const f = await loadFixture(stewardsFund);
      const address = await f.fund.milestones.getAddress();
      await f.fund.treasury.connect(f.timelock).increaseAllowance(address, f.token, DKKT(5n));
      await f.fund.milestones
        .connect(f.timelock)
        .createGrant(f.payees[0], f.token, [DKKT(5n)], [text("All")], text("Small"));
      await f.fund.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE);
      await time.increase(WINDOW);
      await f.fund.milestones.release(1, 0);
      await expect(f.fund.milestones.connect(f.timelock).cancelRest(1))
        .to.be.revertedWithCustomError(f.fund.milestones, "MilestoneGrantsNothingToCancel")
        .withArgs(1);
      await expect(f.fund.milestones.connect(f.timelock).cancelRest(2))
        .to.be.revertedWithCustomError(f.fund.milestones, "MilestoneGrantsNotFound")
        .withArgs(2, 0);
    });

    it("is for governance only", async () => {
      const f = await loadFixture(roofGrant);
      for (const who of [f.steward, f.guardian, f.payee, f.outsider]) {
        await expect(f.milestones.connect(who).cancelRest(1))
          .to.be.revertedWithCustomError(f.milestones, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
      }
    });
  });

  describe("governance settings", () => {
    it("starts with the config's guardian and veto window", async () => {
      const f = await loadFixture(roofGrant);
      expect(await f.milestones.guardian()).to.equal(f.guardian.address);
      expect(await f.milestones.vetoWindow()).to.equal(BigInt(WINDOW));
      expect(await f.milestones.treasury()).to.equal(f.treasuryAddress);
      expect(await f.milestones.hasRole(STEWARD_ROLE, f.steward)).to.equal(true);
      expect(await f.milestones.hasRole(ZeroHash, f.timelock)).to.equal(true);
      expect(await f.milestones.hasRole(ZeroHash, f.deployer)).to.equal(false);
    });

    it("changes the veto window and the guardian by governance only", async () => {
      const f = await loadFixture(roofGrant);
      for (const who of [f.steward, f.guardian, f.outsider]) {
        await expect(f.milestones.connect(who).setVetoWindow(0))
          .to.be.revertedWithCustomError(f.milestones, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
        await expect(f.milestones.connect(who).setGuardian(who))
          .to.be.revertedWithCustomError(f.milestones, "AccessControlUnauthorizedAccount")
          .withArgs(who.address, ZeroHash);
      }
      const window = await f.milestones.vetoWindow();
      expect(window).to.not.equal(BigInt(DAY));
      await expect(f.milestones.connect(f.timelock).setVetoWindow(DAY))
        .to.emit(f.milestones, "VetoWindowSet")
        .withArgs(window, DAY);
      await f.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE);
      expect((await f.milestones.milestoneOf(1, 0)).releasableAt).to.equal(BigInt((await time.latest()) + DAY));

      // Without a guardian nobody can stop a delivery.
      await expect(f.milestones.connect(f.timelock).setGuardian(ZeroAddress))
        .to.emit(f.milestones, "MilestoneGuardianSet")
        .withArgs(f.guardian.address, ZeroAddress);
      await expect(f.milestones.connect(f.guardian).stop(1, 0, StopReason.NotDelivered, text("no")))
        .to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsNotGuardian")
        .withArgs(f.guardian.address);
      await expect(f.milestones.connect(f.timelock).setGuardian(f.outsider))
        .to.emit(f.milestones, "MilestoneGuardianSet")
        .withArgs(ZeroAddress, f.outsider.address);
      // A stop names its code; the written reason is optional (zero: none written).
      await expect(f.milestones.connect(f.outsider).stop(1, 0, StopReason.ConflictOfInterest, ZeroHash))
        .to.emit(f.milestones, "MilestoneStopped")
        .withArgs(1, 0, f.outsider.address, StopReason.ConflictOfInterest, ZeroHash);

      // A zero window: released at once, and the guardian has no time to stop it.
      await f.milestones.connect(f.timelock).setVetoWindow(0);
      await f.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE);
      await expect(
        f.milestones.connect(f.outsider).stop(1, 0, StopReason.NotDelivered, text("no time")),
      ).to.be.revertedWithCustomError(f.milestones, "MilestoneGrantsVetoWindowClosed");
      await expect(f.milestones.release(1, 0)).to.emit(f.milestones, "MilestoneReleased");
    });
  });

  describe("with verified payees required", () => {
    it("refuses to create a grant for an unverified payee: the proposal's execution reverts", async () => {
      const f = await loadFixture(verifiedFund);
      const address = await f.fund.milestones.getAddress();
      const plan = roofPlan(f.payees[0].address, f.token);
      const driver = new ProposalDriver(f.fund, f.voters[0], milestoneGrantActions(milestoneContracts(f), plan), ROOF);
      await driver.passAndQueue(f.voters.slice(0, 3));
      await expect(driver.execute())
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(f.payees[0].address);
      expect(await f.fund.treasury.allowanceOf(address, f.token)).to.equal(0n); // nothing reserved either
      await attest(f, f.payees[0].address);
      await expect(driver.execute()).to.emit(f.fund.milestones, "MilestoneGrantCreated");
    });

    it("refuses to release to a payee whose attestation was revoked or ran out, and releases once renewed", async () => {
      const f = await loadFixture(verifiedFund);
      const address = await f.fund.milestones.getAddress();
      const payee = f.payees[0];
      await attest(f, payee.address, 1);
      await f.fund.treasury.connect(f.timelock).increaseAllowance(address, f.token, TOTAL);
      await f.fund.milestones
        .connect(f.timelock)
        .createGrant(payee, f.token, AMOUNTS, [text("a"), text("b"), text("c")], text("Roof"));
      await f.fund.milestones.connect(f.steward).markDelivered(1, 0, ...EVIDENCE);
      await time.increase(WINDOW);
      const { validUntil } = await f.fund.payees.attestationOf(payee);
      await expect(f.fund.milestones.release(1, 0))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationExpired")
        .withArgs(payee.address, validUntil);
      await attest(f, payee.address, 30);
      await f.fund.payees.connect(f.verifier).revoke(payee, RevocationReason.RegistrationEnded, text("Struck off"));
      await expect(f.fund.milestones.release(1, 0))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationRevoked")
        .withArgs(payee.address);
      expect((await f.fund.milestones.milestoneOf(1, 0)).status).to.equal(BigInt(Status.Delivered));
      await attest(f, payee.address, 30);
      await expect(f.fund.milestones.release(1, 0))
        .to.emit(f.fund.milestones, "MilestoneReleased")
        .withArgs(1, 0, payee.address, AMOUNTS[0]);
      expect(await f.dkkt.balanceOf(payee)).to.equal(AMOUNTS[0]);
    });

    it("refuses to create a grant for a revoked or expired payee", async () => {
      const f = await loadFixture(verifiedFund);
      const address = await f.fund.milestones.getAddress();
      await f.fund.treasury.connect(f.timelock).increaseAllowance(address, f.token, TOTAL);
      const [revoked, expired] = f.payees;
      await attest(f, revoked.address);
      await f.fund.payees.connect(f.verifier).revoke(revoked, RevocationReason.Other, text("gone"));
      const end = await attest(f, expired.address, 1);
      await time.increaseTo(end);
      const m = f.fund.milestones.connect(f.timelock);
      await expect(m.createGrant(revoked, f.token, [1n], [text("a")], text("x")))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationRevoked")
        .withArgs(revoked.address);
      await expect(m.createGrant(expired, f.token, [1n], [text("a")], text("x")))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationExpired")
        .withArgs(expired.address, end);
    });
  });
});
