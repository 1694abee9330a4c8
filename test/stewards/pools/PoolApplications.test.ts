import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroAddress, ZeroHash } from "ethers";
import { POOL_APPLICATION_STATUSES } from "../../../sdk/model/stewards";
import { DAY, tokenFund } from "../../helpers/fixtures";
import { StewardPool__factory } from "../../../typechain-types";
import { createPoolDirectly, DKKT, stewardsFund, verifiedFund, type StewardsFixture } from "../../helpers/stewards";
import { text } from "../../helpers/texts";

const Status = Object.fromEntries(POOL_APPLICATION_STATUSES.map((s, i) => [s, i])) as Record<
  (typeof POOL_APPLICATION_STATUSES)[number],
  number
>;
const CAP = DKKT(5_000n);
const QUICK_POOL = 0;
const TASK_GROUP = 1;
const APPLICATION = text("Application: new goals for the football pitch in Måløv");
const REASON = text("Reason: the pitch belongs to the municipality, which pays for goals");

async function pools(f: StewardsFixture) {
  const quick = await createPoolDirectly(f, { kind: QUICK_POOL });
  const group = await createPoolDirectly(f, { kind: TASK_GROUP, days: 30 });
  const [anna, emma, ida] = f.voters;
  // Sofie lives in the area and is a member, but on no committee.
  const sofie = f.voters[5];
  return { ...f, pool: quick.pool, group: group.pool, anna, emma, ida, sofie, payee: f.payees[0] };
}

async function fund() {
  return pools(await stewardsFund());
}

async function verified() {
  return pools(await verifiedFund());
}

describe("StewardPool: residents' applications and interest", () => {
  describe("applying", () => {
    it("records a member's application and emits its text commitment", async () => {
      const f = await loadFixture(fund);
      await expect(f.pool.connect(f.sofie).applyForGrant(DKKT(3_000n), f.payee, APPLICATION))
        .to.emit(f.pool, "ApplicationSubmitted")
        .withArgs(1n, f.sofie.address, f.payee.address, DKKT(3_000n), APPLICATION);
      expect(await f.pool.applicationCount()).to.equal(1n);
      const a = await f.pool.applicationOf(1n);
      expect([a.payee, a.status, a.amount]).to.deep.equal([f.payee.address, BigInt(Status.Open), DKKT(3_000n)]);
      expect(await f.pool.members()).to.equal(await f.fund.membership!.getAddress());
      expect(await f.pool.kind()).to.equal(BigInt(QUICK_POOL));
      // Applying moves no money and proposes no grant.
      expect(await f.pool.grantCount()).to.equal(0n);
      expect(await f.pool.remaining()).to.equal(DKKT(50_000n));
    });

    it("accepts exactly the cap and refuses one unit more", async () => {
      const f = await loadFixture(fund);
      await expect(f.pool.connect(f.sofie).applyForGrant(CAP, f.payee, APPLICATION)).to.emit(
        f.pool,
        "ApplicationSubmitted",
      );
      await expect(f.pool.connect(f.sofie).applyForGrant(CAP + 1n, f.payee, APPLICATION))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolOverCap")
        .withArgs(CAP + 1n, CAP);
    });

    it("refuses a non-member, and a member who left", async () => {
      const f = await loadFixture(fund);
      await expect(f.pool.connect(f.outsider).applyForGrant(DKKT(1n), f.payee, APPLICATION))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolNotMember")
        .withArgs(f.outsider.address);
      await f.fund.membership!.connect(f.sofie).leave();
      await expect(f.pool.connect(f.sofie).applyForGrant(DKKT(1n), f.payee, APPLICATION))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolNotMember")
        .withArgs(f.sofie.address);
    });

    it("refuses an application without payee, amount or text", async () => {
      const f = await loadFixture(fund);
      const sofie = f.pool.connect(f.sofie);
      await expect(sofie.applyForGrant(DKKT(1n), ZeroAddress, APPLICATION))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidApplication")
        .withArgs(ZeroAddress, DKKT(1n));
      await expect(sofie.applyForGrant(0n, f.payee, APPLICATION))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidApplication")
        .withArgs(f.payee.address, 0n);
      await expect(sofie.applyForGrant(DKKT(1n), f.payee, ZeroHash))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidApplication")
        .withArgs(f.payee.address, DKKT(1n));
    });

    it("refuses applications to a closed or expired pool", async () => {
      const f = await loadFixture(fund);
      await f.pool.connect(f.timelock).close();
      await expect(f.pool.connect(f.sofie).applyForGrant(DKKT(1n), f.payee, APPLICATION)).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
      await time.increaseTo(await f.group.endsAt());
      await expect(f.group.connect(f.sofie).applyForGrant(DKKT(1n), f.payee, APPLICATION))
        .to.be.revertedWithCustomError(f.group, "StewardPoolExpired")
        .withArgs(await f.group.endsAt());
    });

    it("lets a token holder apply in a token-weighted fund, and refuses an account without tokens", async () => {
      const t = await tokenFund();
      const timelock = await ethers.getImpersonatedSigner(await t.fund.timelock.getAddress());
      await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
      const factory = t.fund.pools.factory.connect(timelock);
      const salt = ethers.id("token pool");
      const params = {
        kind: QUICK_POOL,
        text: text("Token pool"),
        token: ZeroAddress,
        capPerGrant: CAP,
        endsAt: (await time.latest()) + 30 * DAY,
        committee: [t.voters[0].address],
        threshold: 1,
      };
      const address = await factory.predictPool(salt);
      await factory.createPool(salt, params);
      const pool = StewardPool__factory.connect(address, t.voters[5]);
      expect(await factory.members()).to.equal(await t.fund.token!.getAddress());
      await expect(pool.applyForGrant(DKKT(1n), t.recipient, APPLICATION))
        .to.emit(pool, "ApplicationSubmitted")
        .withArgs(1n, t.voters[5].address, t.recipient.address, DKKT(1n), APPLICATION);
      await expect(pool.connect(t.outsider).applyForGrant(DKKT(1n), t.recipient, APPLICATION))
        .to.be.revertedWithCustomError(pool, "StewardPoolNotMember")
        .withArgs(t.outsider.address);
    });
  });

  describe("deciding", () => {
    async function applied() {
      const f = await fund();
      await f.pool.connect(f.sofie).applyForGrant(DKKT(3_000n), f.payee, APPLICATION);
      return f;
    }

    it("makes an application a micro-grant with its payee and amount, approved by the committee member", async () => {
      const f = await loadFixture(applied);
      const reason = text("Grant: goals for the pitch");
      const tx = f.pool.connect(f.anna).grantApplication(1n, reason);
      await expect(tx).to.emit(f.pool, "ApplicationGranted").withArgs(1n, 1n, f.anna.address);
      await expect(tx)
        .to.emit(f.pool, "GrantProposed")
        .withArgs(1n, f.anna.address, f.payee.address, DKKT(3_000n), reason);
      await expect(tx).to.emit(f.pool, "GrantApproved").withArgs(1n, f.anna.address, 1);
      expect((await f.pool.applicationOf(1n)).status).to.equal(BigInt(Status.Granted));
      // The grant then runs as any other: the second approval of two pays it.
      await expect(f.pool.connect(f.emma).approveGrant(1n))
        .to.emit(f.pool, "GrantPaid")
        .withArgs(1n, f.payee.address, DKKT(3_000n));
      expect(await f.dkkt.balanceOf(f.payee)).to.equal(DKKT(3_000n));
    });

    it("declines an application with a reason", async () => {
      const f = await loadFixture(applied);
      await expect(f.pool.connect(f.ida).declineApplication(1n, REASON))
        .to.emit(f.pool, "ApplicationDeclined")
        .withArgs(1n, f.ida.address, REASON);
      expect((await f.pool.applicationOf(1n)).status).to.equal(BigInt(Status.Declined));
      expect(await f.pool.grantCount()).to.equal(0n);
    });

    it("refuses a decline without a reason", async () => {
      const f = await loadFixture(applied);
      await expect(f.pool.connect(f.ida).declineApplication(1n, ZeroHash)).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolMissingReason",
      );
    });

    it("decides an application once only", async () => {
      const f = await loadFixture(applied);
      await f.pool.connect(f.anna).grantApplication(1n, text("Grant"));
      await expect(f.pool.connect(f.emma).grantApplication(1n, text("Grant again")))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolApplicationNotOpen")
        .withArgs(1n, Status.Granted);
      await expect(f.pool.connect(f.emma).declineApplication(1n, REASON))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolApplicationNotOpen")
        .withArgs(1n, Status.Granted);
      await f.pool.connect(f.sofie).applyForGrant(DKKT(1n), f.payee, APPLICATION);
      await f.pool.connect(f.anna).declineApplication(2n, REASON);
      await expect(f.pool.connect(f.emma).grantApplication(2n, text("Grant")))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolApplicationNotOpen")
        .withArgs(2n, Status.Declined);
      await expect(f.pool.connect(f.emma).declineApplication(2n, REASON))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolApplicationNotOpen")
        .withArgs(2n, Status.Declined);
      await expect(f.pool.connect(f.emma).declineApplication(3n, REASON))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolApplicationNotOpen")
        .withArgs(3n, Status.None);
    });

    it("lets only the committee decide; the applicant cannot", async () => {
      const f = await loadFixture(applied);
      for (const who of [f.sofie, f.outsider]) {
        await expect(f.pool.connect(who).grantApplication(1n, text("Grant")))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotCommitteeMember")
          .withArgs(who.address);
        await expect(f.pool.connect(who).declineApplication(1n, REASON))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotCommitteeMember")
          .withArgs(who.address);
      }
      // A member replaced on the committee has no say any more.
      await f.pool.connect(f.timelock).setCommittee([f.emma.address, f.ida.address], 1);
      await expect(f.pool.connect(f.anna).declineApplication(1n, REASON))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolNotCommitteeMember")
        .withArgs(f.anna.address);
    });

    it("checks the grant as a proposed one: an unverified payee is refused and the application stays open", async () => {
      const f = await loadFixture(verified);
      await f.pool.connect(f.sofie).applyForGrant(DKKT(3_000n), f.payee, APPLICATION);
      await expect(f.pool.connect(f.anna).grantApplication(1n, text("Grant")))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(f.payee.address);
      expect((await f.pool.applicationOf(1n)).status).to.equal(BigInt(Status.Open));
    });

    it("grants nothing after the pool closed, but still declines what is open", async () => {
      const f = await loadFixture(applied);
      await f.pool.connect(f.timelock).close();
      await expect(f.pool.connect(f.anna).grantApplication(1n, text("Grant"))).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
      await expect(f.pool.connect(f.anna).declineApplication(1n, REASON))
        .to.emit(f.pool, "ApplicationDeclined")
        .withArgs(1n, f.anna.address, REASON);
    });
  });

  describe("interest in a task group", () => {
    it("puts a member's name on the list and takes it off again", async () => {
      const f = await loadFixture(fund);
      await expect(f.group.connect(f.sofie).registerInterest())
        .to.emit(f.group, "InterestRegistered")
        .withArgs(f.sofie.address);
      expect(await f.group.isInterested(f.sofie)).to.equal(true);
      await expect(f.group.connect(f.sofie).registerInterest())
        .to.be.revertedWithCustomError(f.group, "StewardPoolAlreadyInterested")
        .withArgs(f.sofie.address);
      await expect(f.group.connect(f.sofie).withdrawInterest())
        .to.emit(f.group, "InterestWithdrawn")
        .withArgs(f.sofie.address);
      expect(await f.group.isInterested(f.sofie)).to.equal(false);
      await expect(f.group.connect(f.sofie).withdrawInterest())
        .to.be.revertedWithCustomError(f.group, "StewardPoolNotInterested")
        .withArgs(f.sofie.address);
    });

    it("refuses a non-member, a quick pool and a closed or expired group", async () => {
      const f = await loadFixture(fund);
      await expect(f.group.connect(f.outsider).registerInterest())
        .to.be.revertedWithCustomError(f.group, "StewardPoolNotMember")
        .withArgs(f.outsider.address);
      await expect(f.pool.connect(f.sofie).registerInterest()).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolNotTaskGroup",
      );
      await time.increaseTo(await f.group.endsAt());
      await expect(f.group.connect(f.sofie).registerInterest())
        .to.be.revertedWithCustomError(f.group, "StewardPoolExpired")
        .withArgs(await f.group.endsAt());
      await f.group.connect(f.sofie).close();
      await expect(f.group.connect(f.sofie).registerInterest()).to.be.revertedWithCustomError(
        f.group,
        "StewardPoolAlreadyClosed",
      );
    });

    it("always lets a name be taken off, even after leaving the fund and the group closing", async () => {
      const f = await loadFixture(fund);
      await f.group.connect(f.sofie).registerInterest();
      await f.fund.membership!.connect(f.sofie).leave();
      await f.group.connect(f.timelock).close();
      await expect(f.group.connect(f.sofie).withdrawInterest())
        .to.emit(f.group, "InterestWithdrawn")
        .withArgs(f.sofie.address);
    });
  });
});
