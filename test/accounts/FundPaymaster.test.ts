import { expect } from "chai";
import { ethers } from "hardhat";
import { impersonateAccount, loadFixture, setBalance, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroHash, type TransactionResponse } from "ethers";
import type { Address, Hex } from "viem";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { single } from "../../sdk/proposals/actions";
import { ProposalDriver } from "../helpers/governance";
import {
  asTimelock,
  bundle,
  currentWindow,
  FEE_CAP,
  FEES,
  GAS_BUDGET,
  MAX_GAS,
  PERIOD,
  refusal,
  resident,
  sponsoredFund,
  userOp,
  windowStart,
  type SponsoredFund,
} from "./accountsFixture";
import { operationCharges } from "./operationCharges";

/** A vote for a live proposal and a delegation: the member actions the paymaster pays for. */
async function withProposal(f: SponsoredFund, who: Awaited<ReturnType<typeof resident>>) {
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
  const governor = await f.fund.governor.getAddress();
  const vote = (support: number) => ({
    target: governor,
    data: f.fund.governor.interface.encodeFunctionData("castVote", [p.id, support]),
  });
  return { p, vote, who };
}

/** A delegation to voters[1]: an allowed action that needs no proposal. */
async function delegation(f: SponsoredFund) {
  return {
    target: await f.fund.membership!.getAddress(),
    data: f.fund.membership!.interface.encodeFunctionData("delegate", [f.voters[1].address]),
  };
}

async function fixture() {
  const f = await sponsoredFund();
  return { f, who: await resident(f) };
}

describe("FundPaymaster", () => {
  it("pays a member's first operation, which deploys the admitted account, and charges its gas", async () => {
    const { f, who } = await loadFixture(fixture);
    const { p, vote } = await withProposal(f, who);
    const deposit = await f.paymaster.deposited();
    const receipt = await bundle(f, await userOp(f, who, [vote(1)]));
    const sponsored = receipt!.logs.map((l) => f.paymaster.interface.parseLog(l)).find((l) => l?.name === "Sponsored")!;
    const [member, window, gasCharged, weiCharged, succeeded] = sponsored.args;
    expect(member).to.equal(who.address);
    expect(window).to.equal(await currentWindow(f));
    expect(succeeded).to.equal(true);
    // The deposit paid what the EntryPoint charged (postOp included); the budget counts at most the reservation.
    const paid = deposit - (await f.paymaster.deposited());
    expect(paid >= weiCharged).to.equal(true);
    expect(gasCharged <= MAX_GAS).to.equal(true);
    expect(await f.paymaster.gasUsed(who.address)).to.equal(gasCharged);
    expect(await f.paymaster.gasLeft(who.address)).to.equal(GAS_BUDGET - gasCharged);
    expect(await f.fund.governor.hasVoted(p.id, who.address)).to.equal(true);
    expect(await ethers.provider.getBalance(who.address)).to.equal(0n);
  });

  it("refuses a non-member, and a member the members revoked", async () => {
    const { f, who } = await loadFixture(fixture);
    const stranger = await resident(f, false);
    const { vote } = await withProposal(f, who);
    expect(await refusal(f, await userOp(f, stranger, [vote(1)]))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterNotMember",
      args: [stranger.address],
    });
    await f.fund.membership!.connect(await asTimelock(f)).revoke(who.address);
    expect((await refusal(f, await userOp(f, who, [vote(1)]))).error).to.equal("PaymasterNotMember");
  });

  it("pays only the listed actions on the fund's own contracts, sending no ETH", async () => {
    const { f, who } = await loadFixture(fixture);
    const { p, vote } = await withProposal(f, who);
    const governor = await f.fund.governor.getAddress();
    const treasury = await f.fund.treasury.getAddress();
    const payment = f.fund.treasury.interface.encodeFunctionData("deposit", [ZeroHash]);
    expect(await refusal(f, await userOp(f, who, [vote(1), { target: treasury, data: payment }]))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterTargetNotAllowed",
      args: [treasury],
    });
    const propose = f.fund.governor.interface.encodeFunctionData("propose", [[treasury], [0], ["0x"], "x"]);
    const proposeSelector = propose.slice(0, 10);
    expect(await refusal(f, await userOp(f, who, [{ target: governor, data: propose }]))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterActionNotAllowed",
      args: [governor, proposeSelector],
    });
    const withValue = { ...vote(1), value: 1n };
    expect((await refusal(f, await userOp(f, who, [withValue]))).error).to.equal("PaymasterActionNotAllowed");
    // Not an execute batch at all (a call the account makes to itself outside execute).
    const raw = { callData: who.account.interface.encodeFunctionData("addPasskey", [who.passkey.qy, who.passkey.qx]) };
    expect((await refusal(f, await userOp(f, who, raw))).error).to.equal("PaymasterActionNotAllowed");
    // A listed action that reverts (a reason that is not a text reference) is still paid, and counted.
    const bad = f.fund.governor.interface.encodeFunctionData("castVoteWithReason", [p.id, 1, "free text"]);
    const failed = await bundle(f, await userOp(f, who, [{ target: governor, data: bad }]));
    const event = failed!.logs.map((l) => f.paymaster.interface.parseLog(l)).find((l) => l?.name === "Sponsored")!;
    expect(event.args.succeeded).to.equal(false);
    expect(await f.paymaster.gasUsed(who.address)).to.equal(event.args.gasCharged);
    // Voting with a reason is listed, as is voting plainly.
    const reason = f.fund.governor.interface.encodeFunctionData("castVoteWithReason", [
      p.id,
      1,
      `pulje-text:0x${"ab".repeat(32)}`,
    ]);
    await bundle(f, await userOp(f, who, [{ target: governor, data: reason }]));
    expect(await f.fund.governor.hasVoted(p.id, who.address)).to.equal(true);
  });

  it("keeps each member within the gas budget of the period: exactly at it, one over, a new period", async () => {
    const { f, who } = await loadFixture(fixture);
    const delegate = {
      target: await f.fund.membership!.getAddress(),
      data: f.fund.membership!.interface.encodeFunctionData("delegate", [f.voters[1].address]),
    };
    await bundle(f, await userOp(f, who, [delegate]));
    const used = await f.paymaster.gasUsed(who.address);
    const timelock = await asTimelock(f);
    // One gas short of the next operation's reservation: refused with the figures.
    await f.paymaster.connect(timelock).setGasBudget(used + MAX_GAS - 1n);
    expect(await refusal(f, await userOp(f, who, [delegate]))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterOverBudget",
      args: [who.address, used, MAX_GAS, used + MAX_GAS - 1n],
    });
    // Exactly enough: paid.
    await expect(f.paymaster.connect(timelock).setGasBudget(used + MAX_GAS))
      .to.emit(f.paymaster, "GasBudgetSet")
      .withArgs(used + MAX_GAS - 1n, used + MAX_GAS);
    await bundle(f, await userOp(f, who, [delegate]));
    const usedNow = await f.paymaster.gasUsed(who.address);
    expect(usedNow > used && usedNow <= used + MAX_GAS).to.equal(true);
    // Another member's budget is their own.
    const neighbour = await resident(f);
    await bundle(f, await userOp(f, neighbour, [delegate]));
    // The next period starts from zero; an operation naming the past period is refused.
    const window = await currentWindow(f);
    await time.increaseTo(await windowStart(f, window + 1n));
    expect(await f.paymaster.gasUsed(who.address)).to.equal(0n);
    await bundle(f, await userOp(f, who, [delegate]));
    expect((await refusal(f, await userOp(f, who, [delegate], { window }))).reason).to.match(/^AA3[23]/);
  });

  it("counts budget periods from its deployment, and refuses an operation before its period begins", async () => {
    const { f, who } = await loadFixture(fixture);
    const [created] = await f.paymaster.queryFilter(f.paymaster.filters.GasBudgetSet());
    const start = BigInt((await created.getBlock()).timestamp);
    expect(await f.paymaster.periodsStart()).to.equal(start);
    const windows = [0n, start, start + BigInt(PERIOD) - 1n, start + BigInt(PERIOD), start + 3n * BigInt(PERIOD)];
    expect(await Promise.all(windows.map((t) => f.paymaster.windowAt(t)))).to.deep.equal([0n, 0n, 0n, 1n, 3n]);

    const delegate = {
      target: await f.fund.membership!.getAddress(),
      data: f.fund.membership!.interface.encodeFunctionData("delegate", [f.voters[1].address]),
    };
    // An operation naming period 1, mined at the last second of period 0: the EntryPoint refuses it.
    // (A fixed gas limit: estimating would run the call at the node's clock, not at that second.)
    const early = await userOp(f, who, [delegate], { window: 1n });
    await time.setNextBlockTimestamp(start + BigInt(PERIOD) - 1n);
    await expect(f.entryPoint.handleOps([early], f.bundler.address, { gasLimit: 3_000_000n }))
      .to.be.revertedWithCustomError(f.entryPoint, "FailedOp")
      .withArgs(0n, "AA32 paymaster expired or not due");
    // The same operation at the first second of period 1: paid, and counted in period 1.
    await time.setNextBlockTimestamp(start + BigInt(PERIOD));
    const tx: TransactionResponse = await f.entryPoint.handleOps([early], f.bundler.address, { gasLimit: 3_000_000n });
    const receipt = await tx.wait();
    expect((await receipt!.getBlock()).timestamp).to.equal(Number(start) + PERIOD);
    const event = receipt!.logs.map((l) => f.paymaster.interface.parseLog(l)).find((l) => l?.name === "Sponsored")!;
    expect([event.args.member, event.args.window, event.args.succeeded]).to.deep.equal([who.address, 1n, true]);
    expect(await f.paymaster.gasUsed(who.address)).to.equal(event.args.gasCharged);
  });

  it("pays an operation offering exactly the fee cap per gas, and refuses one offering a wei more", async () => {
    const { f, who } = await loadFixture(fixture);
    // The config's "10 gwei", set at deployment and recorded by the event auditors read.
    expect(await f.paymaster.maxFeePerGas()).to.equal(10_000_000_000n);
    const [created] = await f.paymaster.queryFilter(f.paymaster.filters.MaxFeePerGasSet());
    expect([...created.args]).to.deep.equal([0n, FEE_CAP]);

    const over = { ...FEES, maxFeePerGas: FEE_CAP + 1n };
    expect(await refusal(f, await userOp(f, who, [await delegation(f)], { fees: over }))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterFeeTooHigh",
      args: [FEE_CAP + 1n, FEE_CAP],
    });
    // At the cap with all of it as the tip, so the EntryPoint charges exactly the cap per gas: paid.
    const atCap = { maxPriorityFeePerGas: FEE_CAP, maxFeePerGas: FEE_CAP };
    const op = await userOp(f, who, [await delegation(f)], { fees: atCap });
    const [charge] = await operationCharges(f, (await bundle(f, op))!, [op]);
    expect([charge.member, charge.succeeded, charge.gasPrice]).to.deep.equal([who.address, true, FEE_CAP]);
    expect(charge.actualGasCost).to.equal(charge.actualGasUsed * FEE_CAP);
    expect(await f.paymaster.gasUsed(who.address)).to.equal(charge.gasCharged);
  });

  it("bounds what a member's period can cost the deposit: the gas budget times the fee cap", async () => {
    const { f, who } = await loadFixture(fixture);
    // 10,000,000 gas at 10 gwei: 0.1 ETH per member per period, whatever fee operations name.
    expect(GAS_BUDGET * FEE_CAP).to.equal(100_000_000_000_000_000n);
    const atCap = { maxPriorityFeePerGas: FEE_CAP, maxFeePerGas: FEE_CAP };
    const deposit = await f.paymaster.deposited();
    let [operations, paid, gasPaid, gasCounted] = [0, 0n, 0n, 0n];
    // Operations at the cap, all of it as the tip, until the budget cannot hold the next one's reservation.
    while (GAS_BUDGET - (await f.paymaster.gasUsed(who.address)) >= MAX_GAS && operations < 100) {
      const op = await userOp(f, who, [await delegation(f)], { fees: atCap });
      const [charge] = await operationCharges(f, (await bundle(f, op))!, [op]);
      expect(charge.actualGasCost).to.equal(charge.actualGasUsed * FEE_CAP);
      [operations, paid, gasPaid, gasCounted] = [
        operations + 1,
        paid + charge.actualGasCost,
        gasPaid + charge.actualGasUsed,
        gasCounted + charge.gasCharged,
      ];
    }
    const refused = await refusal(f, await userOp(f, who, [await delegation(f)], { fees: atCap }));
    expect(refused.error).to.equal("PaymasterOverBudget");
    // The deposit paid each operation's gas at the cap; the budget counted at least that much gas.
    expect(deposit - (await f.paymaster.deposited())).to.equal(paid);
    expect(paid).to.equal(gasPaid * FEE_CAP);
    expect(await f.paymaster.gasUsed(who.address)).to.equal(gasCounted);
    expect(gasPaid <= gasCounted && gasCounted <= GAS_BUDGET).to.equal(true);
    expect(paid <= GAS_BUDGET * FEE_CAP).to.equal(true);
  });

  it("takes its fee cap from the timelock alone, recording the old and the new cap", async () => {
    const { f, who } = await loadFixture(fixture);
    const governor = await f.fund.governor.getAddress();
    await impersonateAccount(governor);
    await setBalance(governor, ethers.parseEther("1"));
    const others = [f.outsider, f.deployer, f.guardian, f.registrar, f.voters[0], f.bundler];
    for (const caller of [...others, await ethers.getSigner(governor)])
      await expect(f.paymaster.connect(caller).setMaxFeePerGas(FEE_CAP * 100n))
        .to.be.revertedWithCustomError(f.paymaster, "OwnableUnauthorizedAccount")
        .withArgs(caller.address);
    expect(await f.paymaster.maxFeePerGas()).to.equal(FEE_CAP);

    const timelock = f.paymaster.connect(await asTimelock(f));
    await expect(timelock.setMaxFeePerGas(FEE_CAP / 2n))
      .to.emit(f.paymaster, "MaxFeePerGasSet")
      .withArgs(FEE_CAP, FEE_CAP / 2n);
    // The new cap holds from the next operation.
    expect(await refusal(f, await userOp(f, who, [await delegation(f)]))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterFeeTooHigh",
      args: [FEE_CAP, FEE_CAP / 2n],
    });
    await bundle(f, await userOp(f, who, [await delegation(f)], { fees: { ...FEES, maxFeePerGas: FEE_CAP / 2n } }));
    expect(await f.fund.membership!.delegates(who.address)).to.equal(f.voters[1].address);
  });

  it("has its fee cap changed by a proposal the members pass", async () => {
    const { f } = await loadFixture(fixture);
    const paymaster = (await f.paymaster.getAddress()) as Address;
    const raise = f.paymaster.interface.encodeFunctionData("setMaxFeePerGas", [FEE_CAP * 3n]) as Hex;
    const p = new ProposalDriver(f.fund, f.voters[0], single(paymaster, raise), "Pay up to 30 gwei per gas");
    const executed = await p.passAndExecute(f.voters.slice(0, 3));
    await expect(executed)
      .to.emit(f.paymaster, "MaxFeePerGasSet")
      .withArgs(FEE_CAP, FEE_CAP * 3n);
    expect(await f.paymaster.maxFeePerGas()).to.equal(30_000_000_000n);
  });

  it("takes its rules, withdrawals and stake only from the timelock", async () => {
    const { f } = await loadFixture(fixture);
    const outsider = f.paymaster.connect(f.outsider);
    const governor = await f.fund.governor.getAddress();
    const selector = f.fund.governor.interface.getFunction("castVoteWithReasonAndParams")!.selector;
    for (const attempt of [
      () => outsider.setGasBudget(1n),
      () => outsider.setMaxFeePerGas(1n),
      () => outsider.setAllowedActions([governor], [selector], true),
      () => outsider.withdraw(f.outsider.address, 1n),
      () => outsider.addStake(1, { value: 1n }),
      () => outsider.unlockStake(),
      () => outsider.withdrawStake(f.outsider.address),
    ])
      await expect(attempt())
        .to.be.revertedWithCustomError(f.paymaster, "OwnableUnauthorizedAccount")
        .withArgs(f.outsider.address);
    const timelock = f.paymaster.connect(await asTimelock(f));
    await expect(timelock.setAllowedActions([governor], [selector], true))
      .to.emit(f.paymaster, "ActionAllowed")
      .withArgs(governor, selector, true);
    // castVote, castVoteWithReason, their two by-signature forms (the relay's), and this one.
    expect(await f.paymaster.allowedActionCount(governor)).to.equal(5n);
    await expect(timelock.renounceOwnership()).to.be.revertedWithCustomError(
      f.paymaster,
      "PaymasterOwnershipNotRenounceable",
    );
    const before = await ethers.provider.getBalance(f.recipient.address);
    await expect(timelock.withdraw(f.recipient.address, 7n))
      .to.emit(f.paymaster, "Withdrawn")
      .withArgs(f.recipient.address, 7n);
    expect(await ethers.provider.getBalance(f.recipient.address)).to.equal(before + 7n);
    expect(await f.paymaster.deposited()).to.equal(ethers.parseEther("10") - 7n);
  });

  it("is topped up by a proposal: a treasury payment lands in its EntryPoint deposit", async () => {
    const { f } = await loadFixture(fixture);
    const amount = ethers.parseEther("2");
    await f.fund.treasury.deposit(ZeroHash, { value: amount });
    const paymaster = await f.paymaster.getAddress();
    const p = await ProposalDriver.grant(
      f.fund,
      f.voters[0],
      { asset: ETH_ADDRESS, recipient: paymaster, amount },
      "Gas for voting",
    );
    const before = await f.paymaster.deposited();
    await p.passAndExecute(f.voters.slice(0, 3));
    expect(await f.paymaster.deposited()).to.equal(before + amount);
    expect(await ethers.provider.getBalance(paymaster)).to.equal(0n);
  });
});
