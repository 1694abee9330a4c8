import { time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, parseUnits } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Address } from "viem";
import type { DemoAccount } from "../../sdk/deployment";
import { connectFund, type ConnectedFund, type DeploymentRecord } from "../../deploy/deployments";
import { castVote, deposit, executeProposal, proposeGrant, queueProposal, type Asset } from "../../harness/operations";
import type { ContentTexts, TextStore } from "../../harness/texts";
import type { VoteChoice } from "../../sdk/model/governance";
import { REVIEW_REASONS } from "../../sdk/model/rounds";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import {
  BudgetRound__factory,
  DemoStablecoin__factory,
  FundPaymaster__factory,
  LocalMulticall__factory,
  type BudgetRound,
} from "../../typechain-types";
import { proposePendingKinds } from "./pendingProposals";
import { proposeRound, ROUND_CRITERIA } from "./proposeRound";
import { moderateDemo, recording, type WrittenText } from "./moderation";
import { demoPasskeyMembers, voteThroughBundler } from "./passkeyMembers";
import { DEMO_PEOPLE, person, type DemoPerson } from "./people";
import { CURRENT_ROUND_IDEAS, FINISHED_ROUND_IDEAS, type DemoIdea } from "./roundIdeas";
import {
  attestPayees,
  deliverMilestone,
  payMicroGrants,
  proposePendingGrant,
  proposeStewardship,
  QUICK_POOL,
  ROOF_GRANT,
  stewardsSummary,
  TASK_GROUP,
  type StewardsContext,
} from "./stewards";

/** The two grant titles whose proposers chose to publish them on chain. */
const PUBLISHED_TITLES = ["Lys på skaterbanen i Skovlunde", "Nye bænke og borde i Måløv Bypark"];

const HOUR = 3600;
const DAY = 86_400;

export interface DemoSummary {
  token: Asset;
  proposals: { id: bigint; title: string; meant: string }[];
  rounds: { address: string; title: string; meant: string }[];
  /** The stewards' part: pools with their committees, checked payees, the milestone grant. */
  pools: { address: string; title: string; meant: string }[];
  payees: { name: string; meant: string }[];
  milestoneGrants: { id: bigint; title: string; meant: string }[];
  /** What the moderator and the erasure officer did to the demo's texts. */
  moderation: string[];
}

/**
 * Seeds a realistic citizen-million history on a local Hardhat node: a demo krone token, a
 * funded treasury, a delegation, proposals in every state — executed, defeated, cancelled,
 * succeeded, queued, active and pending — and two budget rounds: "Borgermillion 2025", paid
 * out, and "Borgermillion 2026", in its voting phase with ballots cast. Stewards (see
 * ./stewards.ts): payees checked by the verifier, a quick pool and a task group created by vote
 * whose committees pay micro-grants (one still waiting for a second approval), and a milestone
 * grant with one milestone paid and the next confirmed, inside its veto window.
 *
 * Every text goes through the content service (`content`) as its author, before its commitment
 * goes on chain, as in the dApp.
 *
 * Steps are placed on a timeline of days from the chain's start (`at(day)`); the last steps
 * are placed so the chain ends at the wall-clock time (npm start backdates the chain 30 days),
 * with the queued, active and pending proposals and the open vote still ahead of it.
 */
export async function seedDemo(
  hre: HardhatRuntimeEnvironment,
  record: DeploymentRecord,
  content: ContentTexts,
): Promise<DemoSummary> {
  const signers = await hre.ethers.getSigners();
  const as = (name: string) => signers[person(name).index];
  const written: WrittenText[] = [];
  const texts = (name: string) => recording(content.as(as(name)), written);
  const fund = connectFund(record, signers[0]);
  const t0 = await time.latest();
  const at = async (day: number) => {
    const target = t0 + Math.round(day * DAY);
    if (target > (await time.latest())) await time.increaseTo(target);
  };

  const kommune = as("Ballerup Kommune");
  // The dApp batches its reads through Multicall3's interface, which a fresh local chain lacks.
  const multicall = await new LocalMulticall__factory(kommune).deploy();
  await multicall.waitForDeployment();
  record.multicall = (await multicall.getAddress()) as Address;

  // Money: a demo krone stable-coin, and the municipality's deposits.
  const dkktContract = await new DemoStablecoin__factory(kommune).deploy("Demo Danish Krone", "DKKT");
  await dkktContract.waitForDeployment();
  const dkkt: Asset = { symbol: "DKKT", address: (await dkktContract.getAddress()) as Address, decimals: 6 };
  const eth: Asset = { symbol: "ETH", address: ETH_ADDRESS, decimals: 18 };
  record.assets = [...record.assets, { symbol: dkkt.symbol, address: dkkt.address }];
  await (await dkktContract.mint(kommune.address, parseUnits("3000000", 6))).wait();
  const memo = (text: string) => ({ text, texts: texts("Ballerup Kommune") });
  await deposit(fund, kommune, dkkt, parseUnits("750000", 6), memo("Puljen til borgerforslag 2026"));
  await deposit(fund, kommune, dkkt, parseUnits("400000", 6), memo("Borgermillion 2025 (prøverunde)"));
  await deposit(fund, kommune, eth, parseEther("20"), memo("Driftsmidler til gebyrer og småindkøb"));

  // The fee fund: the municipality pays for members' votes, ballots and ideas from passkey
  // accounts, straight into the paymaster's deposit at the EntryPoint (the members can top it up
  // later by a grant from the treasury to the paymaster).
  if (record.contracts.paymaster)
    await (
      await FundPaymaster__factory.connect(record.contracts.paymaster, kommune).deposit({
        value: parseEther(GAS_FUND_DEPOSIT),
      })
    ).wait();

  // Liquid democracy: Bo trusts Anna with his vote.
  await (await fund.membership!.connect(as("Bo")).delegate(as("Anna").address)).wait();

  // Most proposers keep their title off chain; two chose to publish theirs (it can never be erased).
  const grant = (proposer: string, payee: string, amount: string, asset: Asset, title: string, body: string) =>
    proposeGrant(
      fund,
      as(proposer),
      { asset: asset.address, recipient: as(payee).address as Address, amount: parseUnits(amount, asset.decimals) },
      { title, body, publishTitle: PUBLISHED_TITLES.includes(title) },
      texts(proposer),
    );
  const votes = async (id: bigint, ballots: [string, VoteChoice, string?][]) => {
    for (const [voter, choice, reason] of ballots)
      await castVote(fund, as(voter), id, choice, reason ? { text: reason, texts: texts(voter) } : null);
  };
  const proposals: DemoSummary["proposals"] = [];
  const rounds: DemoSummary["rounds"] = [];
  const note = (id: bigint, title: string, meant: string) => proposals.push({ id, title, meant });
  const everyoneFor = (...names: string[]) => names.map((n): [string, VoteChoice] => [n, "for"]);
  // Where the history ends (see "The present" below): pools' end dates and attestations count from it.
  const delay = Number(await fund.governor.votingDelay());
  const stewards: StewardsContext = {
    fund,
    as,
    texts,
    dkkt,
    present: Math.max(Math.floor(Date.now() / 1000), t0 + Math.round(23.01 * DAY) + delay),
  };

  // Day 0: four grants and the 2025 round are proposed.
  const lights = await grant(
    "Anna",
    "Skovlunde Ungdomsklub",
    "1.5",
    eth,
    "Lys på skaterbanen i Skovlunde",
    "LED-lys så banen kan bruges om vinteren efter kl. 16.\n\n- 6 master\n- tænd/sluk med timer",
  );
  const benches = await grant(
    "Emma",
    "Måløv Grundejerforening",
    "45000",
    dkkt,
    "Nye bænke og borde i Måløv Bypark",
    "Ti bænke og fire borde ved legepladsen. Tilbud fra lokal tømrer vedlagt på borgermødet.",
  );
  const turf = await grant(
    "Ida",
    "Ballerup Nord Fællesskabshave",
    "400000",
    dkkt,
    "Kunstgræs på Ballerup Nord Stadion",
    "En stor investering, som bruger mere end halvdelen af puljen.",
  );
  const wall = await grant(
    "Mette",
    "Ballerup Syd Legepladsforening",
    "30000",
    dkkt,
    "Graffitimur ved Ballerup Station",
    "En lovlig væg til gadekunst.",
  );
  const finished = await proposeRound(fund, as("Hans"), texts("Hans"), record, {
    title: "Borgermillion 2025 (prøverunde)",
    body: "400.000 kr. fordelt på fire bydele. Idéer i to dage, vurdering i to dage, afstemning i to dage.",
    criteria:
      "Prøverunden bruger de samme kriterier som Borgermillionen: kommunens fagfolk vurderer, om en idé gavner bydelen, kan gennemføres inden for budgettet og ikke strider mod lov eller lokalplan. Idéerne får penge i rækkefølge efter stemmer, så længe der er penge nok tilbage; en idé, der ikke kan nås, springes over.",
    asset: dkkt,
    budget: "100000",
    schedule: [t0 + 11 * DAY, t0 + 13 * DAY, t0 + 15 * DAY],
    challengeDelay: DAY,
    reviewers: [as("Borgerservice").address as Address],
  });

  // Day 1: votes; the guardian vetoes the graffiti wall (the site needs a permit first).
  await at(1.01);
  await votes(lights, [
    ["Anna", "for", "Bo og jeg er enige: vinterlys giver tryghed"],
    ...everyoneFor("Camilla", "Dennis", "Emma"),
    // A reason that names a private person: the moderator hides it at the end of the demo.
    ["Jonas", "against", "Det burde kommunen betale; spørg bare Kirsten Holm på Vesterbrogade 12"],
  ]);
  await votes(benches, [...everyoneFor("Emma", "Frederik", "Gitte"), ["Hans", "abstain"], ["Karen", "for"]]);
  await votes(turf, [
    ...everyoneFor("Ida", "Jonas"),
    ["Anna", "against", "For dyrt for én bydel"],
    ["Frederik", "against"],
    ["Mette", "against"],
    ["Niels", "against"],
    ["Olivia", "against"],
  ]);
  await votes(wall, everyoneFor("Mette", "Peter"));
  await votes(finished.proposalId, everyoneFor("Hans", "Gitte", "Karen", "Lars", "Peter"));
  await (await fund.governor.connect(as("Kommunens jurist"))["cancel(uint256)"](wall)).wait();

  // Day 2: at the library, the registrar admits two residents without a wallet: their passkey
  // accounts' addresses, before the accounts exist on chain.
  await at(2.1);
  // Only with a bundler beside the chain (npm start, the browser tests): the tasks' tests seed the
  // demo on Hardhat's in-process network, where no bundler can reach it.
  const withPasskeys = Boolean(record.contracts.paymaster && process.env.PULJE_BUNDLER_URL);
  const passkeyMembers = withPasskeys ? await demoPasskeyMembers(record, rpcUrl(hre)) : [];
  for (const m of passkeyMembers)
    await (
      await fund
        .membership!.connect(as("Borgerservice"))
        .addMember(m.address, record.config.districts.indexOf(m.district))
    ).wait();
  if (record.demo) record.demo = { ...record.demo, passkeyMembers };

  // Day 7: the votes have closed; day 9: the timelock has passed and the 2025 round opens.
  await at(7);
  for (const id of [lights, benches, finished.proposalId]) await queueProposal(fund, kommune, id);
  await at(9.01);
  for (const id of [lights, benches, finished.proposalId]) await executeProposal(fund, kommune, id);
  note(lights, "Lys på skaterbanen i Skovlunde", "executed (1.5 ETH paid)");
  note(benches, "Nye bænke og borde i Måløv Bypark", "executed (45,000 DKKT paid)");
  note(turf, "Kunstgræs på Ballerup Nord Stadion", "defeated");
  note(wall, "Graffitimur ved Ballerup Station", "cancelled by the guardian");
  note(finished.proposalId, "Borgermillion 2025 (prøverunde)", "executed: opened the 2025 budget round");

  // Day 9: two more grants, and the 2026 citizen million is proposed.
  await deposit(fund, kommune, dkkt, parseUnits("1000000", 6), memo("Borgermillion 2026"));
  const dogs = await grant(
    "Niels",
    "Ballerup Syd Legepladsforening",
    "60000",
    dkkt,
    "Hundeskov i Ballerup Syd",
    "Indhegnet område på 2.000 m² med bænke og affaldsspande.",
  );
  const dinners = await grant(
    "Karen",
    "Ballerup Nord Fællesskabshave",
    "12000",
    dkkt,
    "Fællesspisning i Ballerup Nord",
    "Tolv fællesspisninger i haven, åbne for alle.",
  );
  const current = await proposeRound(fund, as("Lars"), texts("Lars"), record, {
    title: "Borgermillion 2026",
    body: "1.000.000 kr. til fire bydele, 250.000 kr. hver. Idéer fra borgerne, vurderet af kommunens fagfolk, valgt af beboerne i hver bydel.",
    criteria: ROUND_CRITERIA,
    asset: dkkt,
    budget: "250000",
    schedule: [t0 + 19 * DAY, t0 + 23 * DAY, t0 + 35 * DAY],
    challengeDelay: 2 * DAY,
    reviewers: [as("Borgerservice").address as Address],
  });
  // The verifier checks payees; members propose a quick pool, a task group and a roof in milestones.
  await attestPayees(stewards);
  const stewardship = await proposeStewardship(stewards);
  const stewardProposals = [stewardship.quickPool.id, stewardship.taskGroup.id, stewardship.roof.id];
  const round2025 = BudgetRound__factory.connect(finished.round, kommune);
  await submitIdeas(round2025, FINISHED_ROUND_IDEAS, as, texts);

  // Day 10: votes on the new proposals.
  await at(10.1);
  await votes(dogs, [...everyoneFor("Niels", "Olivia", "Peter", "Mette"), ["Lars", "abstain"]]);
  await votes(dinners, everyoneFor("Karen", "Lars", "Ida", "Jonas"));
  await votes(current.proposalId, everyoneFor("Lars", "Anna", "Emma", "Ida", "Olivia"));
  await votes(stewardship.quickPool.id, everyoneFor(...QUICK_POOL.voters));
  await votes(stewardship.taskGroup.id, everyoneFor(...TASK_GROUP.voters));
  await votes(stewardship.roof.id, everyoneFor(...ROOF_GRANT.voters));

  // Days 11–16: the 2025 round is reviewed, voted on, finalized and paid out.
  await at(11.01);
  await reviewIdeas(round2025, FINISHED_ROUND_IDEAS, as, texts);
  await at(13.01);
  await castBallots(round2025, FINISHED_ROUND_IDEAS, as);
  await at(15.01);
  await (await round2025.finalize()).wait();
  await at(16.01);
  for (let id = 1n; id <= (await round2025.ideaCount()); id++) {
    if ((await round2025.ideaOf(id)).status === 5n) await (await round2025.release(id)).wait(); // Funded
  }
  await (await round2025.returnUnspent()).wait();
  rounds.push({
    address: finished.round,
    title: "Borgermillion 2025 (prøverunde)",
    meant: "paid out; the rest returned to the treasury",
  });

  // Day 16: the 2026 round's and the stewards' proposals are queued; day 18 they are executed,
  // the round opens and residents send ideas.
  for (const id of [current.proposalId, ...stewardProposals]) await queueProposal(fund, kommune, id);
  await at(18.1);
  for (const id of [current.proposalId, ...stewardProposals]) await executeProposal(fund, kommune, id);
  note(current.proposalId, "Borgermillion 2026", "executed: opened the 2026 budget round");
  note(stewardship.quickPool.id, QUICK_POOL.name, "executed: created the quick pool");
  note(stewardship.taskGroup.id, TASK_GROUP.name, "executed: created the task group");
  note(stewardship.roof.id, ROOF_GRANT.title, "executed: created the milestone grant");
  const roofGrant = await fund.milestones.grantCount();
  const round2026 = BudgetRound__factory.connect(current.round, kommune);
  await submitIdeas(round2026, CURRENT_ROUND_IDEAS, as, texts);

  // Day 18–20: the quick pool pays two micro-grants; the roof's materials arrive and are paid.
  await at(18.2);
  await payMicroGrants(stewards, stewardship.quickPool.pool, QUICK_POOL);
  await deliverMilestone(stewards, roofGrant, 0);
  await at(19.1);
  await reviewIdeas(round2026, CURRENT_ROUND_IDEAS, as, texts);
  await payMicroGrants(stewards, stewardship.taskGroup.pool, TASK_GROUP);
  await at(20.3);
  await (await fund.milestones.connect(kommune).release(roofGrant, 0)).wait(); // after the 2-day veto window

  // The present, placed so the chain ends at the wall clock.
  const now = Math.floor(Date.now() / 1000);
  await at(Math.max(23.01, (now - delay - 2 * HOUR - t0) / DAY));
  await queueProposal(fund, kommune, dogs); // executable once the timelock delay has passed
  note(dogs, "Hundeskov i Ballerup Syd", "queued, waiting for the timelock");
  note(dinners, "Fællesspisning i Ballerup Nord", "succeeded, ready to queue");
  const playground = await grant(
    "Olivia",
    "Ballerup Syd Legepladsforening",
    "80000",
    dkkt,
    "Ny legeplads ved Ballerup Syd Skole",
    "Legeplads for 3–10-årige, tegnet sammen med skolens elevråd.",
  );
  await time.increase(delay + 1);
  await votes(playground, [
    ["Olivia", "for", "Børnene har selv tegnet den"],
    ["Peter", "for"],
    ["Gitte", "against"],
  ]);
  note(playground, "Ny legeplads ved Ballerup Syd Skole", "active: voting open");
  // Just now: a micro-grant waits for its second approval; the roof is laid and confirmed.
  await proposePendingGrant(stewards, stewardship.quickPool.pool);
  await deliverMilestone(stewards, roofGrant, 1);
  await castBallots(round2026, CURRENT_ROUND_IDEAS, as);
  rounds.push({ address: current.round, title: "Borgermillion 2026", meant: "voting open, with ballots cast" });
  const trees = await grant(
    "Frederik",
    "Måløv Grundejerforening",
    "35000",
    dkkt,
    "Bytræer langs Måløv Hovedgade",
    "Tyve nye træer, plantet af frivillige.",
  );
  note(trees, "Bytræer langs Måløv Hovedgade", "pending: voting opens later");
  // Just now too: one pending proposal of each kind the proposal forms build.
  for (const p of await proposePendingKinds(stewards, { taskGroup: stewardship.taskGroup.pool, roofGrant }))
    note(p.id, p.title, p.meant);
  if (now > (await time.latest())) await time.increaseTo(now);
  // Rasmus votes from his phone: his first operation creates his account; the fund pays the gas.
  // Last, at the wall-clock time: the bundler checks the operation's validity (the paymaster's
  // budget period, counted from its deployment, which the backdated chain saw 30 days ago)
  // against its own clock.
  if (passkeyMembers.length) await voteThroughBundler(record, rpcUrl(hre), "Rasmus", playground, "for");

  const moderation = await moderateDemo({
    content,
    log: written,
    moderator: as("Kommunikationsafdelingen"),
    erasureOfficer: as("Databeskyttelsesrådgiver"),
    hiddenReason: "Kirsten Holm",
    erasedIdea: { title: "Stiforbindelse til Harrestrup Å", author: as("Dennis") },
  });
  return { token: dkkt, proposals, rounds, moderation, ...stewardsSummary(stewardship, roofGrant) };
}

/** What the municipality puts into the fee fund, in ETH. */
const GAS_FUND_DEPOSIT = "2";

/** The node the seed runs against (the bundler's client reads it too). */
const rpcUrl = (hre: HardhatRuntimeEnvironment): string =>
  (hre.network.config as { url?: string }).url ?? "http://127.0.0.1:8545";

type Who = (name: string) => Awaited<ReturnType<HardhatRuntimeEnvironment["ethers"]["getSigners"]>>[number];
type Texts = (name: string) => TextStore;

async function submitIdeas(round: BudgetRound, ideas: readonly DemoIdea[], as: Who, texts: Texts) {
  for (const idea of ideas) {
    const author = texts(idea.by);
    const text = await author.write("idea", await round.getAddress(), {
      title: idea.title,
      description: idea.description,
    });
    const receipt = await (
      await round.connect(as(idea.by)).submitIdea(idea.district, parseUnits(idea.cost, 6), text)
    ).wait();
    await author.confirm([text], receipt!.hash);
  }
}

async function reviewIdeas(round: BudgetRound, ideas: readonly DemoIdea[], as: Who, texts: Texts) {
  const reviewer = as("Borgerservice");
  const written = texts("Borgerservice");
  for (const [i, idea] of ideas.entries()) {
    const cost = parseUnits(idea.review.cost ?? idea.cost, 6);
    const payee = idea.review.feasible ? as(idea.review.payee!).address : "0x0000000000000000000000000000000000000000";
    const code = REVIEW_REASONS.indexOf(idea.review.feasible ? "Feasible" : idea.review.code!);
    const reason = await written.write("review", await round.getAddress(), { reason: idea.review.reason });
    const receipt = await (
      await round.connect(reviewer).reviewIdea(i + 1, idea.review.feasible, cost, payee, code, reason)
    ).wait();
    await written.confirm([reason], receipt!.hash);
  }
}

async function castBallots(round: BudgetRound, ideas: readonly DemoIdea[], as: Who) {
  const ballots = new Map<string, number[]>();
  ideas.forEach((idea, i) => {
    for (const voter of idea.votes ?? []) ballots.set(voter, [...(ballots.get(voter) ?? []), i + 1]);
  });
  for (const [voter, picks] of ballots) await (await round.connect(as(voter)).castBallot(picks)).wait();
}

/** The demo accounts with their roles, as `npm start` prints them and the dApp offers them. */
export function demoAccounts(addresses: string[], people: readonly DemoPerson[] = DEMO_PEOPLE): DemoAccount[] {
  return people.map((p) => ({ ...p, address: addresses[p.index] as Address }));
}

export type { ConnectedFund };
