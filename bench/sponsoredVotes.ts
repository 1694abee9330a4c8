/**
 * Votes in one bundle: ten members' passkey accounts (deployed, each has voted before, as the
 * direct voter has) vote on one proposal in ONE handleOps transaction, against the same vote
 * alone in its bundle and sent directly, all from the same chain state (a snapshot restored
 * before each run). Each run with the test fixture's gas limits and with the limits a bundler
 * would set (bench/sponsoredAccounting.ts's bundlerLimits): preVerificationGas estimated for an
 * operation alone, as a bundler quotes it before it knows the bundle, or this bundle's
 * unmetered gas shared among its operations, the least the fund could pay.
 */
import { dataSlice, getAddress, keccak256, toUtf8Bytes } from "ethers";
import { takeSnapshot } from "@nomicfoundation/hardhat-network-helpers";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import { ProposalDriver } from "../test/helpers/governance";
import {
  asTimelock,
  resident,
  userOp,
  type Call,
  type Resident,
  type SponsoredFund,
} from "../test/accounts/accountsFixture";
import { bundlerLimits, type GasLimits } from "./sponsoredAccounting";
import { breakdown, breakdownAddresses, perOperation, type Breakdown } from "./sponsoredBreakdown";
import { accountedOps, handleOps, withLimits, type UserOp } from "./sponsoredBundle";

/** How many votes the bundle carries. */
export const VOTES_PER_BUNDLE = 10;
/** Members beyond the ten voters, so the proposal's quorum stays out of reach of all the votes. */
const MORE_MEMBERS = 30;

/** One handleOps transaction's figures, per vote. */
export interface BundleRun {
  /** Which limits the operations carried. */
  limits:
    | "test limits"
    | "bundler limits, preVerificationGas of a lone operation"
    | "bundler limits, preVerificationGas shared";
  votes: number;
  handleOps: number;
  /** handleOps gas / votes: what the bundler pays the chain per vote. */
  handleOpsPerVote: number;
  /** The EntryPoint's actualGasUsed, averaged: what the fund's deposit pays per vote. */
  fundPaysPerVote: number;
  /** Of that, the unused-gas penalties (execution and postOp), averaged. */
  penaltyPerVote: number;
  /** Of that, the preVerificationGas the operations declared, averaged. */
  preVerificationGasPerVote: number;
  /** The gas limits of the first operation. */
  operationLimits: GasLimits;
}

export interface BundledVotes {
  /** A member's EOA voting on the same proposal, from the same state (it has voted before too). */
  direct: number;
  runs: BundleRun[];
  /** The last run (the bundler's limits, preVerificationGas shared) part by part, per vote. */
  partsPerVote: Breakdown;
}

/** Fails the run if `votes` more For votes would reach quorum: that vote also writes the extended deadline. */
export async function belowQuorumAfter(f: SponsoredFund, proposalId: bigint, votes: number): Promise<void> {
  const [, forVotes, abstain] = await f.fund.governor.proposalVotes(proposalId);
  const quorum = await f.fund.governor.quorum(await f.fund.governor.proposalSnapshot(proposalId));
  if (forVotes + abstain + BigInt(votes) >= quorum) throw new Error(`bench: ${votes} more votes would reach quorum`);
}

/**
 * A proposal (a 1 wei grant) open for votes, titled `title`: with sequential proposal ids the
 * same proposer's same grant under the same title is the same proposal, which cannot be proposed twice.
 */
async function openProposal(f: SponsoredFund, proposer: (typeof f.voters)[number], title: string) {
  const p = await ProposalDriver.grant(
    f.fund,
    proposer,
    { asset: ETH_ADDRESS, recipient: f.recipient.address, amount: 1n },
    title,
  );
  await p.propose();
  await p.waitForSnapshot();
  return p;
}

export async function bundledVotes(f: SponsoredFund): Promise<BundledVotes> {
  const { governor, membership } = { governor: f.fund.governor, membership: f.fund.membership! };
  const [, v1, v2, v3, v4] = f.voters;
  const timelock = await asTimelock(f);
  const voters: Resident[] = [];
  for (let i = 0; i < VOTES_PER_BUNDLE; i++) {
    const voter = await resident(f, false);
    await membership.connect(timelock).addMember(voter.address, 0);
    voters.push(voter);
  }
  for (let i = 0; i < MORE_MEMBERS; i++) {
    const address = getAddress(dataSlice(keccak256(toUtf8Bytes(`Pulje bench bundle member ${i}`)), 12));
    await membership.connect(timelock).addMember(address, 1);
  }
  const voteOn = async (id: bigint): Promise<Call> => ({
    target: await governor.getAddress(),
    data: governor.interface.encodeFunctionData("castVote", [id, 1]),
  });

  // Each account's first operation deploys it and votes on an earlier proposal: after it, as for
  // the direct voter, a vote writes a word of the voter's "has voted" bitmap that is not empty.
  const earlier = await openProposal(f, v3, "Bench: the voters' earlier proposal");
  const firstVotes = [];
  for (const voter of voters) firstVotes.push(await userOp(f, voter, [await voteOn(earlier.id)]));
  await handleOps(f, firstVotes);

  const p = await openProposal(f, v4, "Bench: ten votes in one bundle");
  if (p.id >> 8n !== earlier.id >> 8n)
    throw new Error("bench: the two proposals' votes fall in different bitmap words");
  const vote = await voteOn(p.id);
  await governor.connect(v1).castVote(p.id, 1); // the proposal's first vote caches its quorum
  await belowQuorumAfter(f, p.id, 1 + VOTES_PER_BUNDLE);
  const direct = Number((await (await governor.connect(v2).castVote(p.id, 1)).wait())!.gasUsed);

  const state = await takeSnapshot();
  const ops: UserOp[] = [];
  for (const voter of voters) ops.push(await userOp(f, voter, [vote]));
  const limited = (limits: GasLimits) => Promise.all(ops.map((op, i) => withLimits(f, voters[i], op, limits)));
  const run = async (limits: BundleRun["limits"], sent: UserOp[]) => {
    const { charges, trace, tx } = await accountedOps(f, sent);
    await state.restore();
    const addresses = await breakdownAddresses(
      f,
      voters.slice(0, sent.length).map((v) => v.address),
      vote.target,
    );
    const total = (pick: (o: (typeof charges.operations)[number]) => number) =>
      Math.round(charges.operations.reduce((sum, o) => sum + pick(o), 0) / sent.length);
    return {
      charges,
      parts: breakdown(trace, tx, charges.gasUsed, addresses),
      result: {
        limits,
        votes: sent.length,
        handleOps: charges.gasUsed,
        handleOpsPerVote: Math.round(charges.gasUsed / sent.length),
        fundPaysPerVote: total((o) => o.actualGasUsed),
        penaltyPerVote: total((o) => o.executionPenalty + o.postOpPenalty),
        preVerificationGasPerVote: total((o) => o.preVerificationGas),
        operationLimits: charges.operations[0].limits,
      } satisfies BundleRun,
    };
  };

  const alone = await run("test limits", [ops[0]]);
  // What a bundler estimates for one operation: its parts' use alone, plus the margin.
  const lone = bundlerLimits(alone.charges.operations[0], alone.charges.unmetered);
  const aloneTight = await run("bundler limits, preVerificationGas of a lone operation", [
    await withLimits(f, voters[0], ops[0], lone),
  ]);
  const test = await run("test limits", ops);
  const quoted = await run("bundler limits, preVerificationGas of a lone operation", await limited(lone));
  const shared = bundlerLimits(alone.charges.operations[0], quoted.charges.unmetered / ops.length);
  const tight = await run("bundler limits, preVerificationGas shared", await limited(shared));
  return {
    direct,
    runs: [alone.result, aloneTight.result, test.result, quoted.result, tight.result],
    partsPerVote: perOperation(tight.parts),
  };
}
