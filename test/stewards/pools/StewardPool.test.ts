import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { AbiCoder, keccak256, parseEther, ZeroAddress, ZeroHash } from "ethers";
import { zeroHash, type Address } from "viem";
import { POOL_GRANT_STATUSES } from "../../../sdk/model/stewards";
import { ETH_ADDRESS } from "../../../sdk/model/treasury";
import { poolCloseActions, poolCommitteeActions, poolTopUpActions } from "../../../sdk/proposals/stewards";
import { StewardPool__factory, type StewardPool } from "../../../typechain-types";
import { RevocationReason } from "../../helpers/codes";
import { DAY } from "../../helpers/fixtures";
import {
  attest,
  createPoolByProposal,
  createPoolDirectly,
  DKKT,
  pass,
  POOL_NAME,
  poolParams,
  poolStruct,
  poolText,
  START_DKKT,
  START_ETH,
  stewardsFund,
  verifiedFund,
} from "../../helpers/stewards";
import { text } from "../../helpers/texts";

const Status = Object.fromEntries(POOL_GRANT_STATUSES.map((s, i) => [s, i])) as Record<
  (typeof POOL_GRANT_STATUSES)[number],
  number
>;
const BUDGET = DKKT(50_000n);
const CAP = DKKT(5_000n);

/** The `decision` a pool's payment carries: the pool and the grant. */
async function grantDecision(pool: StewardPool, grantId: bigint) {
  return keccak256(AbiCoder.defaultAbiCoder().encode(["address", "uint256"], [await pool.getAddress(), grantId]));
}

describe("StewardPool", () => {
  /** A quick pool of 50,000 DKKT, cap 5,000, 2 of Anna, Emma and Ida, created directly by the timelock. */
  async function quickPool() {
    const f = await stewardsFund();
    const { pool, params } = await createPoolDirectly(f);
    const [anna, emma, ida] = f.voters;
    return { ...f, pool, params, anna, emma, ida, payee: f.payees[0] };
  }

  describe("creation by a proposal", () => {
    it("creates the pool at the predicted address and reserves its budget, in one proposal", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool, params, tx, salt } = await createPoolByProposal(f, { budget: BUDGET });
      const poolAddress = await pool.getAddress();
      const committee = f.voters.slice(0, 3).map((v) => v.address);
      await expect(tx).to.emit(f.fund.pools.factory, "PoolCreated").withArgs(poolAddress, salt, 0, f.token);
      await expect(tx).to.emit(pool, "PoolOpened").withArgs(0, poolText(POOL_NAME), f.token, CAP, params.endsAt);
      expect(params.text).to.equal(poolText(POOL_NAME));
      await expect(tx).to.emit(pool, "CommitteeSet").withArgs(committee, 2, 1);
      await expect(tx).to.emit(f.fund.treasury, "AllowanceSet").withArgs(poolAddress, f.token, 0n, BUDGET);
      expect(await pool.governance()).to.equal(await f.fund.timelock.getAddress());
      expect(await pool.treasury()).to.equal(f.treasuryAddress);
      expect(await pool.token()).to.equal(f.token);
      expect(await pool.capPerGrant()).to.equal(CAP);
      expect(await pool.endsAt()).to.equal(params.endsAt);
      expect(await pool.threshold()).to.equal(2n);
      expect(await pool.epoch()).to.equal(1n);
      expect(await pool.committee()).to.deep.equal(committee);
      expect(await pool.closed()).to.equal(false);
      expect(await pool.remaining()).to.equal(BUDGET);
      expect(await pool.spent()).to.equal(0n);
      // The money stays in the treasury, reserved.
      expect(await f.dkkt.balanceOf(poolAddress)).to.equal(0n);
      expect(await f.fund.treasury.balanceOf(f.token)).to.equal(START_DKKT);
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT - BUDGET);
    });

    it("tops the pool up and closes it by later proposals, returning exactly the rest", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolByProposal(f, { budget: BUDGET });
      const poolAddress = (await pool.getAddress()) as Address;
      const [anna, emma] = f.voters;
      await pool.connect(anna).proposeGrant(f.payees[0], DKKT(4_000n), text("Nye fodboldmål"));
      await pool.connect(emma).approveGrant(1);

      const topUp = await pass(
        f,
        poolTopUpActions(f.treasuryAddress, poolAddress, f.token, DKKT(20_000n)),
        "Top up",
        1,
      );
      await expect(topUp.tx)
        .to.emit(f.fund.treasury, "AllowanceSet")
        .withArgs(poolAddress, f.token, BUDGET - DKKT(4_000n), DKKT(66_000n));
      expect(await pool.remaining()).to.equal(DKKT(66_000n));

      const close = await pass(f, poolCloseActions(poolAddress), "Close the quick pool", 2);
      const timelock = await f.fund.timelock.getAddress();
      await expect(close.tx).to.emit(pool, "PoolClosed").withArgs(timelock, DKKT(66_000n));
      await expect(close.tx)
        .to.emit(f.fund.treasury, "AllowanceReturned")
        .withArgs(poolAddress, f.token, DKKT(66_000n));
      expect(await pool.closed()).to.equal(true);
      expect(await pool.remaining()).to.equal(0n);
      expect(await f.fund.treasury.reserved(f.token)).to.equal(0n);
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT - DKKT(4_000n));
    });

    it("changes the committee by a proposal, making pending grants stale", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolByProposal(f);
      const [anna, emma, ida, mette] = f.voters;
      await pool.connect(anna).proposeGrant(f.payees[0], DKKT(1_000n), text("Før skiftet"));
      const change = await pass(
        f,
        poolCommitteeActions(
          (await pool.getAddress()) as Address,
          [emma.address as Address, mette.address as Address],
          2,
        ),
        "New committee",
        1,
      );
      await expect(change.tx).to.emit(pool, "CommitteeSet").withArgs([emma.address, mette.address], 2, 2);
      expect(await pool.isCommitteeMember(anna)).to.equal(false);
      expect(await pool.isCommitteeMember(ida)).to.equal(false);
      expect(await pool.isCommitteeMember(mette)).to.equal(true);
      await expect(pool.connect(emma).approveGrant(1))
        .to.be.revertedWithCustomError(pool, "StewardPoolGrantStale")
        .withArgs(1);
      await expect(pool.connect(ida).approveGrant(1))
        .to.be.revertedWithCustomError(pool, "StewardPoolNotCommitteeMember")
        .withArgs(ida.address);
      // Proposed again under the new committee, it pays.
      await pool.connect(emma).proposeGrant(f.payees[0], DKKT(1_000n), text("Efter skiftet"));
      await expect(pool.connect(mette).approveGrant(2))
        .to.emit(pool, "GrantPaid")
        .withArgs(2, f.payees[0].address, DKKT(1_000n));
    });
  });

  describe("micro-grants", () => {
    it("pays at once when k of n approved: exact events and balances", async () => {
      const f = await loadFixture(quickPool);
      const { pool, anna, emma, ida, payee } = f;
      const amount = DKKT(2_500n);
      const reason = text("Frø og jord til fællesskabshaven");
      const propose = pool.connect(anna).proposeGrant(payee, amount, reason);
      await expect(propose).to.emit(pool, "GrantProposed").withArgs(1, anna.address, payee.address, amount, reason);
      await expect(propose).to.emit(pool, "GrantApproved").withArgs(1, anna.address, 1);
      await expect(propose).not.to.emit(pool, "GrantPaid");
      expect(await pool.grantCount()).to.equal(1n);
      expect(await pool.grantOf(1)).to.deep.equal([
        payee.address,
        amount,
        1n,
        1n,
        BigInt(Status.Pending),
        anna.address,
      ]);
      expect(await pool.hasApproved(1, anna)).to.equal(true);
      expect(await pool.hasApproved(1, emma)).to.equal(false);
      expect(await f.dkkt.balanceOf(payee)).to.equal(0n);

      const approve = pool.connect(emma).approveGrant(1);
      await expect(approve).to.emit(pool, "GrantApproved").withArgs(1, emma.address, 2);
      await expect(approve).to.emit(pool, "GrantPaid").withArgs(1, payee.address, amount);
      await expect(approve)
        .to.emit(f.fund.treasury, "AllowanceSpent")
        .withArgs(await pool.getAddress(), f.token, amount, BUDGET - amount);
      await expect(approve)
        .to.emit(f.fund.treasury, "Paid")
        .withArgs(f.token, payee.address, amount, await grantDecision(pool, 1n));
      expect(await f.dkkt.balanceOf(payee)).to.equal(amount);
      expect(await f.fund.treasury.balanceOf(f.token)).to.equal(START_DKKT - amount);
      expect(await pool.spent()).to.equal(amount);
      expect(await pool.remaining()).to.equal(BUDGET - amount);
      expect((await pool.grantOf(1)).status).to.equal(BigInt(Status.Paid));

      // A third approval comes too late.
      await expect(pool.connect(ida).approveGrant(1))
        .to.be.revertedWithCustomError(pool, "StewardPoolGrantNotPending")
        .withArgs(1, Status.Paid);
    });

    it("pays on proposal when one approval is enough", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolDirectly(f, { threshold: 1 });
      const tx = pool.connect(f.voters[1]).proposeGrant(f.payees[1], DKKT(300n), text("Kaffe til frivillige"));
      await expect(tx).to.emit(pool, "GrantPaid").withArgs(1, f.payees[1].address, DKKT(300n));
      expect(await f.dkkt.balanceOf(f.payees[1])).to.equal(DKKT(300n));
    });

    it("pays ETH from an ETH pool", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolDirectly(f, {
        token: ETH_ADDRESS,
        cap: parseEther("1"),
        budget: parseEther("2"),
      });
      const payee = f.payees[2];
      const before = await ethers.provider.getBalance(payee);
      await pool.connect(f.voters[0]).proposeGrant(payee, parseEther("0.75"), text("Lydanlæg"));
      await expect(pool.connect(f.voters[2]).approveGrant(1))
        .to.emit(f.fund.treasury, "Paid")
        .withArgs(ETH_ADDRESS, payee.address, parseEther("0.75"), await grantDecision(pool, 1n));
      expect(await ethers.provider.getBalance(payee)).to.equal(before + parseEther("0.75"));
      expect(await f.fund.treasury.balanceOf(ETH_ADDRESS)).to.equal(START_ETH - parseEther("0.75"));
      expect(await pool.remaining()).to.equal(parseEther("1.25"));
    });

    it("holds each grant to the cap", async () => {
      const f = await loadFixture(quickPool);
      await expect(f.pool.connect(f.anna).proposeGrant(f.payee, CAP + 1n, text("Too big")))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolOverCap")
        .withArgs(CAP + 1n, CAP);
      await f.pool.connect(f.anna).proposeGrant(f.payee, CAP, text("Exactly the cap"));
      await expect(f.pool.connect(f.ida).approveGrant(1))
        .to.emit(f.pool, "GrantPaid")
        .withArgs(1, f.payee.address, CAP);
    });

    it("pays no more than its budget", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolDirectly(f, { budget: DKKT(8_000n) });
      const [anna, emma] = f.voters;
      await pool.connect(anna).proposeGrant(f.payees[0], DKKT(5_000n), text("First"));
      await pool.connect(emma).approveGrant(1);
      await expect(pool.connect(anna).proposeGrant(f.payees[0], DKKT(3_001n), text("Second")))
        .to.be.revertedWithCustomError(pool, "StewardPoolOverBudget")
        .withArgs(DKKT(3_001n), DKKT(3_000n));
      // Two pending grants that fit one by one but not together: the second to reach its
      // approvals is refused by the pool, with what it has left.
      await pool.connect(anna).proposeGrant(f.payees[0], DKKT(2_000n), text("Third"));
      await pool.connect(anna).proposeGrant(f.payees[1], DKKT(2_000n), text("Fourth"));
      await pool.connect(emma).approveGrant(2);
      await expect(pool.connect(emma).approveGrant(3))
        .to.be.revertedWithCustomError(pool, "StewardPoolOverBudget")
        .withArgs(DKKT(2_000n), DKKT(1_000n));
      expect(await pool.spent()).to.equal(DKKT(7_000n));
      expect((await pool.grantOf(3)).status).to.equal(BigInt(Status.Pending));
      expect(await f.dkkt.balanceOf(f.payees[1])).to.equal(0n);
    });

    it("refuses a grant without a payee or an amount", async () => {
      const f = await loadFixture(quickPool);
      const reason = text("Nothing to pay");
      await expect(f.pool.connect(f.anna).proposeGrant(ZeroAddress, 1n, reason))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidGrant")
        .withArgs(ZeroAddress, 1n);
      await expect(f.pool.connect(f.anna).proposeGrant(f.payee, 0n, reason))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidGrant")
        .withArgs(f.payee.address, 0n);
    });

    it("takes a grant without a written reason, whose commitment is then zero", async () => {
      const f = await loadFixture(quickPool);
      await expect(f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), ZeroHash))
        .to.emit(f.pool, "GrantProposed")
        .withArgs(1, f.anna.address, f.payee.address, DKKT(100n), ZeroHash);
    });

    it("counts each member's approval once", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolDirectly(f, { threshold: 3 });
      const [anna, emma] = f.voters;
      await pool.connect(anna).proposeGrant(f.payees[0], DKKT(100n), text("Three needed"));
      await expect(pool.connect(anna).approveGrant(1))
        .to.be.revertedWithCustomError(pool, "StewardPoolAlreadyApproved")
        .withArgs(1, anna.address);
      await pool.connect(emma).approveGrant(1);
      await expect(pool.connect(emma).approveGrant(1))
        .to.be.revertedWithCustomError(pool, "StewardPoolAlreadyApproved")
        .withArgs(1, emma.address);
      expect((await pool.grantOf(1)).approvals).to.equal(2n);
      expect(await f.dkkt.balanceOf(f.payees[0])).to.equal(0n);
    });

    it("lets only the committee propose and approve", async () => {
      const f = await loadFixture(quickPool);
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), text("x"));
      const timelock = f.timelock;
      for (const who of [f.outsider, f.voters[3], timelock, f.verifier, f.guardian]) {
        await expect(f.pool.connect(who).proposeGrant(f.payee, DKKT(100n), text("x")))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotCommitteeMember")
          .withArgs(who.address);
        await expect(f.pool.connect(who).approveGrant(1))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotCommitteeMember")
          .withArgs(who.address);
      }
      await expect(f.pool.connect(f.emma).approveGrant(7))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolGrantNotPending")
        .withArgs(7, Status.None);
    });

    it("lets only the proposer withdraw a pending grant", async () => {
      const f = await loadFixture(quickPool);
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), text("x"));
      for (const who of [f.emma, f.outsider, f.timelock]) {
        await expect(f.pool.connect(who).withdrawGrant(1))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotProposer")
          .withArgs(1, who.address);
      }
      await expect(f.pool.connect(f.anna).withdrawGrant(1)).to.emit(f.pool, "GrantWithdrawn").withArgs(1);
      expect((await f.pool.grantOf(1)).status).to.equal(BigInt(Status.Withdrawn));
      await expect(f.pool.connect(f.emma).approveGrant(1))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolGrantNotPending")
        .withArgs(1, Status.Withdrawn);
      await expect(f.pool.connect(f.anna).withdrawGrant(1))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolGrantNotPending")
        .withArgs(1, Status.Withdrawn);
      await expect(f.pool.connect(f.anna).withdrawGrant(9))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolGrantNotPending")
        .withArgs(9, Status.None);
      // A paid grant cannot be withdrawn.
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), text("y"));
      await f.pool.connect(f.ida).approveGrant(2);
      await expect(f.pool.connect(f.anna).withdrawGrant(2))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolGrantNotPending")
        .withArgs(2, Status.Paid);
    });
  });

  describe("end date and closing", () => {
    it("pays nothing from the end date on", async () => {
      const f = await loadFixture(quickPool);
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), text("x"));
      const endsAt = await f.pool.endsAt();
      await time.setNextBlockTimestamp(endsAt);
      await expect(f.pool.connect(f.emma).approveGrant(1))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolExpired")
        .withArgs(endsAt);
      await expect(f.pool.connect(f.emma).proposeGrant(f.payee, DKKT(100n), text("y")))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolExpired")
        .withArgs(endsAt);
      expect(await f.dkkt.balanceOf(f.payee)).to.equal(0n);
    });

    it("lets governance close it any time, returning exactly the rest", async () => {
      const f = await loadFixture(quickPool);
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(1_234n), text("x"));
      await f.pool.connect(f.emma).approveGrant(1);
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), text("pending when closed"));
      const rest = BUDGET - DKKT(1_234n);
      const tx = f.pool.connect(f.timelock).close();
      await expect(tx).to.emit(f.pool, "PoolClosed").withArgs(f.timelock.address, rest);
      await expect(tx)
        .to.emit(f.fund.treasury, "AllowanceReturned")
        .withArgs(await f.pool.getAddress(), f.token, rest);
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT - DKKT(1_234n));
      expect(await f.fund.treasury.reserved(f.token)).to.equal(0n);
      // Closed: nothing more is proposed, approved or closed.
      await expect(f.pool.connect(f.ida).approveGrant(2)).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
      await expect(f.pool.connect(f.ida).proposeGrant(f.payee, 1n, ZeroHash)).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
      await expect(f.pool.connect(f.timelock).close()).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
    });

    it("gives back a top-up that arrived after closing when anyone closes it again", async () => {
      const f = await loadFixture(quickPool);
      await f.pool.connect(f.timelock).close();
      // A top-up proposal executed after the close reserves money the pool can never spend.
      await f.fund.treasury.connect(f.timelock).increaseAllowance(await f.pool.getAddress(), f.token, DKKT(700n));
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT - DKKT(700n));
      await expect(f.pool.connect(f.outsider).close())
        .to.emit(f.pool, "PoolClosed")
        .withArgs(f.outsider.address, DKKT(700n));
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT);
      expect(await f.fund.treasury.reserved(f.token)).to.equal(0n);
      await expect(f.pool.connect(f.outsider).close()).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
    });

    it("lets anyone close it from the end date on, not before", async () => {
      const f = await loadFixture(quickPool);
      const endsAt = await f.pool.endsAt();
      for (const who of [f.outsider, f.anna]) {
        await expect(f.pool.connect(who).close())
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotExpired")
          .withArgs(endsAt);
      }
      await time.setNextBlockTimestamp(endsAt - 1n);
      await expect(f.pool.connect(f.outsider).close())
        .to.be.revertedWithCustomError(f.pool, "StewardPoolNotExpired")
        .withArgs(endsAt);
      await time.setNextBlockTimestamp(endsAt);
      await expect(f.pool.connect(f.outsider).close())
        .to.emit(f.pool, "PoolClosed")
        .withArgs(f.outsider.address, BUDGET);
      expect(await f.fund.treasury.available(f.token)).to.equal(START_DKKT);
      await expect(f.pool.connect(f.outsider).close()).to.be.revertedWithCustomError(
        f.pool,
        "StewardPoolAlreadyClosed",
      );
    });

    it("closes a spent pool without returning anything", async () => {
      const f = await loadFixture(stewardsFund);
      const { pool } = await createPoolDirectly(f, { budget: DKKT(5_000n), threshold: 1 });
      await pool.connect(f.voters[0]).proposeGrant(f.payees[0], DKKT(5_000n), text("All of it"));
      const tx = pool.connect(f.timelock).close();
      await expect(tx).to.emit(pool, "PoolClosed").withArgs(f.timelock.address, 0n);
      await expect(tx).not.to.emit(f.fund.treasury, "AllowanceReturned");
    });
  });

  describe("governance", () => {
    it("lets only governance change the committee", async () => {
      const f = await loadFixture(quickPool);
      for (const who of [f.anna, f.outsider, f.deployer]) {
        await expect(f.pool.connect(who).setCommittee([who.address], 1))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolNotGovernance")
          .withArgs(who.address);
      }
    });

    it("makes a pending grant stale when the committee changes, even for members who stay", async () => {
      const f = await loadFixture(quickPool);
      await f.pool.connect(f.anna).proposeGrant(f.payee, DKKT(100n), text("x"));
      const same = [f.anna.address, f.emma.address, f.ida.address];
      await expect(f.pool.connect(f.timelock).setCommittee(same, 2))
        .to.emit(f.pool, "CommitteeSet")
        .withArgs(same, 2, 2);
      await expect(f.pool.connect(f.emma).approveGrant(1))
        .to.be.revertedWithCustomError(f.pool, "StewardPoolGrantStale")
        .withArgs(1);
      // The proposer can still withdraw the stale grant.
      await expect(f.pool.connect(f.anna).withdrawGrant(1)).to.emit(f.pool, "GrantWithdrawn").withArgs(1);
    });

    it("refuses a committee that is empty, too big, has duplicates or the zero address, or an unreachable threshold", async () => {
      const f = await loadFixture(quickPool);
      const signers = await ethers.getSigners();
      const sixteen = signers.slice(5, 21).map((s) => s.address);
      const [a, b, c] = sixteen;
      const cases: [string[], number][] = [
        [[], 1],
        [[], 0],
        [sixteen, 1],
        [[a, b, c], 0],
        [[a, b, c], 4],
        [[a, b, a], 2],
        [[a, ZeroAddress], 1],
      ];
      for (const [committee, threshold] of cases) {
        await expect(f.pool.connect(f.timelock).setCommittee(committee, threshold))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidCommittee")
          .withArgs(committee.length, threshold);
      }
      // Fifteen members and a threshold of fifteen is the largest committee.
      await expect(f.pool.connect(f.timelock).setCommittee(sixteen.slice(0, 15), 15))
        .to.emit(f.pool, "CommitteeSet")
        .withArgs(sixteen.slice(0, 15), 15, 2);
      // The same checks hold when a pool is created.
      const factory = f.fund.pools.factory.connect(f.timelock);
      for (const [committee, threshold] of cases) {
        const params = await poolParams(f, { committee, threshold });
        await expect(factory.createPool(ethers.id(`bad ${committee.length} ${threshold}`), poolStruct(params)))
          .to.be.revertedWithCustomError(f.pool, "StewardPoolInvalidCommittee")
          .withArgs(committee.length, threshold);
      }
    });

    it("refuses a pool without a cap, with an end in the past or without its text's commitment", async () => {
      const f = await loadFixture(stewardsFund);
      const factory = f.fund.pools.factory.connect(f.timelock);
      const pool = StewardPool__factory.connect(f.fund.pools.implementation, f.deployer);
      const now = await time.latest();
      for (const params of [
        { ...(await poolParams(f)), capPerGrant: 0n },
        { ...(await poolParams(f)), endsAt: now },
        { ...(await poolParams(f)), endsAt: now - DAY },
        { ...(await poolParams(f)), text: zeroHash },
      ]) {
        await expect(factory.createPool(ethers.id("bad"), poolStruct(params))).to.be.revertedWithCustomError(
          pool,
          "StewardPoolInvalidParams",
        );
      }
    });

    it("creates pools for its owner (the timelock) only, once per salt, and cannot be initialised again", async () => {
      const f = await loadFixture(stewardsFund);
      const params = await poolParams(f);
      const factory = f.fund.pools.factory;
      for (const who of [f.outsider, f.voters[0], f.deployer, f.verifier]) {
        await expect(factory.connect(who).createPool(ethers.id("x"), poolStruct(params)))
          .to.be.revertedWithCustomError(factory, "OwnableUnauthorizedAccount")
          .withArgs(who.address);
      }
      expect(await factory.owner()).to.equal(f.timelock.address);
      expect(await factory.treasury()).to.equal(f.treasuryAddress);
      expect(await factory.implementation()).to.equal(f.fund.pools.implementation);
      const { pool } = await createPoolDirectly(f, {}, ethers.id("x"));
      expect(await pool.getAddress()).to.equal(await factory.predictPool(ethers.id("x")));
      await expect(
        factory.connect(f.timelock).createPool(ethers.id("x"), poolStruct(params)),
      ).to.be.revertedWithCustomError(factory, "FailedDeployment");
      await expect(
        pool.connect(f.timelock).initialize(poolStruct(params), f.outsider, f.treasuryAddress, f.contracts.membership!),
      ).to.be.revertedWithCustomError(pool, "InvalidInitialization");
      const implementation = StewardPool__factory.connect(f.fund.pools.implementation, f.outsider);
      await expect(
        implementation.initialize(poolStruct(params), f.outsider, f.treasuryAddress, f.contracts.membership!),
      ).to.be.revertedWithCustomError(implementation, "InvalidInitialization");
      // The bare implementation pays nothing: it has no allowance and has "expired".
      await expect(implementation.proposeGrant(f.payees[0], 1n, ZeroHash)).to.be.revertedWithCustomError(
        implementation,
        "StewardPoolExpired",
      );
    });
  });

  describe("with verified payees required", () => {
    async function verifiedPool() {
      const f = await verifiedFund();
      const { pool } = await createPoolDirectly(f);
      return { ...f, pool, good: f.payees[0], never: f.payees[1] };
    }

    it("refuses to propose a grant to an unverified payee", async () => {
      const f = await loadFixture(verifiedPool);
      await expect(f.pool.connect(f.voters[0]).proposeGrant(f.never, DKKT(100n), text("x")))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryNotVerified")
        .withArgs(f.never.address);
      expect(await f.pool.grantCount()).to.equal(0n);
    });

    it("refuses the last approval if the attestation was revoked or expired since the proposal, and pays once renewed", async () => {
      const f = await loadFixture(verifiedPool);
      const [anna, emma, ida] = f.voters;
      await attest(f, f.good.address, 365);
      const shortEnd = await attest(f, f.never.address, 2);
      await f.pool.connect(anna).proposeGrant(f.good, DKKT(700n), text("Revoked before approval"));
      await f.pool.connect(anna).proposeGrant(f.never, DKKT(800n), text("Expires before approval"));
      await f.fund.payees
        .connect(f.verifier)
        .revoke(f.good, RevocationReason.RegistrationEnded, text("Struck off the register"));
      await expect(f.pool.connect(emma).approveGrant(1))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationRevoked")
        .withArgs(f.good.address);
      await time.increaseTo(shortEnd);
      await expect(f.pool.connect(emma).approveGrant(2))
        .to.be.revertedWithCustomError(f.fund.payees, "PayeeRegistryAttestationExpired")
        .withArgs(f.never.address, shortEnd);
      // Nothing was recorded: the grants stay pending with one approval.
      expect((await f.pool.grantOf(1)).approvals).to.equal(1n);
      expect(await f.pool.hasApproved(1, emma)).to.equal(false);
      expect(await f.pool.spent()).to.equal(0n);
      await attest(f, f.good.address, 365);
      await expect(f.pool.connect(ida).approveGrant(1))
        .to.emit(f.pool, "GrantPaid")
        .withArgs(1, f.good.address, DKKT(700n));
      expect(await f.dkkt.balanceOf(f.good)).to.equal(DKKT(700n));
      expect(await f.dkkt.balanceOf(f.never)).to.equal(0n);
    });
  });
});
