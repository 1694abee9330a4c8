import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, setBalance, time } from "@nomicfoundation/hardhat-network-helpers";
import type { TransactionReceipt } from "ethers";
import type { Address } from "viem";
import { asTimelock, bundle, LIMITS, MAX_GAS, refusal, type SponsoredFund } from "./accountsFixture";
import { operationCharges, transactionFee, type OperationCharge } from "./operationCharges";
import { allowRoundActions, relayFund, relayOp, roundInVoting, signAction } from "./relayFixture";

type RelayedOp = Awaited<ReturnType<typeof relayOp>>;

/** relayFund with a round in its voting phase whose member actions the paymaster sponsors. */
async function votingRound() {
  const base = await relayFund();
  const r = await roundInVoting(base.f);
  await allowRoundActions(base.f, r.round);
  return { ...base, round: r.round, roundAddress: (await r.round.getAddress()) as Address };
}

/** The budget period the paymaster puts `timestamp` in (never computed here: the paymaster numbers them). */
const windowAt = (f: SponsoredFund, timestamp: bigint) => f.paymaster.windowAt(timestamp);

/** Who holds what before a bundle: the fund's deposit, the bundler's ETH, the member's budget and ETH. */
async function balances(f: SponsoredFund, member: string) {
  return {
    deposit: await f.paymaster.deposited(),
    bundler: await ethers.provider.getBalance(f.bundler.address),
    gasUsed: await f.paymaster.gasUsed(member),
    memberEth: await ethers.provider.getBalance(member),
    relayEth: await ethers.provider.getBalance(await f.relay.getAddress()),
  };
}

/** handleOps mined in a block at exactly `timestamp`, as a bundler sends it (gas estimated). */
async function bundleAt(f: SponsoredFund, timestamp: bigint, ...ops: RelayedOp[]): Promise<TransactionReceipt> {
  await time.setNextBlockTimestamp(timestamp);
  const receipt = (await bundle(f, ...ops))!;
  expect(BigInt((await ethers.provider.getBlock(receipt.blockNumber))!.timestamp)).to.equal(timestamp);
  return receipt;
}

/**
 * handleOps mined at exactly `timestamp` that the EntryPoint refuses in validation (FailedOp): sent
 * with a fixed gas limit, as a bundler that skipped simulation would, so the refusal is on chain.
 * Returns the refused transaction's receipt.
 */
async function refusedAt(f: SponsoredFund, timestamp: bigint, reason: string, ...ops: RelayedOp[]) {
  await time.setNextBlockTimestamp(timestamp);
  await expect(f.entryPoint.handleOps(ops, f.bundler.address, { gasLimit: 3_000_000n }))
    .to.be.revertedWithCustomError(f.entryPoint, "FailedOp")
    .withArgs(0n, reason);
  const block = (await ethers.provider.getBlock("latest"))!;
  expect(BigInt(block.timestamp)).to.equal(timestamp);
  return (await ethers.provider.getTransactionReceipt(block.transactions[0]))!;
}

/**
 * One operation's charge, checked against the rules: the member it names pays from their budget
 * the gas the EntryPoint reported to postOp plus postOp's own limit, in the period `window`; the
 * deposit pays the EntryPoint's final figure at the operation's gas price.
 */
function expectCharge(charge: OperationCharge, member: string, window: bigint, succeeded: boolean) {
  expect([charge.member, charge.window, charge.succeeded]).to.deep.equal([member, window, succeeded]);
  expect(charge.weiCharged % charge.gasPrice).to.equal(0n);
  expect(charge.gasCharged).to.equal(charge.weiCharged / charge.gasPrice + LIMITS.paymasterPostOpGasLimit);
  expect(charge.gasCharged < MAX_GAS).to.equal(true);
  expect(charge.actualGasCost).to.equal(charge.actualGasUsed * charge.gasPrice);
}

/**
 * After a bundle: the fund's deposit paid exactly what the EntryPoint charged, the bundler got it
 * back minus its own transaction fee, the member's budget counts exactly the gas charged, and
 * neither the member nor the relay spent any ETH.
 */
async function expectLedger(
  f: SponsoredFund,
  member: string,
  before: Awaited<ReturnType<typeof balances>>,
  receipt: TransactionReceipt,
  charges: OperationCharge[],
) {
  const paid = charges.reduce((sum, c) => sum + c.actualGasCost, 0n);
  const counted = charges.reduce((sum, c) => sum + c.gasCharged, 0n);
  const after = await balances(f, member);
  expect(before.deposit - after.deposit).to.equal(paid);
  expect(after.bundler - before.bundler).to.equal(paid - transactionFee(receipt));
  expect(after.gasUsed - before.gasUsed).to.equal(counted);
  expect([after.memberEth, after.relayEth]).to.deep.equal([before.memberEth, before.relayEth]);
}

/** After a refused bundle: nothing moved but the bundler's fee for its failed transaction. */
async function expectNothingCharged(
  f: SponsoredFund,
  member: string,
  before: Awaited<ReturnType<typeof balances>>,
  receipt: TransactionReceipt,
) {
  const after = await balances(f, member);
  expect(after).to.deep.equal({ ...before, bundler: before.bundler - transactionFee(receipt) });
}

describe("SignatureRelay at the edges: deadlines to the second, a signature bundled twice", () => {
  // relayFund empties a member's wallet; later test files in the same worker share this chain.
  after(async () => {
    const { member } = await loadFixture(relayFund);
    await setBalance(member.address, 10_000n * 10n ** 18n);
  });

  describe("a relayed round ballot (voting runs while block.timestamp < votingEnd)", () => {
    const signBallot = async (fx: Awaited<ReturnType<typeof votingRound>>, deadline: bigint) =>
      signAction({
        kind: "ballot",
        round: fx.roundAddress,
        voter: fx.member.address as Address,
        ideaIds: [1n],
        deadline,
      });

    it("counts a ballot at the last voting second, votingEnd − 1, signed to expire that second", async () => {
      const fx = await loadFixture(votingRound);
      const { f, member, round } = fx;
      const last = (await round.votingEnd()) - 1n;
      const ballot = await signBallot(fx, last);
      const op = await relayOp(f, ballot, { window: await windowAt(f, last) });
      const before = await balances(f, member.address);
      const receipt = await bundleAt(f, last, op);

      const cast = receipt.logs.map((l) => round.interface.parseLog(l)).find((l) => l?.name === "BallotCast")!;
      expect([cast.args.voter, cast.args.district, [...cast.args.ideaIds], cast.args.replaced]).to.deep.equal([
        member.address,
        1n,
        [1n],
        false,
      ]);
      expect([...(await round.ballotOf(member.address))]).to.deep.equal([1n, 1n]);
      expect((await round.ideaOf(1)).approvals).to.equal(1n);
      expect(await round.nonces(member.address)).to.equal(1n);
      const charges = await operationCharges(f, receipt, [op]);
      expect(charges).to.have.length(1);
      expectCharge(charges[0], member.address, await windowAt(f, last), true);
      expect(charges[0].revertReason).to.equal(null);
      await expectLedger(f, member.address, before, receipt, charges);
    });

    it("refuses in validation, at votingEnd, a ballot signed to expire at the last voting second: nobody pays", async () => {
      const fx = await loadFixture(votingRound);
      const { f, member, round } = fx;
      const end = await round.votingEnd();
      const ballot = await signBallot(fx, end - 1n);
      const op = await relayOp(f, ballot, { window: await windowAt(f, end) });
      const before = await balances(f, member.address);
      // The relay made the signature's deadline the operation's validUntil; the EntryPoint refuses after it.
      const receipt = await refusedAt(f, end, "AA22 expired or not due", op);
      await expectNothingCharged(f, member.address, before, receipt);
      expect([...(await round.ballotOf(member.address))]).to.deep.equal([0n, 0n]);
      expect(await round.nonces(member.address)).to.equal(0n);
    });

    it("refuses in validation, at votingEnd, a ballot signed to stay valid an hour longer: nobody pays", async () => {
      const fx = await loadFixture(votingRound);
      const { f, member, round } = fx;
      const end = await round.votingEnd();
      // As the dApp signs, an hour ahead: near the end of voting that outlives the voting phase.
      const ballot = await signBallot(fx, end + 3600n - 5n);
      const op = await relayOp(f, ballot, { window: await windowAt(f, end) });
      // The relay bounds the operation by the round's last voting second, not only the signature's deadline.
      expect([...(await f.relay.signerOf(op.callData))]).to.deep.equal([member.address, true, end - 1n]);
      const before = await balances(f, member.address);
      const receipt = await refusedAt(f, end, "AA22 expired or not due", op);
      await expectNothingCharged(f, member.address, before, receipt);
      expect(await round.nonces(member.address)).to.equal(0n);
    });
  });

  describe("a relayed castVoteBySig (the proposal is Active while block.timestamp <= proposalDeadline)", () => {
    it("counts a vote at the deadline second, which does not extend the deadline", async () => {
      const { f, p, member, vote } = await loadFixture(relayFund);
      const deadline = await f.fund.governor.proposalDeadline(p.id);
      const signed = await signAction(vote(1));
      const op = await relayOp(f, signed, { window: await windowAt(f, deadline) });
      const before = await balances(f, member.address);
      const receipt = await bundleAt(f, deadline, op);

      const cast = receipt.logs.map((l) => f.fund.governor.interface.parseLog(l)).find((l) => l?.name === "VoteCast")!;
      expect([...cast.args]).to.deep.equal([member.address, p.id, 1n, 1n, ""]);
      expect(await f.fund.governor.hasVoted(p.id, member.address)).to.equal(true);
      expect([...(await f.fund.governor.proposalVotes(p.id))]).to.deep.equal([0n, 1n, 0n]);
      expect(await f.fund.governor.nonces(member.address)).to.equal(1n);
      // One vote of the eight is short of the quorum (two): no late-quorum extension.
      expect(await f.fund.governor.proposalDeadline(p.id)).to.equal(deadline);
      const charges = await operationCharges(f, receipt, [op]);
      expect(charges).to.have.length(1);
      expectCharge(charges[0], member.address, await windowAt(f, deadline), true);
      await expectLedger(f, member.address, before, receipt, charges);
    });

    it("refuses in validation a vote one second after the deadline: nobody pays", async () => {
      const { f, p, member, vote } = await loadFixture(relayFund);
      const deadline = await f.fund.governor.proposalDeadline(p.id);
      const signed = await signAction(vote(1));
      const op = await relayOp(f, signed, { window: await windowAt(f, deadline + 1n) });
      // The relay makes the proposal's deadline the operation's last valid second, with or without a reason.
      expect([...(await f.relay.signerOf(op.callData))]).to.deep.equal([member.address, true, deadline]);
      const withReason = await signAction({ ...vote(1), kind: "voteWithReason", reason: "" });
      const extended = await relayOp(f, withReason);
      expect([...(await f.relay.signerOf(extended.callData))]).to.deep.equal([member.address, true, deadline]);
      const before = await balances(f, member.address);
      const receipt = await refusedAt(f, deadline + 1n, "AA22 expired or not due", op);
      await expectNothingCharged(f, member.address, before, receipt);
      expect(await f.fund.governor.hasVoted(p.id, member.address)).to.equal(false);
      expect(await f.fund.governor.nonces(member.address)).to.equal(0n);
    });

    it("refuses in validation a signed vote its member has since cast directly: nobody pays", async () => {
      const { f, p, member, vote } = await loadFixture(relayFund);
      const signed = await signAction(vote(1));
      await setBalance(member.address, ethers.parseEther("1"));
      await f.fund.governor.connect(member).castVote(p.id, 0);
      await setBalance(member.address, 0n);
      // castVote spends no signature nonce: the signature still checks out, the vote cannot count.
      expect(await f.fund.governor.nonces(member.address)).to.equal(0n);
      const op = await relayOp(f, signed);
      expect([...(await f.relay.signerOf(op.callData))]).to.deep.equal([
        member.address,
        false,
        await f.fund.governor.proposalDeadline(p.id),
      ]);
      expect(await refusal(f, op)).to.deep.equal({ reason: "AA24 signature error", error: null, args: [] });
      expect(await f.paymaster.gasUsed(member.address)).to.equal(0n);
    });
  });

  describe("one signed vote carried by two operations of one bundle", () => {
    /*
     * The EntryPoint validates every operation of a bundle before it executes any, so both
     * operations see the governor's nonce unused and the signature valid: both pass validation,
     * each reserving its maximum gas in the signer's budget. The first executes and spends the
     * nonce; the second's castVoteBySig then fails (GovernorInvalidSignature) and, like any
     * operation that fails in execution, is paid by the fund and charged to the signer. Any
     * later copy is refused in validation: the nonce is spent and the member has voted.
     *
     * Acceptable: it takes the member's own signature (nobody can make one for them), the vote
     * counts once, the copies are bounded by the member's budget (each reserves its maximum gas
     * in validation, and a copy that does not fit refuses the whole bundle: the bundler's loss),
     * and nobody else's budget is touched. Whoever holds the signature (the bundler it was sent
     * to) can do it, which is why the budget, not the relay, is the limit: at most
     * budget / maximum gas copies a period, each costing the fund its gas at the operation's
     * gas price (which the member does not sign: the relay's operations carry no signature).
     */
    it("executes the first, charges the signer for the second's failed call", async () => {
      const { f, p, member, vote } = await loadFixture(relayFund);
      const signed = await signAction(vote(1));
      const first = await relayOp(f, signed);
      const second = { ...first, nonce: first.nonce + 1n };
      const before = await balances(f, member.address);
      const receipt = (await bundle(f, first, second))!;
      const charges = await operationCharges(f, receipt, [first, second]);
      const window = await windowAt(f, BigInt((await ethers.provider.getBlock(receipt.blockNumber))!.timestamp));
      expect(charges.map((c) => c.nonce)).to.deep.equal([first.nonce, second.nonce]);
      expectCharge(charges[0], member.address, window, true);
      expectCharge(charges[1], member.address, window, false);
      expect(charges[0].revertReason).to.equal(null);
      const error = f.fund.governor.interface.parseError(charges[1].revertReason!)!;
      expect([error.name, ...error.args]).to.deep.equal(["GovernorInvalidSignature", member.address]);
      await expectLedger(f, member.address, before, receipt, charges);
      expect(await f.paymaster.gasUsed(member.address)).to.equal(charges[0].gasCharged + charges[1].gasCharged);
      expect([...(await f.fund.governor.proposalVotes(p.id))]).to.deep.equal([0n, 1n, 0n]);
      expect(await f.fund.governor.nonces(member.address)).to.equal(1n);
      expect((await refusal(f, await relayOp(f, signed))).reason).to.equal("AA24 signature error");
    });

    it("refuses the whole bundle when the second copy's reservation does not fit the budget", async () => {
      const { f, member, vote } = await loadFixture(relayFund);
      await f.paymaster.connect(await asTimelock(f)).setGasBudget(2n * MAX_GAS - 1n);
      const signed = await signAction(vote(1));
      const first = await relayOp(f, signed);
      const second = { ...first, nonce: first.nonce + 1n };
      const data: string = await f.entryPoint.handleOps.staticCall([first, second], f.bundler.address).then(
        () => expect.fail("handleOps accepted the bundle"),
        (error: { data: string }) => error.data,
      );
      const failed = f.entryPoint.interface.parseError(data)!;
      expect([failed.name, failed.args[0], failed.args[1]]).to.deep.equal(["FailedOpWithRevert", 1n, "AA33 reverted"]);
      const inner = f.paymaster.interface.parseError(failed.args[2])!;
      expect([inner.name, ...inner.args]).to.deep.equal([
        "PaymasterOverBudget",
        member.address,
        MAX_GAS,
        MAX_GAS,
        2n * MAX_GAS - 1n,
      ]);
    });
  });
});
