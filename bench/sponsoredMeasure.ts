/**
 * Gas of members' actions on Hardhat's in-process chain: each sent directly by an EOA, and the
 * same action as a passkey account's user operation that the fund's paymaster pays (one operation
 * per handleOps, as a quiet bundler sends it), plus an account's first operation, which deploys
 * it. The chain's hardfork decides whether OpenZeppelin's P256 finds the precompile (EIP-7951 at
 * 0x100, from Osaka) or verifies in Solidity: PULJE_HARDFORK=prague leaves it out (hardhat.config.ts).
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
  bundle,
  resident,
  sponsoredFund,
  userOp,
  type Call,
  type Resident,
  type SponsoredFund,
} from "../test/accounts/accountsFixture";
import type { Hex } from "viem";
import type { OperationGas, SponsoredGas } from "./sponsoredReport";

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

/** One operation in its own handleOps: the bundle's gas, and what the EntryPoint and the paymaster charged. */
async function sponsored(f: SponsoredFund, who: Resident, calls: Call[]): Promise<OperationGas> {
  const receipt = (await bundle(f, await userOp(f, who, calls)))!;
  const entryPoint = (await f.entryPoint.getAddress()).toLowerCase();
  const paymaster = (await f.paymaster.getAddress()).toLowerCase();
  const logs = receipt.logs.map((log) =>
    log.address.toLowerCase() === entryPoint
      ? f.entryPoint.interface.parseLog(log)
      : log.address.toLowerCase() === paymaster
        ? f.paymaster.interface.parseLog(log)
        : null,
  );
  const operation = logs.find((l) => l?.name === "UserOperationEvent");
  const charge = logs.find((l) => l?.name === "Sponsored");
  if (!operation || !charge) throw new Error("bench: the bundle has no UserOperationEvent or Sponsored event");
  if (!operation.args.success) throw new Error(`bench: the operation of ${who.address} reverted`);
  return {
    bundle: Number(receipt.gasUsed),
    charged: Number(operation.args.actualGasUsed),
    budgetCharged: Number(charge.args.gasCharged),
    weiCharged: charge.args.weiCharged.toString(),
  };
}

/** Fails the run if this vote would reach quorum: that vote also writes the extended deadline. */
async function belowQuorumAfterOneMore(f: SponsoredFund, proposalId: bigint): Promise<void> {
  const [, forVotes, abstain] = await f.fund.governor.proposalVotes(proposalId);
  const quorum = await f.fund.governor.quorum(await f.fund.governor.proposalSnapshot(proposalId));
  if (forVotes + abstain + 1n >= quorum) throw new Error("bench: a measured vote would reach quorum");
}

async function main(): Promise<void> {
  const f = await sponsoredFund();
  const { governor, membership } = { governor: f.fund.governor, membership: f.fund.membership! };
  const [v0, v1, v2, , v4, v5, v6] = f.voters;
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  // The round opens first: its proposal passes with the test fund's quorum.
  const r = await openRound(f);
  const timelock = await asTimelock(f);
  for (let i = 0; i < EXTRA_MEMBERS; i++) {
    const address = getAddress(dataSlice(keccak256(toUtf8Bytes(`Pulje bench member ${i}`)), 12));
    await membership.connect(timelock).addMember(address, 1);
  }
  // Both residents live in district 0 (Skovlunde), as voters 0 and 4 do.
  const member = await resident(f);
  const newcomer = await resident(f);
  const round = await r.round.getAddress();
  const allow = roundSponsorshipActions((await f.paymaster.getAddress()) as Hex, round as Hex);
  await timelock.sendTransaction({ to: allow.targets[0], data: allow.calldatas[0] });

  // The member's account exists from here on (its first operation: delegating to itself).
  await sponsored(f, member, [
    {
      target: await membership.getAddress(),
      data: membership.interface.encodeFunctionData("delegate", [member.address]),
    },
  ]);

  const idea = (n: number) =>
    r.round.interface.encodeFunctionData("submitIdea", [0, DKKT(10_000n), text(`Bench idea ${n}`)]);
  await r.round.connect(v0).submitIdea(0, DKKT(10_000n), text("Bench idea 1")); // the district's first
  const submitIdea = {
    direct: await direct(r.round.connect(v4).submitIdea(0, DKKT(10_000n), text("Bench idea 2"))),
    sponsored: await sponsored(f, member, [{ target: round, data: idea(3) }]),
  };

  const p = await ProposalDriver.openForVotes(f.fund, v0, f.recipient.address);
  const voteData = governor.interface.encodeFunctionData("castVote", [p.id, 1]);
  const vote: Call = { target: await governor.getAddress(), data: voteData };
  await governor.connect(v1).castVote(p.id, 1); // the proposal's first vote for
  await belowQuorumAfterOneMore(f, p.id);
  const directVote = await direct(governor.connect(v2).castVote(p.id, 1));
  await belowQuorumAfterOneMore(f, p.id);
  const castVote = { direct: directVote, sponsored: await sponsored(f, member, [vote]) };
  await belowQuorumAfterOneMore(f, p.id);
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
    p256Precompile: await hasP256Precompile(),
    passkeyCheck: await passkeyCheck(f),
    actions: { castVote, castBallot, submitIdea, delegate },
    firstOperation: { action: "castVote", ...firstOperation },
  };
  const json = JSON.stringify(measured, null, 2) + "\n";
  if (process.env.SPONSORED_GAS_OUT) writeFileSync(process.env.SPONSORED_GAS_OUT, json);
  else process.stdout.write(json);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
