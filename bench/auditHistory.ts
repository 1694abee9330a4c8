/**
 * A long fund history on a local Hardhat node, for the audit benchmark: deploys a membership
 * fund with deployFund, then runs rounds in which every member proposes a grant, 20 members
 * vote on each proposal, and one passed grant per round is queued and paid; then budget rounds
 * (bench/auditRounds.ts), opened by proposals like the rest.
 *
 * Transactions go to the node's unlocked accounts as JSON-RPC batches (bench/auditSender.ts).
 * The node still mines each transaction in its own block, as a real chain spreads votes over
 * many blocks; that matters to the audit, which reads one block time per block with an event.
 */
import { getAddress as checksum } from "viem";
import { JsonRpcProvider } from "ethers";
import { parseFundConfig, type FundConfig } from "../sdk/config/fund";
import { deployFund } from "../deploy/deployFund";
import { toDeploymentRecord, type DeploymentRecord } from "../deploy/deployments";
import type { VoteChoice } from "../sdk/model/governance";
import { rpc } from "./auditRpc";
import { runBudgetRounds, type BudgetRoundsCounts, type BudgetRoundsPlan } from "./auditRounds";
import { ETHER, Sender } from "./auditSender";

export interface HistoryPlan {
  /** All proposals, the rounds' opening ones included. */
  proposals: number;
  votesPerProposal: number;
  budgetRounds: BudgetRoundsPlan;
}

export interface GeneratedHistory {
  deployment: DeploymentRecord;
  members: number;
  proposals: number;
  votes: number;
  /** Grants queued, executed and paid. */
  payments: number;
  deposits: number;
  /** Rounds of grant proposals (every member proposes once in each). */
  rounds: number;
  /** The budget rounds and what happened in them. */
  budget: BudgetRoundsCounts;
  /** The last block of the history. */
  toBlock: number;
  transactions: number;
  seconds: number;
}

const INITIAL_DEPOSIT = 50n * ETHER;
const ROUND_DEPOSIT = ETHER / 2n;

/** Hardhat's test mnemonic unlocks 30 accounts here: deployer, registrar, guardian, 27 members. */
const ROLE_ACCOUNTS = 3;
const DISTRICTS = ["Nord", "Syd", "Øst", "Vest"];

/** The fund's rules: short enough to run many rounds, long enough that a round fits in a vote. */
function benchConfig(accounts: readonly string[]): FundConfig {
  const [, registrar, guardian, ...members] = accounts;
  return parseFundConfig({
    name: "Pulje audit benchmark",
    votingMode: "membership",
    districts: DISTRICTS,
    votingDelay: "1 hour",
    votingPeriod: "1 day",
    lateQuorumExtension: "1 hour",
    timelockDelay: "1 day",
    quorumPercent: 25,
    proposalThreshold: 1,
    registrars: [registrar],
    // The rounds part admits hundreds of new members at once: a limit no benchmark reaches.
    admissionLimit: { count: 4_294_967_295, period: "1 day" },
    registrarContact: "benchmark",
    guardian,
    members: members.map((account, i) => ({ account, district: DISTRICTS[i % DISTRICTS.length] })),
  });
}

const VOTE_PATTERN: VoteChoice[] = ["for", "for", "against", "abstain"];

/**
 * How the j-th voter on a proposal votes: 10 for, 5 against, 5 abstain, so it passes; every
 * fifth proposal has for and against swapped, so it is defeated.
 */
function choice(proposalId: number, voter: number): VoteChoice {
  const vote = VOTE_PATTERN[voter % VOTE_PATTERN.length];
  if (proposalId % 5 !== 0) return vote;
  return vote === "for" ? "against" : vote === "against" ? "for" : vote;
}

const passes = (proposalId: number) => proposalId % 5 !== 0;

interface RoundCounts {
  proposals: number;
  votes: number;
  payments: number;
}

/**
 * One round: each member in `proposers` proposes; after the voting delay, `votesPerProposal`
 * members (a different set per proposal) vote on each; after the vote, the first passed grant
 * is queued and, after the timelock delay, executed. Ends with every proposal decided, so
 * every member may propose again (one live proposal per proposer).
 */
async function runRound(
  sender: Sender,
  config: FundConfig,
  members: readonly string[],
  proposers: number,
  votesPerProposal: number,
  round: number,
): Promise<RoundCounts> {
  const first = (await sender.latestProposalId()) + 1;
  await sender.send(
    members.slice(0, proposers).map((m, i) => sender.propose(m, i, `Round ${round}: grant ${first + i}`)),
  );
  const ids = Array.from({ length: proposers }, (_, i) => first + i);
  const latest = await sender.latestProposalId();
  if (latest !== ids[ids.length - 1])
    throw new Error(`Expected proposal ${ids[ids.length - 1]}, the governor has ${latest}`);

  await sender.advance(config.votingDelay + 1);
  const votes = ids.flatMap((proposalId) =>
    Array.from({ length: votesPerProposal }, (_, j) =>
      sender.vote(members[(proposalId + j) % members.length], proposalId, choice(proposalId, j)),
    ),
  );
  await sender.send(votes);
  await sender.advance(config.votingPeriod + 1);

  const paid = ids.find(passes);
  if (paid !== undefined) {
    await sender.send([sender.queue(members[0], paid)]);
    await sender.advance(config.timelockDelay + 1);
    await sender.send([sender.execute(members[0], paid)]);
  }
  return { proposals: ids.length, votes: votes.length, payments: paid === undefined ? 0 : 1 };
}

/** Deploys the fund and writes its history; `log` hears one line per few rounds. */
export async function generateHistory(
  url: string,
  plan: HistoryPlan,
  log: (line: string) => void,
): Promise<GeneratedHistory> {
  const started = performance.now();
  // The node prints every transaction in detail; tens of thousands of those cost more than the transactions.
  await rpc(url, "hardhat_setLoggingEnabled", [false]);
  const accounts = (await rpc(url, "eth_accounts")) as string[];
  const config = benchConfig(accounts);
  const members = accounts.slice(ROLE_ACCOUNTS);
  if (members.length < plan.votesPerProposal)
    throw new Error(`${plan.votesPerProposal} votes per proposal need as many members; the node has ${members.length}`);

  const provider = new JsonRpcProvider(url, undefined, { pollingInterval: 50 });
  try {
    const deployer = await provider.getSigner(accounts[0]);
    const fund = await deployFund(deployer, config);
    const deployment = await toDeploymentRecord(fund, "localhost");

    const sender = new Sender(url, deployment);
    const donor = accounts[0];
    await sender.send([sender.deposit(donor, INITIAL_DEPOSIT, "Start capital")]);
    const totals: RoundCounts = { proposals: 0, votes: 0, payments: 0 };
    const grantProposals = plan.proposals - plan.budgetRounds.rounds;
    let round = 0;
    while (totals.proposals < grantProposals) {
      round++;
      const proposers = Math.min(members.length, grantProposals - totals.proposals);
      const counts = await runRound(sender, config, members, proposers, plan.votesPerProposal, round);
      totals.proposals += counts.proposals;
      totals.votes += counts.votes;
      totals.payments += counts.payments;
      await sender.send([sender.deposit(donor, ROUND_DEPOSIT, `Round ${round}`)]);
      if (round % 5 === 0 || totals.proposals >= grantProposals)
        log(`  round ${round}: ${totals.proposals} proposals, ${totals.votes} votes (${seconds(started)} s)`);
    }

    const [, registrar, guardian] = accounts;
    const budget = await runBudgetRounds(
      {
        url,
        sender,
        fund,
        contracts: deployment.contracts,
        config,
        deployer,
        registrar: checksum(registrar),
        guardian: checksum(guardian),
        members,
        votesPerProposal: plan.votesPerProposal,
      },
      plan.budgetRounds,
    );
    log(
      `  budget rounds: ${budget.rounds} opened, ${budget.ideas} ideas, ${budget.ballots} ballots,` +
        ` ${budget.releases} winners paid (${seconds(started)} s)`,
    );
    const toBlock = Number(await rpc(url, "eth_blockNumber"));
    return {
      // The rounds' token is an asset of the fund now: the audit names it by its symbol.
      deployment: {
        ...deployment,
        assets: [...deployment.assets, { symbol: "DKKT", address: checksum(budget.asset) }],
      },
      members: members.length + budget.newMembers,
      proposals: totals.proposals + budget.proposals,
      votes: totals.votes + budget.votes,
      payments: totals.payments + budget.payments,
      deposits: round + 1 + budget.deposits,
      rounds: round,
      budget,
      toBlock,
      transactions: sender.transactions,
      seconds: Number(seconds(started)),
    };
  } finally {
    provider.destroy();
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
