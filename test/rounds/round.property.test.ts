import { expect } from "chai";
import fc from "fast-check";
import { ethers } from "hardhat";
import { loadFixture, takeSnapshot, time, type SnapshotRestorer } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import { ZeroAddress, ZeroHash, type ContractTransactionResponse, type TransactionReceipt } from "ethers";
import { BALLOT_TYPES, ballotDomain, IDEA_STATUSES, REVIEW_REASONS } from "../../sdk/model/rounds";
import { ReviewReason } from "../helpers/codes";
import { DISTRICTS, membershipFund, type FundFixture } from "../helpers/fixtures";
import { text } from "../helpers/texts";
import { DKKT, openRound, toPhase, type RoundFixture } from "./roundFixture";

/**
 * Random budget rounds, end to end: a round opened by a real proposal with random budgets and
 * ballot rules, random ideas (some costing more than their district has), random reviews and
 * revisions, random ballots (many invalid, many replacing an earlier one, some relayed by
 * signature), then finalize, release every winner and return what is left. Checks:
 *  (a) per district, the funded costs add up to its allocation, which is within its budget;
 *  (b) after every step, the escrow holds budget − released − returned (ghosts from events);
 *  (c) each member counts once: every idea's approvals equal the members whose CURRENT ballot
 *      includes it, so a replaced ballot never double-counts;
 *  (d) the results do not depend on the order ballots arrived in: the same ballots replayed in
 *      another interleaving, from a snapshot taken before voting, fund the same ideas;
 *  (e) the funded set is exactly the greedy rule's, recomputed here from approvals, costs, ids.
 * Every refused transaction must be refused with the error the rules predict, and change nothing.
 */

/* ------------------------------------------ FUND ------------------------------------------ */

/** fixtures.ts takes signers 0–4 (deployer, registrar, guardian, outsider, recipient) and 5–12 (voters). */
const FIRST_FREE_SIGNER = 13;
/** 8 + 16 = 24 members, six per district, so districts have several voters. */
const EXTRA_MEMBERS = 16;
/** 25 % of 24 members would be 6 votes; openRound passes its proposal with 3, so the quorum is lowered. */
const QUORUM_PERCENT = 12;

interface Voter {
  signer: HardhatEthersSigner;
  /** The member's district, or -1 for a non-member. */
  district: number;
}

type BigFund = FundFixture & { members: Voter[] };

async function bigFund(): Promise<BigFund> {
  const all = await ethers.getSigners();
  const voters = all.slice(5, FIRST_FREE_SIGNER);
  const extras = all.slice(FIRST_FREE_SIGNER, FIRST_FREE_SIGNER + EXTRA_MEMBERS);
  if (extras.length !== EXTRA_MEMBERS) throw new Error("property: the hardhat network needs 29 accounts");
  // voters[i] is in district i % 4 (fixtures.ts); 8 is a multiple of 4, so the rule holds across both lists.
  const signers = [...voters, ...extras];
  const base = await membershipFund({
    members: signers.map((s, i) => ({ account: s.address, district: DISTRICTS[i % DISTRICTS.length] })),
    quorumPercent: QUORUM_PERCENT,
  });
  if (base.voters.some((v, i) => v.address !== voters[i].address)) {
    throw new Error("property: fixtures.ts no longer takes signers 5–12 as its voters");
  }
  return { ...base, members: signers.map((signer, i) => ({ signer, district: i % DISTRICTS.length })) };
}

/* ---------------------------------------- THE PLAN ---------------------------------------- */

type Mutation =
  "none" | "duplicate" | "foreign" | "notFeasible" | "unknown" | "tooMany" | "empty" | "overBudget" | "outsider";

interface IdeaPlan {
  /** Mostly one of the round's districts (by index); with `outside`, any district id (refused if not in the round). */
  district: number;
  outside: boolean;
  /** Proposed by any member (refused unless anyMemberMaySubmit), else by one of the district's. */
  foreign: boolean;
  proposer: number;
  /** Of the district's budget: 0 and over 100 are refused. */
  costPercent: number;
  withdraw: boolean;
}

interface ReviewPlan {
  skip: boolean;
  feasible: boolean;
  keepCost: boolean;
  costPercent: number;
  /** Index into the payees; the last is the zero address (refused when feasible). */
  payee: number;
  noReason: boolean;
  /** Which of the codes for an infeasible idea (any but Feasible) an infeasible review gives. */
  why: number;
  /** The code contradicts the decision (refused): not Feasible for a feasible idea, or Feasible for an infeasible one. */
  wrongCode: boolean;
}

interface BallotPlan {
  voter: number;
  picks: number;
  /** Seeds that shuffle the district's feasible ideas before picking. */
  order: number[];
  /** Picks a big idea first: flagship projects then gather approvals, and two of them rarely fit together. */
  bigFirst: boolean;
  mutation: Mutation;
  bySig: boolean;
}

interface RoundPlan {
  districts: number[];
  /** Whole DKKT per district id (only the ones in `districts` are used). */
  budgets: number[];
  maxIdeas: number;
  maxPicks: number;
  minPicks: number;
  anyMemberMaySubmit: boolean;
  ideas: IdeaPlan[];
  reviews: ReviewPlan[];
  revisions: (ReviewPlan & { idea: number })[];
  ballots: BallotPlan[];
  /** Seeds for the replay's interleaving. */
  replay: number[];
}

const MAX_IDEAS = 32;
/** The whole property (runs and shrinking) stops after this long; 20 passing runs take about 12 s. */
const SHRINK_BUDGET_MS = 90_000;
/** True one time in `oneIn`: without noBias, fast-check would draw the 0 far more often. */
const chance = (oneIn: number) => fc.noBias(fc.nat(oneIn - 1)).map((n) => n === 0);
/**
 * Of the district's budget: small ideas and big ones (two big ones rarely fit together, so the
 * rule often passes over a big idea and funds a small one ranked below it), sometimes more than
 * the budget or zero (refused).
 */
const costPercent = fc.oneof(
  { arbitrary: fc.noBias(fc.integer({ min: 5, max: 25 })), weight: 12 },
  { arbitrary: fc.noBias(fc.integer({ min: 51, max: 95 })), weight: 10 },
  { arbitrary: fc.noBias(fc.integer({ min: 100, max: 130 })), weight: 3 },
  { arbitrary: fc.constant(0), weight: 1 },
);
const review = fc.record({
  skip: chance(20),
  feasible: chance(8).map((b) => !b),
  keepCost: fc.boolean(),
  costPercent,
  payee: fc.oneof({ arbitrary: fc.nat(2), weight: 30 }, { arbitrary: fc.constant(3), weight: 1 }),
  noReason: chance(30),
  why: fc.nat(REVIEW_REASONS.length - 2),
  wrongCode: chance(30),
});
/** Most ballots are meant to count; the rest break one rule each. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constant<Mutation>("none"), weight: 16 },
  ...(["duplicate", "foreign", "notFeasible", "unknown", "tooMany", "empty", "overBudget", "outsider"] as const).map(
    (m) => ({ arbitrary: fc.constant<Mutation>(m), weight: 1 }),
  ),
);

const roundPlan: fc.Arbitrary<RoundPlan> = fc
  .record({
    // Mostly every district, so most members can vote; sometimes a few, so some ballots are out of the round.
    districts: fc.oneof(
      { arbitrary: fc.constant<number[]>([0, 1, 2, 3]), weight: 3 },
      { arbitrary: fc.subarray([0, 1, 2, 3], { minLength: 1 }), weight: 1 },
    ),
    // Unbiased: fast-check would otherwise favour maxIdeas 1 and maxPicks 1, the least interesting rounds.
    budgets: fc.array(fc.noBias(fc.integer({ min: 20, max: 100 })), { minLength: 4, maxLength: 4 }),
    // Mostly full-sized districts, where the rule has something to choose from.
    maxIdeas: fc.oneof(
      { arbitrary: fc.noBias(fc.integer({ min: 1, max: 8 })), weight: 1 },
      { arbitrary: fc.noBias(fc.integer({ min: 6, max: 8 })), weight: 2 },
    ),
    picksSeed: fc.noBias(fc.nat()),
    // A ballot with at least a few picks is often impossible in small districts: mostly minPicks 1.
    minSeed: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.nat(), weight: 1 }),
    anyMemberMaySubmit: fc.boolean(),
    ideas: fc.array(
      fc.record({
        district: fc.nat(3),
        outside: chance(12),
        foreign: chance(8),
        proposer: fc.nat(),
        costPercent,
        withdraw: chance(12),
      }),
      // fast-check keeps arrays short by default; rounds need enough ideas for the rule to choose.
      { minLength: 20, maxLength: MAX_IDEAS, size: "max" },
    ),
    reviews: fc.array(review, { minLength: MAX_IDEAS, maxLength: MAX_IDEAS }),
    revisions: fc.array(
      fc.tuple(fc.nat(), review).map(([idea, r]) => ({ ...r, idea })),
      { maxLength: 3 },
    ),
    ballots: fc.array(
      fc.record({
        // A third of the ballots come from the first eight members (so replacements are common), the rest from anyone.
        voter: fc.oneof(fc.noBias(fc.nat(7)), fc.noBias(fc.nat()), fc.noBias(fc.nat())),
        picks: fc.noBias(fc.nat()),
        order: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        bigFirst: fc.boolean(),
        mutation,
        bySig: chance(6),
      }),
      { minLength: 16, maxLength: 56, size: "max" },
    ),
    replay: fc.array(fc.nat(), { minLength: 1, maxLength: 16 }),
  })
  .map(({ picksSeed, minSeed, ...rest }) => {
    // 1 ≤ minPicks ≤ maxPicks ≤ maxIdeas, as the round requires.
    const maxPicks = 1 + (picksSeed % rest.maxIdeas);
    return { ...rest, maxPicks, minPicks: 1 + (minSeed % maxPicks) };
  });

/* ---------------------------------------- THE GHOST --------------------------------------- */

type Status = (typeof IDEA_STATUSES)[number];

interface IdeaGhost {
  id: bigint;
  district: number;
  slot: number;
  cost: bigint;
  status: Status;
  proposer: Voter;
  /** The proposer withdraws it at the end of the ideas phase. */
  withdraw: boolean;
}

interface Cast {
  voter: Voter;
  ids: bigint[];
}

interface Stats {
  funded: number;
  replaced: number;
  /** Ballots refused. */
  refused: number;
  bySig: number;
  /** Feasible ideas the greedy rule passed over because they no longer fit. */
  passedOver: number;
  /** Of those, the ones passed over for an idea ranked below them that did fit. */
  skipped: number;
  /** Refused transactions of every kind, by error. */
  refusals: Record<string, number>;
  /** Replays whose order differed from the original arrival order. */
  reordered: number;
}

interface Run {
  f: RoundFixture;
  plan: RoundPlan;
  members: Voter[];
  outsider: Voter;
  payees: string[];
  /** In id order: ideas[i] has id i + 1. */
  ideas: IdeaGhost[];
  /** Each voter's current ballot. */
  ballots: Map<string, bigint[]>;
  /** The ballots that were accepted, in arrival order. */
  history: Cast[];
  escrow: { total: bigint; released: bigint; returned: bigint };
  stats: Stats;
}

/** What finalize decided: the funded ideas (in event order) and each district's allocation. */
interface Outcome {
  funded: { id: bigint; district: number; cost: bigint; approvals: bigint }[];
  allocated: Map<number, bigint>;
}

const inRound = (run: Run, district: number) => run.plan.districts.includes(district);
const budgetOf = (run: Run, district: number) => DKKT(BigInt(run.plan.budgets[district]));
/** Ideas for districts outside the round still get a non-zero cost: they must be refused for the district. */
const costOf = (run: Run, district: number, percent: number) => (budgetOf(run, district) * BigInt(percent)) / 100n;
const compare = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
const approvalsOf = (run: Run, id: bigint) => [...run.ballots.values()].filter((ids) => ids.includes(id)).length;

/* ----------------------------------------- STEPS ------------------------------------------ */

/** A transaction the ghost says must pass; the escrow ghost follows its events, then is checked. */
async function pass(run: Run, sent: Promise<ContractTransactionResponse>): Promise<TransactionReceipt> {
  const receipt = await (await sent).wait();
  if (!receipt || receipt.status !== 1) throw new Error("property: a transaction the rules allow failed");
  const { round } = run.f;
  const block = receipt.blockNumber;
  for (const e of await round.queryFilter(round.filters.IdeaReleased(), block, block)) {
    run.escrow.released += e.args.amount;
  }
  for (const e of await round.queryFilter(round.filters.UnspentReturned(), block, block)) {
    run.escrow.returned += e.args.amount;
  }
  await checkEscrow(run);
  return receipt;
}

/** A transaction the ghost says must be refused, with exactly this error; the escrow is unchanged. */
async function refuse(run: Run, sent: Promise<ContractTransactionResponse>, error: string): Promise<void> {
  run.stats.refusals[error] = (run.stats.refusals[error] ?? 0) + 1;
  await expect(sent).to.be.revertedWithCustomError(run.f.round, error);
  await checkEscrow(run);
}

/** (b) escrow = budget − released − returned. */
async function checkEscrow(run: Run): Promise<void> {
  const { total, released, returned } = run.escrow;
  expect(await run.f.dkkt.balanceOf(await run.f.round.getAddress()), "escrow").to.equal(total - released - returned);
}

/* ----------------------------------------- IDEAS ------------------------------------------ */

/** The error submitIdea must give, in the contract's order of checks (proposers are always members). */
function submitError(run: Run, proposer: Voter, district: number, cost: bigint): string | null {
  if (!inRound(run, district)) return "BudgetRoundDistrictNotInRound";
  if (!run.plan.anyMemberMaySubmit && proposer.district !== district) return "BudgetRoundNotYourDistrict";
  if (run.ideas.filter((i) => i.district === district).length >= run.plan.maxIdeas) return "BudgetRoundTooManyIdeas";
  if (run.ideas.filter((i) => i.proposer === proposer).length >= maxIdeasPerMember(run.plan))
    return "BudgetRoundTooManyIdeasFromMember";
  if (cost === 0n || cost > budgetOf(run, district)) return "BudgetRoundInvalidCost";
  return null;
}

/** Half a district's ideas (at least one) per member: one member never fills a district. */
const maxIdeasPerMember = (plan: RoundPlan) => Math.max(1, Math.ceil(plan.maxIdeas / 2));

function districtOfIdea(run: Run, p: IdeaPlan): number {
  return p.outside ? p.district : run.plan.districts[p.district % run.plan.districts.length];
}

function proposerOf(run: Run, p: IdeaPlan, district: number): Voter {
  const pool = p.foreign ? run.members : run.members.filter((m) => m.district === district);
  return pool[p.proposer % pool.length];
}

async function submitIdeas(run: Run): Promise<void> {
  const { round } = run.f;
  for (const [n, p] of run.plan.ideas.entries()) {
    const district = districtOfIdea(run, p);
    const proposer = proposerOf(run, p, district);
    const cost = costOf(run, district, p.costPercent);
    const error = submitError(run, proposer, district, cost);
    const sent = round.connect(proposer.signer).submitIdea(district, cost, text(`Idea ${n}, from the property test`));
    if (error) {
      await refuse(run, sent, error);
      continue;
    }
    await pass(run, sent);
    const id = BigInt(run.ideas.length + 1);
    const slot = run.ideas.filter((i) => i.district === district).length;
    run.ideas.push({ id, district, slot, cost, status: "Submitted", proposer, withdraw: p.withdraw });
    const stored = await round.ideaOf(id);
    expect([stored.district, stored.slot, stored.cost]).to.deep.equal([BigInt(district), BigInt(slot), cost]);
  }
  // Withdrawals come after every submission. A withdrawn idea frees its slot: the district's
  // last idea moves into it.
  for (const idea of run.ideas.filter((i) => i.withdraw)) {
    await pass(run, round.connect(idea.proposer.signer).withdrawIdea(idea.id));
    const live = run.ideas.filter((i) => i.district === idea.district && i.status !== "Withdrawn");
    const last = live.find((i) => i.slot === live.length - 1)!;
    last.slot = idea.slot;
    idea.status = "Withdrawn";
    expect((await round.ideaOf(last.id)).slot).to.equal(BigInt(last.slot));
  }
}

/* ----------------------------------------- REVIEW ----------------------------------------- */

function reviewError(run: Run, idea: IdeaGhost, r: ReviewPlan, cost: bigint, payee: string): string | null {
  if (!["Submitted", "Feasible", "Infeasible"].includes(idea.status)) return "BudgetRoundIdeaStatus";
  if (r.noReason) return "BudgetRoundEmptyReason";
  if (r.wrongCode) return "BudgetRoundReasonMismatch";
  if (!r.feasible) return null;
  if (cost === 0n || cost > budgetOf(run, idea.district)) return "BudgetRoundInvalidCost";
  if (payee === ZeroAddress) return "BudgetRoundMissingPayee";
  return null;
}

async function reviewIdea(run: Run, idea: IdeaGhost, r: ReviewPlan): Promise<void> {
  const cost = r.keepCost ? idea.cost : costOf(run, idea.district, r.costPercent);
  const payee = r.feasible ? run.payees[r.payee] : ZeroAddress;
  const error = reviewError(run, idea, r, cost, payee);
  const reason = r.noReason ? ZeroHash : text(r.feasible ? "Feasible" : "Not on municipal land");
  const why = 1 + r.why; // a code for an infeasible idea: any but Feasible
  const code = r.feasible !== r.wrongCode ? ReviewReason.Feasible : why;
  const sent = run.f.round.connect(run.f.reviewer).reviewIdea(idea.id, r.feasible, cost, payee, code, reason);
  if (error) return refuse(run, sent, error);
  await pass(run, sent);
  idea.status = r.feasible ? "Feasible" : "Infeasible";
  if (r.feasible) idea.cost = cost;
}

async function reviewIdeas(run: Run): Promise<void> {
  await toPhase(run.f.round, "review");
  for (const idea of run.ideas) {
    const r = run.plan.reviews[Number(idea.id - 1n)];
    if (!r.skip) await reviewIdea(run, idea, r);
  }
  // Reviewers may revise an assessment until the phase ends.
  for (const r of run.plan.revisions) {
    if (run.ideas.length > 0) await reviewIdea(run, run.ideas[r.idea % run.ideas.length], r);
  }
  for (const idea of run.ideas) {
    expect((await run.f.round.ideaOf(idea.id)).status).to.equal(BigInt(IDEA_STATUSES.indexOf(idea.status)));
  }
}

/* ---------------------------------------- BALLOTS ----------------------------------------- */

function shuffled<T>(items: T[], seeds: number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = seeds[i % seeds.length] % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Picks the rules accept, when the voter's district allows them: within budget, from its feasible ideas. */
function validPicks(run: Run, voter: Voter, b: BallotPlan): IdeaGhost[] {
  if (voter.district < 0) return [];
  const { minPicks, maxPicks } = run.plan;
  const budget = budgetOf(run, voter.district);
  const want = minPicks + (b.picks % (maxPicks - minPicks + 1));
  const ranked = shuffled(
    run.ideas.filter((i) => i.district === voter.district && i.status === "Feasible"),
    b.order,
  );
  // A stable sort: big ideas (over a third of the budget) first, each group still in shuffled order.
  const big = (i: IdeaGhost) => (i.cost * 3n > budget ? 1 : 0);
  if (b.bigFirst) ranked.sort((x, y) => big(y) - big(x));
  const picks: IdeaGhost[] = [];
  let spent = 0n;
  for (const idea of ranked) {
    if (picks.length === want) break;
    if (spent + idea.cost > budget) continue;
    picks.push(idea);
    spent += idea.cost;
  }
  return picks;
}

/** A valid ballot, then broken as the plan's mutation says. */
function ballotIds(run: Run, voter: Voter, b: BallotPlan): bigint[] {
  const { maxPicks } = run.plan;
  const ids = validPicks(run, voter, b).map((i) => i.id);
  const mine = run.ideas.filter((i) => i.district === voter.district);
  const feasible = mine.filter((i) => i.status === "Feasible");
  const other = (pool: IdeaGhost[]) => (pool.length > 0 ? [pool[b.voter % pool.length].id] : []);
  switch (b.mutation) {
    case "none":
    case "outsider":
      return ids;
    case "duplicate":
      return ids.length > 0 ? [...ids, ids[b.voter % ids.length]] : ids;
    case "foreign":
      return [...ids, ...other(run.ideas.filter((i) => i.district !== voter.district))];
    case "notFeasible":
      return [...ids, ...other(mine.filter((i) => i.status !== "Feasible"))];
    case "unknown":
      return [...ids, BigInt(run.ideas.length + 1 + (b.voter % 3))];
    case "tooMany":
      return Array.from({ length: maxPicks + 1 }, (_, k) => BigInt(k + 1));
    case "empty":
      return [];
    case "overBudget":
      return [...feasible].sort((x, y) => compare(y.cost, x.cost)).map((i) => i.id);
  }
}

/** The error castBallot must give, in the contract's order of checks; null if it must count. */
function ballotError(run: Run, voter: Voter, ids: bigint[]): string | null {
  if (voter.district < 0) return "BudgetRoundNotMember";
  if (!inRound(run, voter.district)) return "BudgetRoundDistrictNotInRound";
  if (ids.length < run.plan.minPicks || ids.length > run.plan.maxPicks) return "BudgetRoundPickCount";
  const seen = new Set<bigint>();
  let cost = 0n;
  for (const id of ids) {
    const idea = run.ideas[Number(id) - 1];
    if (idea === undefined) return "BudgetRoundUnknownIdea";
    if (idea.status !== "Feasible") return "BudgetRoundIdeaStatus";
    if (idea.district !== voter.district) return "BudgetRoundIdeaInOtherDistrict";
    if (seen.has(id)) return "BudgetRoundDuplicatePick";
    seen.add(id);
    cost += idea.cost;
  }
  return cost > budgetOf(run, voter.district) ? "BudgetRoundOverBudget" : null;
}

/** The voter signs; the outsider relays. */
async function castBySig(run: Run, voter: Voter, ids: bigint[]): Promise<ContractTransactionResponse> {
  const { round } = run.f;
  const deadline = BigInt(await time.latest()) + 86_400n;
  const nonce = await round.nonces(voter.signer.address);
  const signature = await voter.signer.signTypedData(
    ballotDomain((await round.getAddress()) as `0x${string}`, 31337),
    { Ballot: [...BALLOT_TYPES.Ballot] },
    { voter: voter.signer.address, ideaIds: ids, nonce, deadline },
  );
  return round.connect(run.outsider.signer).castBallotBySig(voter.signer.address, ids, deadline, signature);
}

async function castBallot(run: Run, b: BallotPlan): Promise<void> {
  const { round } = run.f;
  const voter = b.mutation === "outsider" ? run.outsider : run.members[b.voter % run.members.length];
  const ids = ballotIds(run, voter, b);
  const error = ballotError(run, voter, ids);
  const sent = b.bySig ? castBySig(run, voter, ids) : round.connect(voter.signer).castBallot(ids);
  if (error) {
    run.stats.refused++;
    return refuse(run, sent, error);
  }
  const block = (await pass(run, sent)).blockNumber;
  const previous = run.ballots.get(voter.signer.address);
  const [event] = await round.queryFilter(round.filters.BallotCast(), block, block);
  expect(event.args.replaced, "BallotCast.replaced").to.equal(previous !== undefined);
  run.ballots.set(voter.signer.address, ids);
  run.history.push({ voter, ids });
  if (previous) run.stats.replaced++;
  if (b.bySig) run.stats.bySig++;
  const mask = ids.reduce((m, id) => m | (1n << BigInt(run.ideas[Number(id) - 1].slot)), 0n);
  expect(await round.ballotOf(voter.signer.address)).to.deep.equal([mask, BigInt(voter.district)]);
  await checkApprovals(run, voter.district);
}

/** (c) every idea's approvals = the members whose current ballot includes it. */
async function checkApprovals(run: Run, district?: number): Promise<void> {
  for (const idea of run.ideas) {
    if (district !== undefined && idea.district !== district) continue;
    expect((await run.f.round.ideaOf(idea.id)).approvals, `approvals of idea ${idea.id}`).to.equal(
      BigInt(approvalsOf(run, idea.id)),
    );
  }
}

/* ---------------------------------------- RESULTS ----------------------------------------- */

async function finalize(run: Run): Promise<Outcome> {
  const { round } = run.f;
  await toPhase(round, "tally");
  const block = (await pass(run, round.finalize())).blockNumber;
  const funded = (await round.queryFilter(round.filters.IdeaFunded(), block, block)).map((e) => ({
    id: e.args.ideaId,
    district: Number(e.args.district),
    cost: e.args.cost,
    approvals: e.args.approvals,
  }));
  const districts = await round.queryFilter(round.filters.DistrictFinalized(), block, block);
  const allocated = new Map(districts.map((e) => [Number(e.args.district), e.args.allocated]));
  return { funded, allocated };
}

/** The greedy rule, from the ghost: most approvals, then lower cost, then lower id; fund while it fits. */
function expectedFunding(run: Run, district: number): { funded: bigint[]; passedOver: number; skipped: number } {
  const ranked = run.ideas
    .filter((i) => i.district === district && i.status === "Feasible")
    .map((i) => ({ ...i, approvals: approvalsOf(run, i.id) }))
    // The round's minimum support (one approval): an idea nobody picked is never funded.
    .filter((i) => i.approvals >= 1)
    .sort((a, b) => b.approvals - a.approvals || compare(a.cost, b.cost) || compare(a.id, b.id));
  let left = budgetOf(run, district);
  const funded: bigint[] = [];
  let passedOver = 0;
  let skipped = 0;
  for (const idea of ranked) {
    if (idea.cost > left) {
      passedOver++;
      continue;
    }
    funded.push(idea.id);
    left -= idea.cost;
    skipped = passedOver;
  }
  return { funded, passedOver, skipped };
}

/** (a) within budget and consistent, and (e) exactly the greedy rule's choice. */
async function checkOutcome(run: Run, outcome: Outcome): Promise<void> {
  for (const district of run.plan.districts) {
    const funded = outcome.funded.filter((f) => f.district === district);
    const allocated = outcome.allocated.get(district);
    expect(
      funded.reduce((sum, f) => sum + f.cost, 0n),
      `district ${district} allocation`,
    ).to.equal(allocated);
    expect(allocated).to.be.at.most(budgetOf(run, district));
    expect((await run.f.round.districtOf(district)).allocated).to.equal(allocated);
    const expected = expectedFunding(run, district);
    const ids = funded.map((f) => f.id).sort(compare);
    expect(ids, `district ${district} funded`).to.deep.equal([...expected.funded].sort(compare));
    run.stats.passedOver += expected.passedOver;
    run.stats.skipped += expected.skipped;
  }
  for (const f of outcome.funded) {
    const idea = run.ideas[Number(f.id) - 1];
    expect([f.cost, f.approvals]).to.deep.equal([idea.cost, BigInt(approvalsOf(run, f.id))]);
  }
  expect(outcome.allocated.size).to.equal(run.plan.districts.length);
  run.stats.funded += outcome.funded.length;
}

/** Releases every winner after the challenge delay, then returns the rest: the escrow ends empty. */
async function payOut(run: Run, outcome: Outcome): Promise<void> {
  const { round } = run.f;
  await time.increase(await round.challengeDelay());
  for (const f of outcome.funded) await pass(run, round.release(f.id));
  const allocated = [...outcome.allocated.values()].reduce((a, b) => a + b, 0n);
  const unspent = run.escrow.total - allocated;
  if (unspent === 0n) await refuse(run, round.returnUnspent(), "BudgetRoundNothingToReturn");
  else await pass(run, round.returnUnspent());
  expect([run.escrow.released, run.escrow.returned]).to.deep.equal([allocated, unspent]);
  expect(await run.f.dkkt.balanceOf(await round.getAddress())).to.equal(0n);
}

/* ----------------------------------------- REPLAY ----------------------------------------- */

/** The accepted ballots in another interleaving; each voter's own ballots keep their order, so the final ones are the same. */
function interleave(history: Cast[], seeds: number[]): Cast[] {
  const queues = new Map<string, Cast[]>();
  for (const c of history) queues.set(c.voter.signer.address, [...(queues.get(c.voter.signer.address) ?? []), c]);
  const out: Cast[] = [];
  for (let t = 0; out.length < history.length; t++) {
    const waiting = [...queues.values()].filter((q) => q.length > 0);
    out.push(waiting[seeds[t % seeds.length] % waiting.length].shift()!);
  }
  return out;
}

/** (d) back to the start of voting, the same ballots in another order, finalized again. */
async function replay(run: Run, snapshot: SnapshotRestorer): Promise<Outcome> {
  await snapshot.restore();
  run.escrow = { total: run.escrow.total, released: 0n, returned: 0n };
  const order = interleave(run.history, run.plan.replay);
  if (order.some((c, i) => c !== run.history[i])) run.stats.reordered++;
  for (const c of order) await pass(run, run.f.round.connect(c.voter.signer).castBallot(c.ids));
  await checkApprovals(run);
  return finalize(run);
}

/* ------------------------------------------ RUN ------------------------------------------- */

async function openPlannedRound(base: BigFund, plan: RoundPlan, stats: Stats): Promise<Run> {
  const f = await openRound(base, {
    districts: plan.districts,
    budgets: plan.districts.map((d) => DKKT(BigInt(plan.budgets[d]))),
    minPicks: plan.minPicks,
    maxPicks: plan.maxPicks,
    maxIdeasPerDistrict: plan.maxIdeas,
    maxIdeasPerMember: maxIdeasPerMember(plan),
    anyMemberMaySubmit: plan.anyMemberMaySubmit,
  });
  const [opened] = await f.round.queryFilter(f.round.filters.RoundOpened());
  const run: Run = {
    f,
    plan,
    members: base.members,
    outsider: { signer: base.outsider, district: -1 },
    payees: [base.recipient.address, base.guardian.address, base.outsider.address, ZeroAddress],
    ideas: [],
    ballots: new Map(),
    history: [],
    escrow: { total: opened.args.total, released: 0n, returned: 0n },
    stats,
  };
  expect(run.escrow.total).to.equal(plan.districts.reduce((sum, d) => sum + budgetOf(run, d), 0n));
  await checkEscrow(run);
  return run;
}

async function runRound(base: BigFund, plan: RoundPlan, stats: Stats): Promise<void> {
  const run = await openPlannedRound(base, plan, stats);
  await submitIdeas(run);
  await reviewIdeas(run);
  await toPhase(run.f.round, "voting");
  const beforeVoting = await takeSnapshot();
  for (const b of plan.ballots) await castBallot(run, b);
  await checkApprovals(run);
  const outcome = await finalize(run);
  await checkOutcome(run, outcome);
  await payOut(run, outcome);

  const replayed = await replay(run, beforeVoting);
  const sorted = (o: Outcome) => [[...o.funded].sort((a, b) => compare(a.id, b.id)), [...o.allocated.entries()]];
  expect(sorted(replayed), "results depend on ballot order").to.deep.equal(sorted(outcome));
}

describe("Budget round invariants under random rounds", () => {
  it("funds within budgets by the greedy rule, counts each member once, keeps the escrow whole, whatever the ballot order", async () => {
    const stats: Stats = {
      funded: 0,
      replaced: 0,
      refused: 0,
      bySig: 0,
      passedOver: 0,
      skipped: 0,
      reordered: 0,
      refusals: {},
    };
    await fc.assert(
      fc.asyncProperty(roundPlan, async (plan) => {
        const base = await loadFixture(bigFund);
        await runRound(base, plan, stats);
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 20),
        seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined,
        // A failing round is ~0.5 s and shrinking tries hundreds: stop shrinking in time to report
        // the smallest counterexample so far before mocha's 120 s timeout.
        plugins: [fc.interruptAfterTimeLimit(SHRINK_BUDGET_MS)],
      },
    );
    // The generator must reach the interesting cases, or the properties above were never exercised.
    if (process.env.PROPERTY_VERBOSE) console.log(`      across runs: ${JSON.stringify(stats)}`);
    expect(stats.funded, "funded ideas").to.be.greaterThan(0);
    expect(stats.replaced, "replaced ballots").to.be.greaterThan(0);
    expect(stats.refused, "refused ballots").to.be.greaterThan(0);
    // Skips to a lower-ranked idea happen a few times in 20 runs: too rare to require, so they are only reported.
    expect(stats.passedOver, "ideas passed over").to.be.greaterThan(0);
    expect(stats.reordered, "reordered replays").to.be.greaterThan(0);
  });
});
