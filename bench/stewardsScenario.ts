/**
 * The chain work of the stewards benchmark (bench/stewards.ts): a fund built by the real
 * deployment module from the demo's configuration (its people, its voting rules), a treasury
 * holding DKKT, and the steps behind each measured row — pools and milestone grants created by
 * passed proposals (sdk/proposals/stewards.ts), micro-grants, attestations, a small budget round, and
 * a treasury grant through the whole vote for the comparison.
 */
import { ethers } from "hardhat";
import { takeSnapshot, time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import { id, parseEther, toQuantity, type TransactionReceipt, type TransactionResponse } from "ethers";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Address } from "viem";
import { deployFund, type DeployedFund } from "../deploy/deployFund";
import { toDeploymentRecord } from "../deploy/deployments";
import { parseFundConfig } from "../sdk/config/fund";
import type { FundAddresses } from "../sdk/contracts/kinds";
import { descriptionHash, proposalDescription } from "../sdk/model/description";
import { supportOf } from "../sdk/model/governance";
import { PAYEE_KINDS, REGISTRATION_SCHEMES } from "../sdk/model/stewards";
import type { ProposalActions } from "../sdk/proposals/actions";
import { grantActions } from "../sdk/proposals/governance";
import { roundOpeningActions, type RoundParams } from "../sdk/proposals/rounds";
import {
  milestoneCancelActions,
  milestoneGrantActions,
  poolCreationActions,
  poolTopUpActions,
  verificationRuleActions,
  type MilestoneGrantPlan,
  type PoolParams,
} from "../sdk/proposals/stewards";
import {
  BudgetRound__factory,
  DemoStablecoin__factory,
  StewardPool__factory,
  type DemoStablecoin,
} from "../typechain-types";
import { benchText } from "./texts";
import type { Comparison, GovernanceRules, Overheads, StewardsMeasured } from "./stewardsReport";

const DAY = 86_400;
export const DKKT = (n: bigint) => n * 10n ** 6n;
/** What every micro-grant and the comparison's treasury grant pay. */
export const GRANT = DKKT(2_500n);
const DANISH_CVR = REGISTRATION_SCHEMES.indexOf("DanishCvr");
/**
 * The bench starts at this fixed time (2040-01-01 UTC) and every date it sends (end dates,
 * attestations' validity, the round's schedule) follows from it: calldata, and with it gas,
 * is then the same on every run although block times follow the wall clock.
 */
const START = 2_208_988_800;
const ROUND_AT = START + DAY;
const POOL_ENDS = START + 200 * DAY;
const TASK_GROUP_ENDS = START + 120 * DAY;
const VALID_UNTIL = START + 365 * DAY;
const RENEWED_UNTIL = START + 730 * DAY;
/** Fixed texts: events and calldata cost by length, so the rows depend on these. */
const REASON = benchText("Football goals for the youth club's summer camp");
const ROOF = "Nyt tag på spejderhytten i Måløv";
/** The registry's PayeeKind: every demo payee is a company or an association. */
const COMPANY = PAYEE_KINDS.indexOf("Company");
const MANDATE = "Small grants for local associations, decided within days";
const EVIDENCE_URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

/** The demo's people (scripts/demo/people.ts), by Hardhat account index. */
const ACCOUNT = {
  deployer: 0,
  registrar: 1,
  guardian: 2,
  firstMember: 3,
  skovlundeUngdomsklub: 19,
  maalovGrundejerforening: 20,
  ballerupNordHave: 21,
  verifier: 24,
  steward: 25,
  bach: 26,
  /** Not a demo person: a payee whose attestation the bench revokes. */
  revoked: 27,
} as const;
/** Members by name (indexes into the demo's 16 members, account 3 onwards). */
const MEMBER = {
  anna: 0,
  bo: 1,
  camilla: 2,
  dennis: 3,
  emma: 4,
  ida: 8,
  lars: 11,
  mette: 12,
  niels: 13,
  olivia: 14,
  peter: 15,
};

export interface Bench {
  fund: DeployedFund;
  /** The fund's addresses, as its deployments record has them. */
  contracts: FundAddresses;
  dkkt: DemoStablecoin;
  token: Address;
  treasury: Address;
  /** The fund's timelock, impersonated: setup that is not itself measured skips the vote. */
  timelock: HardhatEthersSigner;
  signers: HardhatEthersSigner[];
  members: HardhatEthersSigner[];
  /** The demo's voting rules, in seconds. */
  rules: GovernanceRules;
}

/* ------------------------------------------ SETUP ----------------------------------------- */

/** The demo's configuration, deployed by deployFund on a chain moved to START; 10,000,000 DKKT in the treasury. */
export async function setUp(): Promise<Bench> {
  const signers = await ethers.getSigners();
  if (signers.length <= ACCOUNT.revoked) throw new Error("bench: the hardhat network needs 28 accounts");
  if ((await time.latest()) >= START) throw new Error("bench: the chain is already past the fixed start time");
  await time.increaseTo(START);
  const demo: unknown = JSON.parse(readFileSync(join(__dirname, "..", "config", "demo.json"), "utf8"));
  const config = parseFundConfig({ ...(demo as object), name: "Pulje Stewards Bench" });
  const deployer = signers[ACCOUNT.deployer];
  const fund = await deployFund(deployer, config);
  if (!fund.membership || !fund.rounds) throw new Error("bench: deployFund made no membership or rounds");

  const dkkt = await new DemoStablecoin__factory(deployer).deploy("Demo Danish Krone", "DKKT");
  const pot = DKKT(10_000_000n);
  const treasury = await fund.treasury.getAddress();
  await mined(dkkt.mint(deployer.address, pot));
  await mined(dkkt.approve(treasury, pot));
  await mined(fund.treasury.depositToken(await dkkt.getAddress(), pot, benchText("bench")));
  const timelock = await ethers.getImpersonatedSigner(await fund.timelock.getAddress());
  await ethers.provider.send("hardhat_setBalance", [timelock.address, toQuantity(parseEther("10"))]);
  const members = signers.slice(ACCOUNT.firstMember, ACCOUNT.firstMember + config.members.length);
  // The names below (Anna, Emma, …) are the demo's: its members are accounts 3–18, in order.
  if (members.some((m, i) => m.address !== config.members[i].account)) {
    throw new Error("bench: config/demo.json's members are no longer accounts 3–18 in order");
  }
  const { contracts } = await toDeploymentRecord(fund, "hardhat");
  return {
    fund,
    contracts,
    dkkt,
    token: (await dkkt.getAddress()) as Address,
    treasury: contracts.treasury,
    timelock,
    signers,
    members,
    rules: {
      votingDelay: config.votingDelay,
      votingPeriod: config.votingPeriod,
      timelockDelay: config.timelockDelay,
      lateQuorumExtension: config.lateQuorumExtension,
    },
  };
}

/* --------------------------------------- GOVERNANCE --------------------------------------- */

/** A proposal passed and queued, at its eta: execute it when ready. */
interface Queued {
  propose: bigint;
  votes: bigint[];
  queue: bigint;
  proposedAt: number;
  execute(): Promise<TransactionReceipt>;
}

/**
 * Anna proposes; she and the next members vote For until quorum (4 of the demo's 16); the
 * vote ends, it is queued and the timelock delay passes — each step as early as the rules allow.
 */
async function proposeAndQueue(bench: Bench, actions: ProposalActions, title: string): Promise<Queued> {
  const governor = bench.fund.governor;
  const proposer = bench.members[MEMBER.anna];
  const description = proposalDescription(title, benchText(title), proposer.address);
  const hash = descriptionHash(description);
  const args = [actions.targets, actions.values, actions.calldatas] as const;
  const proposed = await mined(governor.connect(proposer).propose(...args, description));
  const proposalId = await governor.getProposalId(...args, hash);
  const snapshot = await governor.proposalSnapshot(proposalId);
  await time.increaseTo(snapshot + 1n);
  // One member, one vote: the quorum is a number of members.
  const needed = Number(await governor.quorum(snapshot));
  const votes: bigint[] = [];
  for (const voter of bench.members.slice(0, needed)) {
    votes.push(await gasOf(governor.connect(voter).castVote(proposalId, supportOf("for"))));
  }
  await time.increaseTo((await governor.proposalDeadline(proposalId)) + 1n);
  const queue = await gasOf(governor["queue(address[],uint256[],bytes[],bytes32)"](...args, hash));
  await time.increaseTo(await governor.proposalEta(proposalId));
  const block = await ethers.provider.getBlock(proposed.blockNumber);
  return {
    propose: proposed.gasUsed,
    votes,
    queue,
    proposedAt: block!.timestamp,
    execute: () => mined(governor["execute(address[],uint256[],bytes[],bytes32)"](...args, hash)),
  };
}

/** The same state twice: the operation with verification required (payee attested), then not, which the chain keeps. */
async function withAndWithoutVerification(bench: Bench, measure: () => Promise<bigint>) {
  const before = await takeSnapshot();
  await asTimelock(bench, verificationRuleActions(bench.contracts.payeeRegistry, true));
  const required = await measure();
  await before.restore();
  const notRequired = await measure();
  return { notRequired, required };
}

/** A passed proposal's calls, sent by the impersonated timelock one by one; returns each one's gas. */
async function asTimelock(bench: Bench, actions: ProposalActions): Promise<bigint[]> {
  const gas: bigint[] = [];
  for (const [i, to] of actions.targets.entries()) {
    gas.push(await gasOf(bench.timelock.sendTransaction({ to, data: actions.calldatas[i], value: actions.values[i] })));
  }
  return gas;
}

/* ----------------------------------------- PAYEES ----------------------------------------- */

/** The verifier attests the demo's payees (first and renewal measured) and revokes one. */
export async function attestPayees(bench: Bench, measured: StewardsMeasured): Promise<void> {
  const registry = bench.fund.payees.connect(bench.signers[ACCOUNT.verifier]);
  // The name and number stay off chain; the registry takes the register, the kind and the identity's commitment.
  const attest = (index: number, name: string, number: string, until = VALID_UNTIL) =>
    gasOf(registry.attest(bench.signers[index].address, DANISH_CVR, COMPANY, benchText(`${name} ${number}`), until));
  measured["attest (first)"] = await attest(ACCOUNT.skovlundeUngdomsklub, "Skovlunde Ungdomsklub", "31425167");
  await attest(ACCOUNT.maalovGrundejerforening, "Måløv Grundejerforening", "27183946");
  await attest(ACCOUNT.ballerupNordHave, "Ballerup Nord Fællesskabshave", "41592653");
  await attest(ACCOUNT.bach, "Tømrerfirmaet Bach ApS", "35897932");
  measured["attest (renewal)"] = await attest(
    ACCOUNT.skovlundeUngdomsklub,
    "Skovlunde Ungdomsklub",
    "31425167",
    RENEWED_UNTIL,
  );
  await attest(ACCOUNT.revoked, "Ballerup Syd Legepladsforening", "38462643");
  measured.revoke = await gasOf(
    registry.revoke(bench.signers[ACCOUNT.revoked].address, 0, benchText("The association was dissolved")),
  );
}

/* ------------------------------------------ ROUND ----------------------------------------- */

/**
 * A one-district, one-idea budget round opened by the timelock, voted and finalized; its
 * release is measured with verification required and not.
 */
export async function roundRelease(bench: Bench) {
  const [anna, registrar] = [bench.members[MEMBER.anna], bench.signers[ACCOUNT.registrar]];
  if ((await time.latest()) >= ROUND_AT) throw new Error("bench: the chain is already past the round's opening time");
  await time.setNextBlockTimestamp(ROUND_AT);
  const params: RoundParams = {
    asset: bench.token,
    districts: [0],
    budgets: [DKKT(100_000n)],
    ideasEnd: ROUND_AT + DAY,
    reviewEnd: ROUND_AT + 2 * DAY,
    votingEnd: ROUND_AT + 3 * DAY,
    challengeDelay: DAY,
    payoutWindow: 90 * DAY,
    minPicks: 1,
    maxPicks: 1,
    maxIdeasPerDistrict: 1,
    maxIdeasPerMember: 1,
    minApprovals: 1,
    anyMemberMaySubmit: false,
    reviewers: [registrar.address as Address],
    guardian: bench.signers[ACCOUNT.guardian].address as Address,
    rule: bench.contracts.allocationRule!,
  };
  const description = proposalDescription(
    "Borgermillion Skovlunde",
    benchText("Borgermillion Skovlunde"),
    anna.address,
  );
  const { treasury, roundFactory, roundImplementation, payeeRegistry } = bench.contracts;
  const opened = roundOpeningActions(
    { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry },
    params,
    description,
    { verifiedPayeesRequired: bench.fund.config.requireVerifiedPayees },
  );
  await asTimelock(bench, opened.actions);
  const round = BudgetRound__factory.connect(opened.round, anna);
  const cost = DKKT(20_000n);
  await mined(round.submitIdea(0, cost, benchText("Benches along the lake path")));
  await time.increaseTo(params.ideasEnd);
  // Not a micro-grant payee: Måløv Grundejerforening's first payment is measured in the pool.
  const payee = bench.signers[ACCOUNT.ballerupNordHave].address;
  await mined(
    round.connect(registrar).reviewIdea(1, true, cost, payee, 0, benchText("Priced by the parks department")),
  );
  await time.increaseTo(params.reviewEnd);
  await mined(round.castBallot([1]));
  await time.increaseTo(params.votingEnd);
  await mined(round.finalize());
  await time.increase(params.challengeDelay);
  return withAndWithoutVerification(bench, () => gasOf(round.release(1)));
}

/* ------------------------------------------ POOLS ----------------------------------------- */

function poolContracts(bench: Bench) {
  const { treasury, poolFactory, poolImplementation } = bench.contracts;
  return { treasury, poolFactory, poolImplementation };
}

function poolParams(bench: Bench, committee: number[], threshold: number, name: string, kind = 0): PoolParams {
  return {
    kind,
    text: benchText(`${name}: ${MANDATE}`),
    token: bench.token,
    capPerGrant: DKKT(5_000n),
    endsAt: kind === 0 ? POOL_ENDS : TASK_GROUP_ENDS,
    committee: committee.map((m) => bench.members[m].address as Address),
    threshold,
  };
}

/**
 * The demo's quick pool (Anna, Emma, Ida; 2 of 3) created by a passed proposal, both ways
 * measured from the same state; then its top-up, also by proposal.
 */
export async function createPool(bench: Bench, measured: StewardsMeasured) {
  const title = "Hurtigpuljen 2026";
  const description = proposalDescription(title, benchText(title), bench.members[MEMBER.anna].address);
  const params = poolParams(bench, [MEMBER.anna, MEMBER.emma, MEMBER.ida], 2, title);
  const created = poolCreationActions(poolContracts(bench), params, DKKT(50_000n), description);
  const queued = await proposeAndQueue(bench, created.actions, title);

  const atEta = await takeSnapshot();
  const [createPoolGas, setAllowanceGas] = await asTimelock(bench, created.actions);
  await atEta.restore();
  measured["create pool: execute (createPool + setAllowance)"] = (await queued.execute()).gasUsed;
  measured["createPool (alone, from the timelock)"] = createPoolGas;
  measured["setAllowance (alone, from the timelock)"] = setAllowanceGas;

  const topUp = await proposeAndQueue(
    bench,
    poolTopUpActions(bench.treasury, created.pool, bench.token, DKKT(25_000n)),
    "More for Hurtigpuljen",
  );
  measured["top-up: execute (increaseAllowance)"] = (await topUp.execute()).gasUsed;
  return StewardPool__factory.connect(created.pool, bench.members[MEMBER.anna]);
}

/**
 * Three micro-grants of the quick pool: to a new payee (the pool's first payment too), to
 * another new payee, and to the first one again (steady); the steady one is also measured
 * with verification required. Anna proposes, Emma's approval is the second and pays.
 */
export async function microGrants(bench: Bench, measured: StewardsMeasured) {
  const pool = await createPool(bench, measured);
  const emma = bench.members[MEMBER.emma];
  const skovlunde = bench.signers[ACCOUNT.skovlundeUngdomsklub].address;
  const maalov = bench.signers[ACCOUNT.maalovGrundejerforening].address;

  measured["proposeGrant (the pool's first)"] = await gasOf(pool.proposeGrant(skovlunde, GRANT, REASON));
  measured["approveGrant (pays: the pool's and the payee's first payment)"] = await gasOf(
    pool.connect(emma).approveGrant(1),
  );
  measured["proposeGrant"] = await gasOf(pool.proposeGrant(maalov, GRANT, REASON));
  measured["approveGrant (pays: the payee's first payment)"] = await gasOf(pool.connect(emma).approveGrant(2));
  const propose = await withAndWithoutVerification(bench, () => gasOf(pool.proposeGrant(skovlunde, GRANT, REASON)));
  const approve = await withAndWithoutVerification(bench, () => gasOf(pool.connect(emma).approveGrant(3)));
  measured["approveGrant (pays, steady)"] = approve.notRequired;
  const paid = await bench.dkkt.balanceOf(skovlunde);
  if (paid !== 2n * GRANT) throw new Error(`bench: Skovlunde Ungdomsklub holds ${paid}, expected ${2n * GRANT}`);
  return {
    quick: { propose: propose.notRequired, approvals: [approve.notRequired] },
    proposeOverhead: propose,
    approveOverhead: approve,
  };
}

/**
 * A task group of 5 with threshold 3 (Mette, Niels, Olivia, Peter, Lars), created by the
 * timelock without a vote (not measured): its second grant gives the non-paying approval and
 * the 3-of-5 quick path.
 */
export async function taskGroup(bench: Bench, measured: StewardsMeasured) {
  const title = "Arbejdsgruppe: Tryg skolevej";
  const description = proposalDescription(title, benchText(title), bench.members[MEMBER.mette].address);
  const committee = [MEMBER.mette, MEMBER.niels, MEMBER.olivia, MEMBER.peter, MEMBER.lars];
  const params = poolParams(bench, committee, 3, title, 1);
  const created = poolCreationActions(poolContracts(bench), params, DKKT(20_000n), description);
  await asTimelock(bench, created.actions);
  const pool = StewardPool__factory.connect(created.pool, bench.members[MEMBER.mette]);
  const [niels, olivia] = [bench.members[MEMBER.niels], bench.members[MEMBER.olivia]];
  const payee = bench.signers[ACCOUNT.skovlundeUngdomsklub].address;
  // The first grant writes the pool's first-time slots; the second is the steady one measured.
  await mined(pool.proposeGrant(payee, GRANT, REASON));
  await mined(pool.connect(niels).approveGrant(1));
  await mined(pool.connect(olivia).approveGrant(1));
  const propose = await gasOf(pool.proposeGrant(payee, GRANT, REASON));
  const notPaying = await gasOf(pool.connect(niels).approveGrant(2));
  const paying = await gasOf(pool.connect(olivia).approveGrant(2));
  measured["approveGrant (not paying)"] = notPaying;
  return { propose, approvals: [notPaying, paying] };
}

/* ---------------------------------------- MILESTONES -------------------------------------- */

/**
 * The demo's milestone grant (three milestones to Tømrerfirmaet Bach ApS) created by a passed
 * proposal; two deliveries, two releases after the veto window (the second also with
 * verification required), and the rest cancelled.
 */
export async function milestoneGrant(bench: Bench, measured: StewardsMeasured) {
  const milestones = bench.fund.milestones;
  const plan: MilestoneGrantPlan = {
    payee: bench.signers[ACCOUNT.bach].address as Address,
    asset: bench.token,
    title: benchText(ROOF),
    milestones: [
      { amount: DKKT(40_000n), description: benchText("Materials delivered") },
      { amount: DKKT(60_000n), description: benchText("Roof laid") },
      { amount: DKKT(20_000n), description: benchText("Final inspection") },
    ],
  };
  const actions = milestoneGrantActions(
    { treasury: bench.treasury, milestoneGrants: bench.contracts.milestoneGrants },
    plan,
  );
  const queued = await proposeAndQueue(bench, actions, ROOF);
  measured["milestone grant: execute (increaseAllowance + createGrant, 3 milestones)"] = (
    await queued.execute()
  ).gasUsed;
  const grantId = await milestones.grantCount();

  const steward = milestones.connect(bench.signers[ACCOUNT.steward]);
  measured.markDelivered = await gasOf(
    steward.markDelivered(grantId, 0, benchText(EVIDENCE_URI), id("delivery note 0")),
  );
  await mined(steward.markDelivered(grantId, 1, benchText(EVIDENCE_URI), id("delivery note 1")));
  await time.increase(await milestones.vetoWindow());
  measured["release milestone (the payee's first payment)"] = await gasOf(milestones.release(grantId, 0));
  const release = await withAndWithoutVerification(bench, () => gasOf(milestones.release(grantId, 1)));
  measured["release milestone"] = release.notRequired;
  const [cancelRest] = await asTimelock(bench, milestoneCancelActions(bench.contracts.milestoneGrants, grantId));
  measured["cancelRest (1 milestone left, from the timelock)"] = cancelRest;
  return release;
}

/* ---------------------------------------- COMPARISON -------------------------------------- */

/**
 * The same 2,500 DKKT to the same payee (paid before, like the quick path's steady grant) by a
 * treasury grant through the whole vote; its execute is also measured with verification required.
 */
export async function governanceGrant(bench: Bench) {
  const payee = bench.signers[ACCOUNT.skovlundeUngdomsklub].address as Address;
  const title = "Football goals for Skovlunde Ungdomsklub";
  const description = proposalDescription(title, benchText(title), bench.members[MEMBER.anna].address);
  const actions = grantActions(bench.treasury, { asset: bench.token, recipient: payee, amount: GRANT }, description);
  const queued = await proposeAndQueue(bench, actions, title);
  let executedAt = 0;
  const execute = await withAndWithoutVerification(bench, async () => {
    const receipt = await queued.execute();
    executedAt = (await ethers.provider.getBlock(receipt.blockNumber))!.timestamp;
    return receipt.gasUsed;
  });
  const seconds = executedAt - queued.proposedAt;
  const { votingDelay, votingPeriod, timelockDelay } = bench.rules;
  const least = votingDelay + votingPeriod + timelockDelay;
  // Each step as early as allowed: only the blocks' own seconds on top of the rules.
  if (seconds < least || seconds > least + 3_600) {
    throw new Error(`bench: the grant took ${seconds} s from propose to execute, the rules say ${least}`);
  }
  const governance: Comparison["governance"] = {
    propose: queued.propose,
    votes: queued.votes,
    queue: queued.queue,
    execute: execute.notRequired,
    rules: bench.rules,
  };
  return { governance, executeOverhead: execute };
}

/** Everything, in chain order; the rows, the comparison and the payee check's overheads. */
export async function runAll(bench: Bench) {
  const measured: StewardsMeasured = {};
  await attestPayees(bench, measured);
  const round = await roundRelease(bench);
  const pools = await microGrants(bench, measured);
  const group = await taskGroup(bench, measured);
  const release = await milestoneGrant(bench, measured);
  const { governance, executeOverhead } = await governanceGrant(bench);
  const comparison: Comparison = { governance, quick: pools.quick, taskGroup: group };
  const overheads: Overheads = {
    "treasury grant: execute (pay)": executeOverhead,
    "budget round: release": round,
    "quick pool: proposeGrant": pools.proposeOverhead,
    "quick pool: approveGrant (pays)": pools.approveOverhead,
    "milestone: release": release,
  };
  return { measured, comparison, overheads };
}

/* ----------------------------------------- HELPERS ---------------------------------------- */

async function mined(sent: Promise<TransactionResponse>): Promise<TransactionReceipt> {
  const receipt = await (await sent).wait();
  if (!receipt || receipt.status !== 1) throw new Error(`bench: transaction ${receipt?.hash} failed`);
  return receipt;
}

async function gasOf(sent: Promise<TransactionResponse>): Promise<bigint> {
  return (await mined(sent)).gasUsed;
}
