import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, setBalance, time } from "@nomicfoundation/hardhat-network-helpers";
import type { Address, Hex } from "viem";
import { BudgetRound__factory } from "../../typechain-types";
import { asTimelock, bundle, FEE_CAP, GAS_BUDGET, MAX_GAS, refusal } from "./accountsFixture";
import { operationCharges } from "./operationCharges";
import {
  allowRoundActions,
  relayFund as fixture,
  relayOp,
  roundInVoting,
  signAction,
  sponsoredEvent,
} from "./relayFixture";

describe("SignatureRelay", () => {
  // The fixture empties a member's wallet; later test files in the same worker share this chain.
  after(async () => {
    const { member } = await loadFixture(fixture);
    await setBalance(member.address, 10_000n * 10n ** 18n);
  });

  it("carries a member's signed vote, paid by the fund and counted against the member's budget", async () => {
    const { f, p, member, vote } = await loadFixture(fixture);
    const signed = await signAction(vote(0));
    const relay = await f.relay.getAddress();
    // Valid until the proposal's deadline (the relay refuses a vote after it in validation).
    expect([...(await f.relay.signerOf((await relayOp(f, signed)).callData))]).to.deep.equal([
      member.address,
      true,
      await f.fund.governor.proposalDeadline(p.id),
    ]);
    const receipt = await bundle(f, await relayOp(f, signed));
    const [charged, window, gasCharged, , succeeded] = sponsoredEvent(f, receipt);
    expect([charged, succeeded]).to.deep.equal([member.address, true]);
    expect(window).to.equal(await f.paymaster.windowAt(await time.latest()));
    expect(await f.paymaster.gasUsed(member.address)).to.equal(gasCharged);
    expect(await f.paymaster.gasLeft(member.address)).to.equal(GAS_BUDGET - gasCharged);
    expect(await f.paymaster.gasUsed(relay)).to.equal(0n);
    expect(await f.fund.governor.hasVoted(p.id, member.address)).to.equal(true);
    const [against, forVotes] = await f.fund.governor.proposalVotes(p.id);
    expect([against, forVotes]).to.deep.equal([1n, 0n]);
    expect(await ethers.provider.getBalance(member.address)).to.equal(0n);
    expect(await ethers.provider.getBalance(relay)).to.equal(0n);
    // The member's operations have their own nonce sequence at the relay (key: the address).
    const key = BigInt(member.address);
    expect(await f.entryPoint.getNonce(relay, key)).to.equal((key << 64n) + 1n);
  });

  it("refuses in validation a signature by someone else, a stale one and a replayed one", async () => {
    const { f, member, vote } = await loadFixture(fixture);
    const forged = await signAction(vote(1), f.voters[6].address);
    expect(await refusal(f, await relayOp(f, forged))).to.deep.equal({
      reason: "AA24 signature error",
      error: null,
      args: [],
    });
    const signed = await signAction(vote(1));
    // Someone sends the signed vote directly first: the nonce moves on, the signature is spent.
    await f.fund.governor.connect(f.voters[1]).castVoteBySig(signed.proposalId, 1, member.address, signed.signature);
    expect((await refusal(f, await relayOp(f, signed))).reason).to.equal("AA24 signature error");
    // A relayed delegation, then the same operation again with a fresh EntryPoint nonce.
    const delegation = await signAction({
      kind: "delegation",
      votes: (await f.fund.membership!.getAddress()) as Address,
      signer: member.address as Address,
      delegatee: f.voters[2].address as Address,
      expiry: BigInt(await time.latest()) + 3600n,
    });
    await bundle(f, await relayOp(f, delegation));
    expect(await f.fund.membership!.delegates(member.address)).to.equal(f.voters[2].address);
    expect((await refusal(f, await relayOp(f, delegation))).reason).to.equal("AA24 signature error");
    // A delegation whose signature recovers to nobody in particular.
    const garbled = { ...delegation, nonce: 1n, signature: `0x${"11".repeat(64)}1b` as Hex };
    expect((await refusal(f, await relayOp(f, garbled))).reason).to.equal("AA24 signature error");
  });

  it("refuses a non-member's signature, an action the members do not sponsor, and a key not the signer's", async () => {
    const { f, governor, vote } = await loadFixture(fixture);
    const outsider = await signAction(vote(1, f.outsider.address));
    expect(await refusal(f, await relayOp(f, outsider))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterNotMember",
      args: [f.outsider.address],
    });
    const signed = await signAction(vote(1));
    const member = f.voters[5].address;
    expect(await refusal(f, await relayOp(f, signed, { key: BigInt(f.voters[6].address) }))).to.deep.equal({
      reason: "AA23 reverted",
      error: "SignatureRelayWrongNonceKey",
      args: [member, BigInt(f.voters[6].address)],
    });
    // The relay carries by-signature actions only.
    const direct = f.fund.governor.interface.encodeFunctionData("castVote", [signed.proposalId, 1]);
    const castVote = direct.slice(0, 10);
    const { encodeAccountCalls } = await import("../../sdk/accounts/passkeyAccount");
    const callData = encodeAccountCalls([{ to: governor, data: direct as Hex }]);
    expect(await refusal(f, await relayOp(f, signed, { callData }))).to.deep.equal({
      reason: "AA23 reverted",
      error: "SignatureRelayUnsupportedCall",
      args: [castVote],
    });
    // The members stop sponsoring votes by signature: refused with the action.
    const bySig = f.fund.governor.interface.getFunction("castVoteBySig")!.selector;
    await f.paymaster.connect(await asTimelock(f)).setAllowedActions([governor], [bySig], false);
    expect(await refusal(f, await relayOp(f, signed))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterActionNotAllowed",
      args: [governor, bySig],
    });
  });

  it("keeps relayed actions within the signer's budget, and charges nothing for an expired one", async () => {
    const { f, member, vote } = await loadFixture(fixture);
    const membership = (await f.fund.membership!.getAddress()) as Address;
    const delegate = async (to: string, expiry: bigint) =>
      signAction({
        kind: "delegation",
        votes: membership,
        signer: member.address as Address,
        delegatee: to as Address,
        expiry,
      });
    // An expired delegation is refused by its deadline (the operation's validity), charging nothing.
    const soon = BigInt(await time.latest()) + 60n;
    const late = await delegate(f.voters[3].address, soon);
    await time.increaseTo(soon + 1n);
    expect((await refusal(f, await relayOp(f, late))).reason).to.equal("AA22 expired or not due");
    expect(await f.paymaster.gasUsed(member.address)).to.equal(0n);
    await bundle(f, await relayOp(f, await delegate(f.voters[2].address, soon + 3600n)));
    const used = await f.paymaster.gasUsed(member.address);
    await f.paymaster.connect(await asTimelock(f)).setGasBudget(used + MAX_GAS - 1n);
    expect(await refusal(f, await relayOp(f, await signAction(vote(1))))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterOverBudget",
      args: [member.address, used, MAX_GAS, used + MAX_GAS - 1n],
    });
    // Another member's relayed vote has its own budget.
    const other = await signAction(vote(1, f.voters[6].address));
    await bundle(f, await relayOp(f, other));
    expect(await f.fund.governor.hasVoted(other.proposalId, f.voters[6].address)).to.equal(true);
  });

  it("refuses a signed vote relayed at more per gas than the cap, as a bundler pocketing the fee would send it", async () => {
    const { f, p, member, vote } = await loadFixture(fixture);
    const signed = await signAction(vote(1));
    const deposit = await f.paymaster.deposited();
    // The member signed only the vote: whoever relays it writes the fee, and a bundler that is the
    // bundle's beneficiary keeps it. At 1,000 gwei, all of it as tip, the vote's ~330,000 gas would
    // cost the deposit 0.33 ETH, a hundred times what it costs at the cap.
    const greedy = { maxPriorityFeePerGas: 1_000_000_000_000n, maxFeePerGas: 1_000_000_000_000n };
    const tooHigh = (fee: bigint) => f.paymaster.interface.encodeErrorResult("PaymasterFeeTooHigh", [fee, FEE_CAP]);
    await expect(f.entryPoint.handleOps([await relayOp(f, signed, { fees: greedy })], f.bundler.address))
      .to.be.revertedWithCustomError(f.entryPoint, "FailedOpWithRevert")
      .withArgs(0n, "AA33 reverted", tooHigh(1_000_000_000_000n));
    // Nor a wei over the cap.
    const justOver = { maxPriorityFeePerGas: FEE_CAP + 1n, maxFeePerGas: FEE_CAP + 1n };
    expect(await refusal(f, await relayOp(f, signed, { fees: justOver }))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterFeeTooHigh",
      args: [FEE_CAP + 1n, FEE_CAP],
    });
    expect(await f.paymaster.deposited()).to.equal(deposit);
    expect(await f.paymaster.gasUsed(member.address)).to.equal(0n);
    // The refusals spent nothing, the signature included: relayed at the cap, the most per gas it can cost.
    const op = await relayOp(f, signed, { fees: { maxPriorityFeePerGas: FEE_CAP, maxFeePerGas: FEE_CAP } });
    const [charge] = await operationCharges(f, (await bundle(f, op))!, [op]);
    expect([charge.member, charge.succeeded, charge.gasPrice]).to.deep.equal([member.address, true, FEE_CAP]);
    expect(deposit - (await f.paymaster.deposited())).to.equal(charge.actualGasUsed * FEE_CAP);
    expect(await f.fund.governor.hasVoted(p.id, member.address)).to.equal(true);
  });

  it("carries a vote with a reason and a round ballot, and refuses a round the members have not listed", async () => {
    const { f, p, member, governor } = await loadFixture(fixture);
    const reason = `pulje-text:0x${"ab".repeat(32)}`;
    const withReason = await signAction({
      kind: "voteWithReason",
      governor,
      voter: member.address as Address,
      proposalId: p.id,
      support: 2,
      reason,
    });
    await bundle(f, await relayOp(f, withReason));
    const [, , abstain] = await f.fund.governor.proposalVotes(p.id);
    expect(abstain).to.equal(1n);

    const r = await roundInVoting(f);
    const round = (await r.round.getAddress()) as Address;
    const ballot = await signAction({
      kind: "ballot",
      round,
      voter: member.address as Address,
      ideaIds: [1n],
      deadline: BigInt(await time.latest()) + 3600n,
    });
    expect(await refusal(f, await relayOp(f, ballot))).to.deep.equal({
      reason: "AA33 reverted",
      error: "PaymasterTargetNotAllowed",
      args: [round],
    });
    await allowRoundActions(f, r.round);
    await bundle(f, await relayOp(f, ballot));
    const [picks, district] = await r.round.ballotOf(member.address);
    expect([picks, district]).to.deep.equal([1n, 1n]);
    expect(await ethers.provider.getBalance(member.address)).to.equal(0n);
  });

  it("has no owner, refuses ETH, executes only for the EntryPoint, and checks what the targets check", async () => {
    const { f } = await loadFixture(fixture);
    const relay = await f.relay.getAddress();
    await expect(f.voters[0].sendTransaction({ to: relay, value: 1n })).to.be.revertedWithCustomError(
      f.relay,
      "SignatureRelayHoldsNoFunds",
    );
    await expect(f.relay.connect(f.voters[0]).execute(`0x01${"00".repeat(31)}`, "0x"))
      .to.be.revertedWithCustomError(f.relay, "AccountUnauthorized")
      .withArgs(f.voters[0].address);
    const round = BudgetRound__factory.connect(f.contracts.roundImplementation!, f.bundler);
    expect(await f.relay.ROUND_BALLOT_TYPEHASH()).to.equal(await round.BALLOT_TYPEHASH());
    expect(await f.relay.BALLOT_TYPEHASH()).to.equal(await f.fund.governor.BALLOT_TYPEHASH());
    expect(await f.relay.EXTENDED_BALLOT_TYPEHASH()).to.equal(await f.fund.governor.EXTENDED_BALLOT_TYPEHASH());
  });
});
