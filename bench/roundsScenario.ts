/**
 * The chain work of the budget-round benchmark (bench/rounds.ts): a fund built by the real
 * deployment module, rounds opened with the real opening actions (sdk/proposals/rounds.ts) sent by
 * the impersonated timelock, ideas, reviews, the measured ballots, and crowds of generated
 * members who vote in mined batches.
 */
import { ethers } from "hardhat";
import { takeSnapshot, time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import {
  dataSlice,
  getAddress,
  id,
  parseEther,
  toQuantity,
  type TransactionReceipt,
  type TransactionResponse,
} from "ethers";
import type { Address } from "viem";
import { deployFund, type DeployedFund } from "../deploy/deployFund";
import { toDeploymentRecord } from "../deploy/deployments";
import { parseFundConfig } from "../sdk/config/fund";
import type { FundAddresses } from "../sdk/contracts/kinds";
import { proposalDescription } from "../sdk/model/description";
import { BALLOT_TYPES, ballotDomain } from "../sdk/model/rounds";
import { roundOpeningActions, type RoundParams } from "../sdk/proposals/rounds";
import {
  BudgetRound__factory,
  DemoStablecoin__factory,
  type BudgetRound,
  type DemoStablecoin,
  type Membership,
} from "../typechain-types";
import { benchText } from "./texts";
import type { RoundsMeasured } from "./roundsReport";

const DAY = 86_400;
const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"];
/** The test fund's rules (test/helpers/fixtures.ts); the governor is not exercised here. */
const RULES = {
  votingDelay: DAY,
  votingPeriod: 5 * DAY,
  lateQuorumExtension: DAY,
  timelockDelay: 2 * DAY,
  quorumPercent: 25,
};
/** Signers 4–23 are members, district i % 4: five per district, enough for the five measured ballots. */
const FIRST_MEMBER_SIGNER = 4;
const MEMBER_SIGNERS = 20;

export const DKKT = (n: bigint) => n * 10n ** 6n;
/** Each of the four districts: 250,000 DKKT, as in test/rounds/roundFixture.ts. */
export const BUDGET = DKKT(250_000n);
/**
 * Every round opens at this fixed time (2040-01-01 UTC) and its schedule follows from it, so
 * createRound's calldata, and with it its gas, is the same on every run.
 */
const OPEN_AT = 2_208_988_800;

/**
 * Crowd transactions per mined block. Small on purpose: with automine off this Hardhat (EDR)
 * re-runs the pending block for every transaction sent, so a send costs more the fuller the
 * block — 320 addMember calls took 3.5 s in blocks of 64, 0.7 s in blocks of 4 (about what
 * automine takes).
 */
const BATCH = 4;
const TX_GAS = 400_000;
/** Crowd ballots repeat a pattern of this many distinct ballots, so 5,000 ballots rank the ideas as 100 do. */
export const PATTERN = 100;

export interface Actors {
  deployer: HardhatEthersSigner;
  registrar: HardhatEthersSigner;
  guardian: HardhatEthersSigner;
  recipient: HardhatEthersSigner;
  /** members[i] is in district i % 4. */
  members: HardhatEthersSigner[];
}

export interface Bench {
  actors: Actors;
  fund: DeployedFund;
  /** The fund's addresses, as its deployments record has them. */
  contracts: FundAddresses;
  membership: Membership;
  rounds: NonNullable<DeployedFund["rounds"]>;
  dkkt: DemoStablecoin;
  /** The fund's timelock, impersonated: it opens rounds without the vote (not what is measured). */
  timelock: HardhatEthersSigner;
  /** Who submits each district's ideas (a member of it: rounds let members submit only for their own). */
  proposers: HardhatEthersSigner[];
}

export interface PreparedRound {
  round: BudgetRound;
  /** Idea ids per district, in slot order. */
  ideas: bigint[][];
  /** createRound, submitIdea and reviewIdea rows. */
  measured: RoundsMeasured;
}

export interface CrowdResult {
  finalize: bigint;
  /** finalizeDistrict of district 1 alone (one approval each: its ideas stay in the rule's worst order), when asked for. */
  finalizeDistrict?: bigint;
  /** Ideas funded, over all districts. */
  funded: number;
  /** release and returnUnspent rows, when the crowd round also paid out. */
  payouts: RoundsMeasured;
}

/* ------------------------------------------ SETUP ----------------------------------------- */

async function getActors(): Promise<Actors> {
  const signers = await ethers.getSigners();
  const [deployer, registrar, guardian, recipient] = signers;
  const members = signers.slice(FIRST_MEMBER_SIGNER, FIRST_MEMBER_SIGNER + MEMBER_SIGNERS);
  if (members.length !== MEMBER_SIGNERS) throw new Error("bench: the hardhat network needs 24 accounts");
  return { deployer, registrar, guardian, recipient, members };
}

/** The fund (deployFund, membership mode), a treasury holding 10,000,000 DKKT, and the timelock's signer. */
export async function setUp(): Promise<Bench> {
  const actors = await getActors();
  const config = parseFundConfig({
    name: "Pulje Budget Bench",
    votingMode: "membership",
    districts: DISTRICTS,
    ...RULES,
    proposalThreshold: 1,
    registrars: [actors.registrar.address],
    // The registrar admits a crowd of thousands before the snapshot: a limit no crowd reaches.
    admissionLimit: { count: 4_294_967_295, period: "1 day" },
    guardian: actors.guardian.address,
    members: actors.members.map((m, i) => ({ account: m.address, district: DISTRICTS[i % DISTRICTS.length] })),
  });
  const fund = await deployFund(actors.deployer, config);
  if (!fund.membership || !fund.rounds) throw new Error("bench: deployFund made no membership or rounds");
  const dkkt = await new DemoStablecoin__factory(actors.deployer).deploy("Demo Danish Krone", "DKKT");
  const pot = DKKT(10_000_000n);
  const treasury = await fund.treasury.getAddress();
  await mined(dkkt.mint(actors.deployer.address, pot));
  await mined(dkkt.approve(treasury, pot));
  await mined(fund.treasury.depositToken(await dkkt.getAddress(), pot, benchText("bench")));
  const timelock = await ethers.getImpersonatedSigner(await fund.timelock.getAddress());
  await ethers.provider.send("hardhat_setBalance", [timelock.address, toQuantity(parseEther("10"))]);
  return {
    actors,
    fund,
    contracts: (await toDeploymentRecord(fund, "hardhat")).contracts,
    membership: fund.membership,
    rounds: fund.rounds,
    dkkt,
    timelock,
    proposers: actors.members.slice(0, DISTRICTS.length),
  };
}

/* ------------------------------------------ ROUNDS ---------------------------------------- */

/** A round's size; everything else is fixed. */
export interface RoundShape {
  districts: number;
  ideasPerDistrict: number;
  title: string;
}

function roundParams(bench: Bench, asset: Address, shape: RoundShape): RoundParams {
  const districts = Array.from({ length: shape.districts }, (_, d) => d);
  return {
    asset,
    districts,
    budgets: districts.map(() => BUDGET),
    ideasEnd: OPEN_AT + 10 * DAY,
    reviewEnd: OPEN_AT + 12 * DAY,
    votingEnd: OPEN_AT + 15 * DAY,
    challengeDelay: DAY,
    payoutWindow: 90 * DAY,
    minPicks: 1,
    maxPicks: 10,
    maxIdeasPerDistrict: shape.ideasPerDistrict,
    maxIdeasPerMember: shape.ideasPerDistrict,
    minApprovals: 1,
    anyMemberMaySubmit: false,
    reviewers: [bench.actors.registrar.address as Address],
    guardian: bench.actors.guardian.address as Address,
    rule: bench.contracts.allocationRule!,
  };
}

/**
 * The opening proposal's two actions (pay the escrow, create the round), sent by the timelock
 * itself: the same calls a passed proposal makes, without the weeks of voting. Returns the
 * round and createRound's gas, as a transaction of its own.
 */
async function openRound(bench: Bench, shape: RoundShape) {
  if ((await time.latest()) >= OPEN_AT) throw new Error("bench: the chain is already past the fixed opening time");
  await time.setNextBlockTimestamp(OPEN_AT);
  const params = roundParams(bench, (await bench.dkkt.getAddress()) as Address, shape);
  const description = proposalDescription(shape.title, benchText(shape.title), bench.actors.deployer.address);
  const { treasury, roundFactory, roundImplementation, payeeRegistry } = bench.contracts;
  const opened = roundOpeningActions(
    { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry },
    params,
    description,
    { verifiedPayeesRequired: false }, // the bench fund leaves payouts unverified
  );
  const gas: bigint[] = [];
  for (const [i, to] of opened.actions.targets.entries()) {
    gas.push(await gasOf(bench.timelock.sendTransaction({ to, data: opened.actions.calldatas[i] })));
  }
  return { round: BudgetRound__factory.connect(opened.round, bench.actors.deployer), createRound: gas[1] };
}

/**
 * Dearest first: with equal approvals every idea then ranks before all earlier ones, so the
 * rule's insertion sort does its most work in the districts where each idea has one approval.
 * 25,000 down to about 10,000 DKKT: ten fit on one ballot, and some of a district's ideas do not
 * fit its budget.
 */
export function ideaCost(slot: number, ideasPerDistrict: number): bigint {
  return DKKT(BigInt(25_000 - Math.floor((slot * 15_000) / ideasPerDistrict)));
}

/** Submits every district's ideas, a little above their cost, by a member of the district. */
async function submitIdeas(bench: Bench, round: BudgetRound, shape: RoundShape, measured: RoundsMeasured) {
  const ideas: bigint[][] = [];
  for (let district = 0; district < shape.districts; district++) {
    const proposer = bench.proposers[district];
    ideas.push([]);
    for (let slot = 0; slot < shape.ideasPerDistrict; slot++) {
      const cost = ideaCost(slot, shape.ideasPerDistrict) + DKKT(1_000n);
      const text = benchText(`idea ${district}/${slot}`);
      const gas = await gasOf(round.connect(proposer).submitIdea(district, cost, text));
      const n = await round.ideaCount();
      // The round's first idea also starts its idea counter from zero; the second is the steady case.
      if (n === 1n) measured["submitIdea (first of the round)"] = gas;
      if (n === 2n) measured["submitIdea"] = gas;
      ideas[district].push(n);
    }
  }
  return ideas;
}

/** Every idea is found feasible at its cost (1,000 DKKT below the estimate), paid to the recipient. */
async function reviewIdeas(bench: Bench, round: BudgetRound, ideas: bigint[][], measured: RoundsMeasured) {
  await time.increaseTo(await round.ideasEnd());
  const reviewer = round.connect(bench.actors.registrar);
  for (const districtIdeas of ideas) {
    for (const [slot, ideaId] of districtIdeas.entries()) {
      const cost = ideaCost(slot, districtIdeas.length);
      const reason = benchText(`review ${ideaId}`);
      const gas = await gasOf(reviewer.reviewIdea(ideaId, true, cost, bench.actors.recipient.address, 0, reason));
      if (ideaId === 1n) measured["reviewIdea (feasible, revised cost)"] = gas;
    }
  }
}

/** A round opened, its ideas submitted and reviewed; the chain is left in the review phase. */
export async function prepareRound(bench: Bench, shape: RoundShape): Promise<PreparedRound> {
  const { round, createRound } = await openRound(bench, shape);
  const measured: RoundsMeasured = { "createRound (4 districts, from the timelock)": createRound };
  const ideas = await submitIdeas(bench, round, shape, measured);
  await reviewIdeas(bench, round, ideas, measured);
  return { round, ideas, measured };
}

/* ----------------------------------------- BALLOTS ---------------------------------------- */

/** The five members of district 0 each cast one measured ballot (the last also replaces it). */
export async function measureBallots(bench: Bench, prepared: PreparedRound): Promise<RoundsMeasured> {
  const { round } = prepared;
  await time.increaseTo(await round.reviewEnd());
  const [one, five, ten, signer, replacer] = bench.actors.members.filter((_, i) => i % DISTRICTS.length === 0);
  const ids = prepared.ideas[0];
  const measured: RoundsMeasured = {
    "castBallot (1 pick)": await gasOf(round.connect(one).castBallot(ids.slice(0, 1))),
    "castBallot (5 picks)": await gasOf(round.connect(five).castBallot(ids.slice(0, 5))),
    "castBallot (10 picks)": await gasOf(round.connect(ten).castBallot(ids.slice(0, 10))),
  };
  const deadline = BigInt(await time.latest()) + 86_400n;
  const signature = await signBallot(round, signer, ids.slice(5, 10), deadline);
  // A relayer (the deployer, to whom `round` is connected) submits the signed ballot.
  measured["castBallotBySig (5 picks)"] = await gasOf(
    round.castBallotBySig(signer.address, ids.slice(5, 10), deadline, signature),
  );
  await mined(round.connect(replacer).castBallot(ids.slice(0, 5)));
  measured["castBallot (replace 5 picks with 5 others)"] = await gasOf(
    round.connect(replacer).castBallot(ids.slice(10, 15)),
  );
  return measured;
}

async function signBallot(
  round: BudgetRound,
  voter: HardhatEthersSigner,
  ideaIds: bigint[],
  deadline: bigint,
): Promise<string> {
  const domain = ballotDomain((await round.getAddress()) as `0x${string}`, 31337);
  const nonce = await round.nonces(voter.address);
  return voter.signTypedData(
    domain,
    { Ballot: [...BALLOT_TYPES.Ballot] },
    { voter: voter.address, ideaIds, nonce, deadline },
  );
}

/* ----------------------------------------- CROWDS ----------------------------------------- */

/** Deterministic addresses for generated members, far from any key the network holds. */
function crowdAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, i) => getAddress(dataSlice(id(`pulje-bench-member-${i}`), 12)));
}

/** Crowd ballot k: up to three ideas of district 0, by a pattern that repeats every PATTERN ballots. */
export function crowdBallot(k: number, ideas: bigint[]): bigint[] {
  const j = k % PATTERN;
  const n = ideas.length;
  const slots = [...new Set([j % n, (5 * j + 3) % n, (11 * j + 7) % n])];
  return slots.map((s) => ideas[s]);
}

interface RawTx {
  from: string;
  to: string;
  data: string;
}

/** Sends with automine off, mining a block every BATCH transactions; every receipt is checked: nothing may fail quietly. */
async function sendInBlocks(txs: RawTx[]): Promise<void> {
  await ethers.provider.send("evm_setAutomine", [false]);
  try {
    for (let start = 0; start < txs.length; start += BATCH) {
      const hashes: string[] = [];
      for (const tx of txs.slice(start, start + BATCH)) {
        hashes.push(await ethers.provider.send("eth_sendTransaction", [{ ...tx, gas: toQuantity(TX_GAS) }]));
      }
      await ethers.provider.send("evm_mine", []);
      for (const hash of hashes) {
        const receipt = await ethers.provider.getTransactionReceipt(hash);
        if (!receipt || receipt.status !== 1) throw new Error(`bench: crowd transaction ${hash} failed`);
      }
    }
  } finally {
    await ethers.provider.send("evm_setAutomine", [true]);
  }
}

/** The registrar admits each account into its district (before reviewEnd); each gets gas money and is impersonated. */
async function admitCrowd(bench: Bench, crowd: { account: string; district: number }[]): Promise<void> {
  for (const { account } of crowd) {
    await ethers.provider.send("hardhat_impersonateAccount", [account]);
    await ethers.provider.send("hardhat_setBalance", [account, toQuantity(parseEther("1"))]);
  }
  const membership = await bench.membership.getAddress();
  await sendInBlocks(
    crowd.map(({ account, district }) => ({
      from: bench.actors.registrar.address,
      to: membership,
      data: bench.membership.interface.encodeFunctionData("addMember", [account, district]),
    })),
  );
}

/** Ideas on one supporter's ballot: maxPicks, and ten of the dearest still fit a district's budget. */
const SUPPORT_PICKS = 10;

/**
 * Districts 1 and up get one approval on every idea, from generated supporters with ten
 * consecutive ideas each: a round counts only ideas with at least minApprovals (1), so this keeps
 * every idea in the tally with equal approvals — the rule's worst order, as without ballots
 * before minApprovals existed.
 */
function supportBallots(ideas: bigint[][]): { district: number; ideaIds: bigint[] }[] {
  return ideas.slice(1).flatMap((districtIdeas, i) =>
    Array.from({ length: Math.ceil(districtIdeas.length / SUPPORT_PICKS) }, (_, k) => ({
      district: i + 1,
      ideaIds: districtIdeas.slice(k * SUPPORT_PICKS, (k + 1) * SUPPORT_PICKS),
    })),
  );
}

/** Every crowd ballot counted: district 0's approvals are exactly the pattern's. */
async function checkApprovals(round: BudgetRound, ideas: bigint[], ballots: number): Promise<void> {
  const expected = new Map<bigint, bigint>();
  for (let k = 0; k < ballots; k++) {
    for (const ideaId of crowdBallot(k, ideas)) expected.set(ideaId, (expected.get(ideaId) ?? 0n) + 1n);
  }
  for (const ideaId of ideas) {
    const approvals = (await round.ideaOf(ideaId)).approvals;
    if (approvals !== (expected.get(ideaId) ?? 0n)) {
      throw new Error(`bench: idea ${ideaId} has ${approvals} approvals, expected ${expected.get(ideaId) ?? 0n}`);
    }
  }
}

/** Every idea of districts 1 and up has exactly one approval, its supporter's. */
async function checkSupport(round: BudgetRound, districts: bigint[][]): Promise<void> {
  for (const ideaId of districts.flat()) {
    const approvals = (await round.ideaOf(ideaId)).approvals;
    if (approvals !== 1n) throw new Error(`bench: idea ${ideaId} has ${approvals} approvals, expected 1`);
  }
}

/** Winners are paid after the challenge delay (two measured), then the rest goes back. */
async function payOut(round: BudgetRound, funded: bigint[]): Promise<RoundsMeasured> {
  await time.increase(await round.challengeDelay());
  const measured: RoundsMeasured = {
    "release (payee's first payment)": await gasOf(round.release(funded[0])),
    release: await gasOf(round.release(funded[1])),
  };
  for (const ideaId of funded.slice(2)) await mined(round.release(ideaId));
  measured["returnUnspent"] = await gasOf(round.returnUnspent());
  return measured;
}

/**
 * From a reviewed round (review phase): `ballots` generated members join district 0, each casts
 * one crowd ballot, supporters give every other district's ideas one approval each, voting ends
 * and the round is finalized; with `payouts`, winners are paid too.
 */
export async function crowdRound(
  bench: Bench,
  prepared: PreparedRound,
  ballots: number,
  payouts = false,
  measureDistrict = false,
): Promise<CrowdResult> {
  const { round, ideas } = prepared;
  const support = supportBallots(ideas);
  const addresses = crowdAddresses(ballots + support.length);
  const crowd = addresses.slice(0, ballots);
  const supporters = addresses.slice(ballots);
  await admitCrowd(bench, [
    ...crowd.map((account) => ({ account, district: 0 })),
    ...support.map(({ district }, k) => ({ account: supporters[k], district })),
  ]);
  await time.increaseTo(await round.reviewEnd());
  const to = await round.getAddress();
  const castBallot = (from: string, ideaIds: bigint[]) => ({
    from,
    to,
    data: round.interface.encodeFunctionData("castBallot", [ideaIds]),
  });
  await sendInBlocks([
    ...crowd.map((from, k) => castBallot(from, crowdBallot(k, ideas[0]))),
    ...support.map(({ ideaIds }, k) => castBallot(supporters[k], ideaIds)),
  ]);
  await checkApprovals(round, ideas[0], ballots);
  await checkSupport(round, ideas.slice(1));
  await time.increaseTo(await round.votingEnd());
  let finalizeDistrict: bigint | undefined;
  if (measureDistrict) {
    // One district on its own, from the same state; then back, so finalize() does them all.
    const tally = await takeSnapshot();
    finalizeDistrict = await gasOf(round.finalizeDistrict(1));
    await tally.restore();
  }
  const receipt = await mined(round.finalize());
  const events = await round.queryFilter(round.filters.IdeaFunded(), receipt.blockNumber, receipt.blockNumber);
  const funded = events.map((e) => e.args.ideaId);
  return {
    finalize: receipt.gasUsed,
    finalizeDistrict,
    funded: funded.length,
    payouts: payouts ? await payOut(round, funded) : {},
  };
}

/** EIP-7825 (Osaka, Hardhat's default hardfork): no transaction may use more gas than this. */
export const TX_GAS_CAP = 16_777_216n;

/* ----------------------------------------- HELPERS ---------------------------------------- */

async function mined(sent: Promise<TransactionResponse>): Promise<TransactionReceipt> {
  const receipt = await (await sent).wait();
  if (!receipt || receipt.status !== 1) throw new Error(`bench: transaction ${receipt?.hash} failed`);
  return receipt;
}

async function gasOf(sent: Promise<TransactionResponse>): Promise<bigint> {
  return (await mined(sent)).gasUsed;
}
