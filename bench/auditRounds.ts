/**
 * Budget rounds for the audit benchmark's history, the way a fund runs them: a token deposit
 * for their budgets, proposals that open them (sdk/proposals/rounds.ts roundOpeningActions) voted,
 * queued and executed like any other, members' ideas, the reviewer's verdicts, ballots from
 * the members and from residents who joined for the rounds, and for the first round the
 * results, every winner paid and the rest returned. The last round is left in its voting
 * phase, as a fund's newest round usually is.
 */
import type { Signer } from "ethers";
import type { Address } from "viem";
import type { DeployedFund } from "../deploy/deployFund";
import type { FundAddresses } from "../sdk/contracts/kinds";
import type { FundConfig } from "../sdk/config/fund";
import { proposalDescription } from "../sdk/model/description";
import { roundOpeningActions, type RoundParams } from "../sdk/proposals/rounds";
import { BudgetRound__factory, DemoStablecoin__factory, Membership__factory } from "../typechain-types";
import { rpc, rpcBatch } from "./auditRpc";
import { payee, type Sender } from "./auditSender";
import { benchText } from "./texts";

export interface BudgetRoundsPlan {
  rounds: number;
  /** Residents the registrar admits for the rounds; each casts a ballot in every round. */
  newMembers: number;
  ideasPerDistrict: number;
}

export interface BudgetRoundsCounts {
  rounds: number;
  /** The opening proposals, their votes and their payments into the escrows. */
  proposals: number;
  votes: number;
  payments: number;
  /** The token deposit for the budgets, and each finished round's unspent money coming back. */
  deposits: number;
  newMembers: number;
  ideas: number;
  reviews: number;
  ballots: number;
  /** Rounds finalized, ideas funded and released, returns of unspent money. */
  finalized: number;
  funded: number;
  releases: number;
  unspentReturned: number;
  /** The rounds' escrows: their events belong to the history too. */
  roundAddresses: string[];
  /** The token the rounds are budgeted in. */
  asset: string;
}

const DAY = 86_400;
const DKKT = (n: bigint) => n * 10n ** 6n;
/** Each district's budget; ideas cost 15,500 + 5,000 × slot, so no set of them spends it exactly. */
const DISTRICT_BUDGET = DKKT(150_000n);
const ideaCost = (slot: number) => DKKT(15_500n + 5_000n * BigInt(slot));
const MAX_PICKS = 3;

const GAS = {
  addMember: 400_000,
  submitIdea: 400_000,
  reviewIdea: 300_000,
  castBallot: 300_000,
  finalize: 3_000_000,
  release: 300_000,
  returnUnspent: 400_000,
} as const;

/** Deterministic addresses for the new members, far from any key the node holds. */
function newMemberAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, i) => payee(1_000_000 + i));
}

/**
 * Voter k's picks among a district's ideas (in id order): one to three, by a pattern that spreads approvals
 * unevenly, so the allocation has a ranking to follow and some ideas lose.
 */
function picks(k: number, ideas: readonly bigint[]): bigint[] {
  const n = ideas.length;
  const slots = [k % n, (3 * k + 1) % n, (k * k + 2) % n].slice(0, 1 + (k % MAX_PICKS));
  return [...new Set(slots)].map((s) => ideas[s]);
}

export interface BudgetRoundsContext {
  url: string;
  sender: Sender;
  fund: DeployedFund;
  /** The fund's addresses, as its deployments record has them. */
  contracts: FundAddresses;
  config: FundConfig;
  /** The deployer (owns the demo token), the registrar (also the rounds' reviewer) and the guardian. */
  deployer: Signer;
  registrar: Address;
  guardian: Address;
  /** members[i] is in district i % districts. */
  members: readonly string[];
  votesPerProposal: number;
}

/** Mints the rounds' budgets in a demo token and deposits them in the treasury. */
async function depositBudgets(ctx: BudgetRoundsContext, total: bigint): Promise<Address> {
  const treasury = await ctx.fund.treasury.getAddress();
  const token = await new DemoStablecoin__factory(ctx.deployer).deploy("Demo Danish Krone", "DKKT");
  await token.waitForDeployment();
  await (await token.mint(await ctx.deployer.getAddress(), total)).wait();
  await (await token.approve(treasury, total)).wait();
  await (
    await ctx.fund.treasury.connect(ctx.deployer).depositToken(await token.getAddress(), total, "Budget rounds")
  ).wait();
  ctx.sender.transactions += 4;
  return (await token.getAddress()) as Address;
}

/** Opening proposals for every round, voted, queued and executed together; returns the rounds. */
async function openRounds(ctx: BudgetRoundsContext, params: RoundParams[]): Promise<string[]> {
  const { sender, members } = ctx;
  const { treasury, roundFactory, roundImplementation, payeeRegistry } = ctx.contracts;
  const contracts = { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry };
  const verifiedPayeesRequired = ctx.config.requireVerifiedPayees;
  const opened = params.map((p, r) => {
    const title = `Budget round ${r + 1}: the districts decide`;
    const description = proposalDescription(title, benchText(title), members[r]);
    return { description, ...roundOpeningActions(contracts, p, description, { verifiedPayeesRequired }) };
  });
  await sender.send(opened.map((o, r) => sender.proposeRound(members[r], o.actions, o.description)));
  const last = await sender.latestProposalId();
  const ids = opened.map((_, r) => last - opened.length + 1 + r);
  await sender.advance(ctx.config.votingDelay + 1);
  await sender.send(
    ids.flatMap((proposalId) =>
      members.slice(0, ctx.votesPerProposal).map((voter) => sender.vote(voter, proposalId, "for")),
    ),
  );
  await sender.advance(ctx.config.votingPeriod + 1);
  await sender.send(ids.map((proposalId) => sender.queue(members[0], proposalId)));
  await sender.advance(ctx.config.timelockDelay + 1);
  await sender.send(ids.map((proposalId) => sender.execute(members[0], proposalId)));
  return opened.map((o) => o.round);
}

/** The registrar admits the new members, spread over the districts; each is impersonated and given gas money. */
async function admitNewMembers(
  ctx: BudgetRoundsContext,
  accounts: readonly string[],
  districts: number,
): Promise<void> {
  await rpcBatch(
    ctx.url,
    accounts.flatMap((account) => [
      { method: "hardhat_impersonateAccount", params: [account] },
      { method: "hardhat_setBalance", params: [account, "0xde0b6b3a7640000"] },
    ]),
  );
  const membership = Membership__factory.createInterface();
  const to = await ctx.fund.membership!.getAddress();
  await ctx.sender.send(
    accounts.map((account, k) =>
      ctx.sender.tx(
        ctx.registrar,
        to,
        membership.encodeFunctionData("addMember", [account, k % districts]),
        GAS.addMember,
      ),
    ),
  );
}

interface Idea {
  ideaId: bigint;
  district: number;
  cost: bigint;
}

/**
 * Every round's ideas, district by district, each by a member of its district. The node may
 * mine one batch's transactions from different senders in another order than sent, so the ids
 * are read back from the IdeaSubmitted events: per round, per district, in id order.
 */
async function submitIdeas(
  ctx: BudgetRoundsContext,
  rounds: readonly string[],
  districts: number,
  perDistrict: number,
): Promise<Idea[][][]> {
  const round = BudgetRound__factory.createInterface();
  await ctx.sender.send(
    rounds.flatMap((address) =>
      Array.from({ length: districts }, (_, d) => {
        const proposers = ctx.members.filter((_, i) => i % districts === d);
        return Array.from({ length: perDistrict }, (_, slot) => {
          // The idea's words live in the content service; its event carries their commitment.
          const text = benchText(`round ${address} idea ${slot + 1} for district ${d + 1}`);
          const data = round.encodeFunctionData("submitIdea", [d, ideaCost(slot), text]);
          return ctx.sender.tx(proposers[slot % proposers.length], address, data, GAS.submitIdea);
        });
      }).flat(),
    ),
  );
  const topic = round.getEvent("IdeaSubmitted")!.topicHash;
  return Promise.all(
    rounds.map(async (address) => {
      const logs = (await rpc(ctx.url, "eth_getLogs", [
        { address, topics: [topic], fromBlock: "0x0", toBlock: "latest" },
      ])) as { topics: string[]; data: string }[];
      const ideas = logs.map((log) => {
        const { args } = round.parseLog(log)!;
        return { ideaId: args.ideaId as bigint, district: Number(args.district), cost: args.cost as bigint };
      });
      return Array.from({ length: districts }, (_, d) =>
        ideas.filter((i) => i.district === d).sort((a, b) => (a.ideaId < b.ideaId ? -1 : 1)),
      );
    }),
  );
}

/** The reviewer finds every idea feasible at its price, each paid to its own association. */
async function reviewIdeas(ctx: BudgetRoundsContext, rounds: readonly string[], ideas: Idea[][][]): Promise<number> {
  const round = BudgetRound__factory.createInterface();
  const calls = rounds.flatMap((address, r) =>
    ideas[r].flat().map(({ ideaId, cost }) => {
      const data = round.encodeFunctionData("reviewIdea", [
        ideaId,
        true,
        cost,
        payee(10_000 * (r + 1) + Number(ideaId)),
        0, // ReviewReason.Feasible
        benchText(`review ${address} ${ideaId}`),
      ]);
      return ctx.sender.tx(ctx.registrar, address, data, GAS.reviewIdea);
    }),
  );
  await ctx.sender.send(calls);
  return calls.length;
}

/** Every voter casts one ballot in every round, in their own district. */
async function castBallots(
  ctx: BudgetRoundsContext,
  rounds: readonly string[],
  ideas: Idea[][][],
  voters: readonly { account: string; district: number }[],
): Promise<number> {
  const round = BudgetRound__factory.createInterface();
  const calls = rounds.flatMap((address, r) =>
    voters.map(({ account, district }, k) => {
      const data = round.encodeFunctionData("castBallot", [
        picks(
          k + r,
          ideas[r][district].map((i) => i.ideaId),
        ),
      ]);
      return ctx.sender.tx(account, address, data, GAS.castBallot);
    }),
  );
  await ctx.sender.send(calls);
  return calls.length;
}

/** Finalizes a round after its vote and its challenge delay, pays every winner and returns the rest. */
async function payOut(ctx: BudgetRoundsContext, address: string, params: RoundParams) {
  const { sender, url } = ctx;
  const round = BudgetRound__factory.createInterface();
  await sender.advanceTo(Number(params.votingEnd) + 1);
  const [hash] = await sender.send([
    sender.tx(ctx.members[0], address, round.encodeFunctionData("finalize"), GAS.finalize),
  ]);
  const receipt = (await rpc(url, "eth_getTransactionReceipt", [hash])) as {
    logs: { topics: string[]; data: string }[];
  };
  const funded = receipt.logs
    .map((log) => round.parseLog(log))
    .filter((log) => log?.name === "IdeaFunded")
    .map((log) => log!.args.ideaId as bigint);
  await sender.advance(Number(params.challengeDelay) + 1);
  await sender.send([
    ...funded.map((ideaId) =>
      sender.tx(ctx.members[0], address, round.encodeFunctionData("release", [ideaId]), GAS.release),
    ),
    sender.tx(ctx.members[0], address, round.encodeFunctionData("returnUnspent"), GAS.returnUnspent),
  ]);
  return funded.length;
}

/**
 * Runs `plan.rounds` budget rounds side by side after the proposals: all open at once, the
 * first is finished and paid out, the others are left voting.
 */
export async function runBudgetRounds(ctx: BudgetRoundsContext, plan: BudgetRoundsPlan): Promise<BudgetRoundsCounts> {
  const districts = ctx.config.districts.length;
  const budget = DISTRICT_BUDGET * BigInt(districts);
  const asset = await depositBudgets(ctx, budget * BigInt(plan.rounds));

  // Ideas until four days after the opening proposal, reviews for two, ballots for three
  // (the first round) or for three weeks (the others, still voting when the history ends).
  const start = await ctx.sender.now();
  const rule = ctx.contracts.allocationRule!;
  const params: RoundParams[] = Array.from({ length: plan.rounds }, (_, r) => ({
    asset,
    districts: Array.from({ length: districts }, (_, d) => d),
    budgets: Array.from({ length: districts }, () => DISTRICT_BUDGET),
    ideasEnd: start + 4 * DAY,
    reviewEnd: start + 6 * DAY,
    votingEnd: start + (r === 0 ? 9 : 30) * DAY,
    challengeDelay: DAY,
    payoutWindow: 90 * DAY,
    minPicks: 1,
    maxPicks: MAX_PICKS,
    maxIdeasPerDistrict: plan.ideasPerDistrict,
    maxIdeasPerMember: plan.ideasPerDistrict,
    minApprovals: 1,
    anyMemberMaySubmit: false,
    reviewers: [ctx.registrar],
    guardian: ctx.guardian,
    rule,
  }));
  const rounds = await openRounds(ctx, params);

  const newMembers = newMemberAddresses(plan.newMembers);
  await admitNewMembers(ctx, newMembers, districts);
  const ideas = await submitIdeas(ctx, rounds, districts, plan.ideasPerDistrict);
  await ctx.sender.advanceTo(start + 4 * DAY + 1);
  const reviews = await reviewIdeas(ctx, rounds, ideas);
  await ctx.sender.advanceTo(start + 6 * DAY + 1);
  const voters = [
    ...ctx.members.map((account, i) => ({ account, district: i % districts })),
    ...newMembers.map((account, k) => ({ account, district: k % districts })),
  ];
  const ballots = await castBallots(ctx, rounds, ideas, voters);
  const funded = await payOut(ctx, rounds[0], params[0]);

  return {
    rounds: plan.rounds,
    proposals: plan.rounds,
    votes: plan.rounds * ctx.votesPerProposal,
    payments: plan.rounds,
    deposits: 2,
    newMembers: plan.newMembers,
    ideas: plan.rounds * districts * plan.ideasPerDistrict,
    reviews,
    ballots,
    finalized: 1,
    funded,
    releases: funded,
    unspentReturned: 1,
    roundAddresses: rounds,
    asset,
  };
}
