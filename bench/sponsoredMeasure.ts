/**
 * Gas of members' actions on Hardhat's in-process chain: each sent directly by an EOA, and the
 * same action as a passkey account's user operation that the fund's paymaster pays (one operation
 * per handleOps, as a quiet bundler sends it), plus an account's first operation, which deploys
 * it. The chain's hardfork decides whether OpenZeppelin's P256 finds the precompile (EIP-7951 at
 * 0x100, from Osaka) or verifies in Solidity: PULJE_HARDFORK=prague leaves it out (hardhat.config.ts).
 * With the precompile, also: the sponsored vote's handleOps part by part and what the fund pays
 * with a bundler's gas limits instead of the test's (from its trace, bench/sponsoredBreakdown.ts
 * and bench/sponsoredAccounting.ts), and ten votes in one bundle (bench/sponsoredVotes.ts).
 *
 *   PULJE_HARDFORK=prague SPONSORED_GAS_OUT=/tmp/gas.json npx hardhat run bench/sponsoredMeasure.ts
 *
 * Writes the measurement (SponsoredGas, bench/sponsoredReport.ts) to SPONSORED_GAS_OUT, or prints it.
 * bench/sponsored.ts runs it once per hardfork.
 */
import { writeFileSync } from "node:fs";
import hre, { ethers } from "hardhat";
import {
  concat,
  Contract,
  dataSlice,
  getAddress,
  keccak256,
  toUtf8Bytes,
  ZeroHash,
  type TransactionResponse,
} from "ethers";
import * as P256 from "ox/P256";
import { roundSponsorshipActions } from "../sdk/proposals/sponsorship";
import { ProposalDriver } from "../test/helpers/governance";
import { ReviewReason } from "../test/helpers/codes";
import { Passkey } from "../test/helpers/passkeys";
import { text } from "../test/helpers/texts";
import { DKKT, openRound, toPhase } from "../test/rounds/roundFixture";
import {
  asTimelock,
  resident,
  sponsoredFund,
  userOp,
  type Call,
  type Resident,
  type SponsoredFund,
} from "../test/accounts/accountsFixture";
import { takeSnapshot } from "@nomicfoundation/hardhat-network-helpers";
import type { Hex } from "viem";
import { bundlerLimits, MARGIN_PERCENT } from "./sponsoredAccounting";
import { breakdown, breakdownAddresses } from "./sponsoredBreakdown";
import { accountedOps, handleOps, withLimits, type Sent } from "./sponsoredBundle";
import { BREAKDOWN_METHOD, type OperationGas, type SponsoredGas, type VoteBreakdown } from "./sponsoredReport";
import { belowQuorumAfter, bundledVotes } from "./sponsoredVotes";

/** EIP-7951's P-256 verification precompile (RIP-7212's address on the L2s that have it). */
const P256_PRECOMPILE = "0x0000000000000000000000000000000000000100";
/** Members beyond the test fund's eight, so no measured vote is the one that reaches quorum. */
const EXTRA_MEMBERS = 12;

/** Whether the chain answers a valid P-256 signature at 0x100 with 1 (no code there answers nothing). */
async function hasP256Precompile(): Promise<boolean> {
  const privateKey = P256.randomPrivateKey();
  const { x, y } = P256.getPublicKey({ privateKey });
  const payload = keccak256(toUtf8Bytes("Pulje P-256 probe")) as Hex;
  const { r, s } = P256.sign({ payload, privateKey });
  const word = (n: bigint) => `0x${n.toString(16).padStart(64, "0")}`;
  const answer = await ethers.provider.call({
    to: P256_PRECOMPILE,
    data: concat([payload, word(r), word(s), word(x), word(y)]),
  });
  return answer !== "0x" && BigInt(answer) === 1n;
}

/**
 * Gas of checking one passkey signature: the WebAuthn verifier's ERC-7913 `verify` as its own
 * call, less the transaction's 21,000 (its calldata, about the operation's signature, stays in).
 */
async function passkeyCheck(f: SponsoredFund): Promise<number> {
  const passkey = new Passkey();
  const hash = keccak256(toUtf8Bytes("Pulje passkey check"));
  const verifier = new Contract(
    f.verifier,
    ["function verify(bytes key, bytes32 hash, bytes signature) view returns (bytes4)"],
    ethers.provider,
  );
  const key = concat([passkey.qx, passkey.qy]);
  const signature = passkey.assert(hash);
  if ((await verifier.verify(key, hash, signature)) === "0xffffffff")
    throw new Error("bench: the verifier refused the passkey");
  return Number(await verifier.verify.estimateGas(key, hash, signature)) - 21_000;
}

async function direct(tx: Promise<TransactionResponse>): Promise<number> {
  return Number((await (await tx).wait())!.gasUsed);
}

/** The figures of one operation sent alone in its bundle. */
function operationGas(sent: Sent): OperationGas {
  const [operation] = sent.operations;
  return {
    bundle: Number(sent.receipt.gasUsed),
    charged: operation.actualGasUsed,
    budgetCharged: operation.budgetCharged,
    weiCharged: operation.weiCharged.toString(),
  };
}

/** One operation in its own handleOps: the bundle's gas, and what the EntryPoint and the paymaster charged. */
async function sponsored(f: SponsoredFund, who: Resident, calls: Call[]): Promise<OperationGas> {
  return operationGas(await handleOps(f, [await userOp(f, who, calls)]));
}

/**
 * The sponsored vote, traced: its handleOps part by part and the EntryPoint's charge, then (from
 * the same state, restored) the same vote with the limits a bundler would set from those parts.
 * The chain goes on from the second vote; the figures reported as the sponsored vote are the first's.
 */
async function tracedVote(
  f: SponsoredFund,
  who: Resident,
  vote: Call,
): Promise<{ sponsored: OperationGas; breakdown: VoteBreakdown }> {
  const before = await takeSnapshot();
  const op = await userOp(f, who, [vote]);
  const test = await accountedOps(f, [op]);
  const addresses = await breakdownAddresses(f, [who.address], vote.target);
  const handleOpsParts = breakdown(test.trace, test.tx, Number(test.receipt.gasUsed), addresses);
  const [testCharge] = test.charges.operations;
  await before.restore();
  const limits = bundlerLimits(testCharge, test.charges.unmetered);
  const tight = await accountedOps(f, [await withLimits(f, who, op, limits)]);
  const [tightCharge] = tight.charges.operations;
  if (tightCharge.executionPenalty + tightCharge.postOpPenalty !== 0)
    throw new Error("bench: the bundler's limits still left unused gas to penalise");
  return {
    sponsored: operationGas(test),
    breakdown: {
      method: BREAKDOWN_METHOD,
      handleOps: handleOpsParts,
      fundPays: {
        marginPercent: MARGIN_PERCENT,
        test: { ...testCharge, handleOps: Number(test.receipt.gasUsed) },
        bundler: { ...tightCharge, handleOps: Number(tight.receipt.gasUsed) },
      },
    },
  };
}

async function main(): Promise<void> {
  const f = await sponsoredFund();
  const { governor, membership } = { governor: f.fund.governor, membership: f.fund.membership! };
  const [v0, v1, v2, v3, v4, v5, v6] = f.voters;
  const precompile = await hasP256Precompile();
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  const voteOn = async (id: bigint): Promise<Call> => ({
    target: await governor.getAddress(),
    data: governor.interface.encodeFunctionData("castVote", [id, 1]),
  });
  // The member lives in district 0 (Skovlunde), as voters 0 and 4 do. Its account's first
  // operation (which deploys it) is a vote on an earlier proposal: like the direct voter, who
  // voted on the round's, it has voted before, so its measured vote writes a "has voted" bitmap
  // word that is not empty (~2,900 gas) rather than a fresh one (~20,000). Not a delegation to
  // itself: that fills the delegate slot an unset delegate leaves empty, and its measured
  // delegation would then cost ~17,000 less than the direct voter's first one.
  const member = await resident(f);
  const earlier = await ProposalDriver.openForVotes(f.fund, v3, f.recipient.address);
  await sponsored(f, member, [await voteOn(earlier.id)]);
  // The round opens next: its proposal passes with the test fund's quorum.
  const r = await openRound(f);
  const timelock = await asTimelock(f);
  for (let i = 0; i < EXTRA_MEMBERS; i++) {
    const address = getAddress(dataSlice(keccak256(toUtf8Bytes(`Pulje bench member ${i}`)), 12));
    await membership.connect(timelock).addMember(address, 1);
  }
  const newcomer = await resident(f);
  const round = await r.round.getAddress();
  const allow = roundSponsorshipActions((await f.paymaster.getAddress()) as Hex, round as Hex);
  await timelock.sendTransaction({ to: allow.targets[0], data: allow.calldatas[0] });

  const idea = (n: number) =>
    r.round.interface.encodeFunctionData("submitIdea", [0, DKKT(10_000n), text(`Bench idea ${n}`)]);
  await r.round.connect(v0).submitIdea(0, DKKT(10_000n), text("Bench idea 1")); // the district's first
  const submitIdea = {
    direct: await direct(r.round.connect(v4).submitIdea(0, DKKT(10_000n), text("Bench idea 2"))),
    sponsored: await sponsored(f, member, [{ target: round, data: idea(3) }]),
  };

  const p = await ProposalDriver.openForVotes(f.fund, v0, f.recipient.address);
  if (p.id >> 8n !== earlier.id >> 8n || p.id >> 8n !== r.opening.id >> 8n)
    throw new Error("bench: the proposals' votes fall in different bitmap words");
  const vote = await voteOn(p.id);
  await governor.connect(v1).castVote(p.id, 1); // the proposal's first vote for
  await belowQuorumAfter(f, p.id, 1);
  const directVote = await direct(governor.connect(v2).castVote(p.id, 1));
  await belowQuorumAfter(f, p.id, 1);
  const traced = precompile ? await tracedVote(f, member, vote) : null;
  const castVote = { direct: directVote, sponsored: traced?.sponsored ?? (await sponsored(f, member, [vote])) };
  await belowQuorumAfter(f, p.id, 1);
  const firstOperation = await sponsored(f, newcomer, [vote]);

  const delegateTo = membership.interface.encodeFunctionData("delegate", [v5.address]);
  const delegate = {
    direct: await direct(membership.connect(v6).delegate(v5.address)),
    sponsored: await sponsored(f, member, [{ target: await membership.getAddress(), data: delegateTo }]),
  };

  await toPhase(r.round, "review");
  for (const id of [1n, 2n, 3n])
    await r.round
      .connect(r.reviewer)
      .reviewIdea(id, true, DKKT(10_000n), f.recipient.address, ReviewReason.Feasible, text("Feasible"));
  await toPhase(r.round, "voting");
  await r.round.connect(v0).castBallot([1n]); // the round's first ballot
  const castBallot = {
    direct: await direct(r.round.connect(v4).castBallot([1n])),
    sponsored: await sponsored(f, member, [
      { target: round, data: r.round.interface.encodeFunctionData("castBallot", [[1n]]) },
    ]),
  };

  const measured: SponsoredGas = {
    hardfork: hre.config.networks.hardhat.hardfork,
    p256Precompile: precompile,
    passkeyCheck: await passkeyCheck(f),
    actions: { castVote, castBallot, submitIdea, delegate },
    firstOperation: { action: "castVote", ...firstOperation },
    ...(traced ? { castVoteBreakdown: traced.breakdown, votesInOneBundle: await bundledVotes(f) } : {}),
  };
  const json = JSON.stringify(measured, null, 2) + "\n";
  if (process.env.SPONSORED_GAS_OUT) writeFileSync(process.env.SPONSORED_GAS_OUT, json);
  else process.stdout.write(json);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
