import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import {
  parseEther,
  parseUnits,
  type BaseContract,
  type ContractTransactionResponse,
  type TransactionReceipt,
} from "ethers";
import type { Address, Hex } from "viem";
import { deployFund } from "../deploy/deployFund";
import { parseFundConfig } from "../sdk/config/fund";
import { benchReason, benchText } from "./texts";
import { descriptionHash, proposalDescription } from "../sdk/model/description";
import { supportOf } from "../sdk/model/governance";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import type { ProposalActions } from "../sdk/proposals/actions";
import { grantActions, majorityActions, type Grant } from "../sdk/proposals/governance";
import {
  DemoStablecoin__factory,
  Governor__factory,
  IVotes__factory,
  PuljeTimelock__factory,
  ReferenceGovernor__factory,
  ReferenceVotesToken__factory,
  PayeeRegistry__factory,
  Treasury__factory,
  type DemoStablecoin,
  type Governor,
  type IVotes,
  type Treasury,
} from "../typechain-types";
import type { Measured } from "./report";

const DAY = 86_400;

/** The rules both setups run with, in seconds. */
const RULES = {
  votingDelay: DAY,
  votingPeriod: 5 * DAY,
  lateQuorumExtension: DAY,
  timelockDelay: 2 * DAY,
  quorumPercent: 25,
};
const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"];
const VOTER_COUNT = 10;
/** A reference holder's balance: one whole token, one vote's worth. */
const ONE_TOKEN = parseEther("1");
/**
 * 10 voters + the 2 admitted during the scenario = 12 votes; 25 % of 12 is exactly 3 in both
 * setups (with 11 it would be 2 members but 2.75 tokens, and "reaches quorum" would be a
 * different vote on each side). runProposal checks it.
 */
const QUORUM_VOTES = 3n;
/** A reference to the reason's text (PuljeGovernor takes nothing else); the stock governor gets the same. */
const REASON = benchReason("Good use of the fund");

const TREASURY_ETH = parseEther("10");
const TREASURY_DKKT = parseUnits("1000000", 6);

export interface Actors {
  deployer: HardhatEthersSigner;
  registrar: HardhatEthersSigner;
  guardian: HardhatEthersSigner;
  recipient: HardhatEthersSigner;
  /** Members (ours) or self-delegated holders (reference) from the start. */
  voters: HardhatEthersSigner[];
  /** Admitted during the scenario, to measure "add member" and delegation. */
  newcomers: [HardhatEthersSigner, HardhatEthersSigner];
}

/** Deploy gas per contract, plus everything the setup sent before the scenario starts. */
export interface DeploymentGas {
  votes: bigint;
  timelock: bigint;
  governor: bigint;
  treasury: bigint;
  total: bigint;
}

/**
 * What the scenario needs from a setup. Both sides are driven through the stock Governor and
 * IVotes ABIs, so the scenario cannot do something on one side that it does not on the other.
 */
export interface Setup {
  governor: Governor;
  votes: IVotes;
  treasury: Treasury;
  /** Each setup gets its own token, so the recipient's balance slot starts empty on both sides. */
  stablecoin: DemoStablecoin;
  /** One vote in the setup's units: a membership, or a holder's whole token. */
  oneVote: bigint;
  /** Stock ERC20Votes counts nothing until a holder delegates; Membership self-delegates. */
  mustDelegateToVote: boolean;
  deployment: DeploymentGas;
  /** Makes `account` a voter: addMember by the registrar, or a mint. */
  admit(account: string): Promise<ContractTransactionResponse>;
  /**
   * A rule change that pushes one checkpoint on the governor: ours sets the majority (to two
   * thirds); the stock governor has none, so it changes its quorum, the same kind of write.
   */
  ruleChange: ProposalActions;
}

export async function getActors(): Promise<Actors> {
  const [deployer, registrar, guardian, recipient, ...rest] = await ethers.getSigners();
  const voters = rest.slice(0, VOTER_COUNT);
  const [first, second] = rest.slice(VOTER_COUNT, VOTER_COUNT + 2);
  if (!second) throw new Error("bench: the hardhat network needs at least 16 accounts");
  return { deployer, registrar, guardian, recipient, voters, newcomers: [first, second] };
}

/* ------------------------------------------ OURS ------------------------------------------ */

/** Our fund, built by the real deployment module. */
export async function deployOurs(actors: Actors): Promise<Setup> {
  const config = parseFundConfig({
    name: "Pulje Bench Fund",
    votingMode: "membership",
    districts: DISTRICTS,
    ...RULES,
    proposalThreshold: 1,
    registrars: [actors.registrar.address],
    guardian: actors.guardian.address,
    members: actors.voters.map((v, i) => ({ account: v.address, district: DISTRICTS[i % DISTRICTS.length] })),
  });
  const firstBlock = (await ethers.provider.getBlockNumber()) + 1;
  const fund = await deployFund(actors.deployer, config);
  const lastBlock = await ethers.provider.getBlockNumber();
  const { membership } = fund;
  if (!membership) throw new Error("bench: deployFund returned no membership in membership mode");

  // deployFund keeps no receipts: read back every transaction the deployer sent meanwhile.
  const receipts = await receiptsFrom(actors.deployer.address, firstBlock, lastBlock);
  const created = new Map<string, bigint>();
  for (const r of receipts) if (r.contractAddress) created.set(r.contractAddress, r.gasUsed);
  const creationGas = async (contract: BaseContract) => {
    const address = await contract.getAddress();
    const gas = created.get(address);
    if (gas === undefined)
      throw new Error(`bench: no creation transaction for ${address} in blocks ${firstBlock}–${lastBlock}`);
    return gas;
  };

  return {
    governor: Governor__factory.connect(await fund.governor.getAddress(), actors.deployer),
    votes: IVotes__factory.connect(fund.votesAddress, actors.deployer),
    treasury: fund.treasury,
    stablecoin: await fillTreasury(actors.deployer, fund.treasury),
    oneVote: 1n,
    mustDelegateToVote: false,
    deployment: {
      votes: await creationGas(membership),
      timelock: await creationGas(fund.timelock),
      governor: await creationGas(fund.governor),
      treasury: await creationGas(fund.treasury),
      total: sum(receipts.map((r) => r.gasUsed)),
    },
    admit: (account) => membership.connect(actors.registrar).addMember(account, 0),
    ruleChange: majorityActions((await fund.governor.getAddress()) as Address, { numerator: 2, denominator: 3 }),
  };
}

async function receiptsFrom(sender: string, fromBlock: number, toBlock: number): Promise<TransactionReceipt[]> {
  const receipts: TransactionReceipt[] = [];
  for (let n = fromBlock; n <= toBlock; n++) {
    const block = await ethers.provider.getBlock(n);
    for (const hash of block?.transactions ?? []) {
      const receipt = await ethers.provider.getTransactionReceipt(hash);
      if (receipt && receipt.from === sender) receipts.push(receipt);
    }
  }
  return receipts;
}

/* --------------------------------------- REFERENCE ---------------------------------------- */

/** Sends and records the reference setup's transactions, so its total is summed like deployFund's. */
class Ledger {
  private readonly receipts: TransactionReceipt[] = [];

  async send(sent: Promise<ContractTransactionResponse>): Promise<bigint> {
    const receipt = await mined(sent);
    this.receipts.push(receipt);
    return receipt.gasUsed;
  }

  async deploy<C extends BaseContract>(deploying: Promise<C>): Promise<{ contract: C; gas: bigint }> {
    const contract = await deploying;
    const receipt = await contract.deploymentTransaction()?.wait();
    if (!receipt || receipt.status !== 1) throw new Error("bench: a reference deployment failed");
    this.receipts.push(receipt);
    return { contract, gas: receipt.gasUsed };
  }

  get total(): bigint {
    return sum(this.receipts.map((r) => r.gasUsed));
  }
}

/**
 * Stock OpenZeppelin parts only, in deployFund's order and with its wiring: ERC20Votes token,
 * TimelockController (PuljeTimelock adds nothing to it), the Wizard's governor, the same Treasury.
 */
export async function deployReference(actors: Actors): Promise<Setup> {
  const deployer = actors.deployer;
  const ledger = new Ledger();
  const timelock = await ledger.deploy(
    new PuljeTimelock__factory(deployer).deploy(RULES.timelockDelay, [], [], deployer.address),
  );
  const timelockAddress = await timelock.contract.getAddress();
  const token = await ledger.deploy(new ReferenceVotesToken__factory(deployer).deploy());
  const governor = await ledger.deploy(
    new ReferenceGovernor__factory(deployer).deploy(
      await token.contract.getAddress(),
      timelockAddress,
      RULES.votingDelay,
      RULES.votingPeriod,
      1n, // one token unit: like ours (threshold 1), propose still reads the proposer's votes
      RULES.quorumPercent,
    ),
  );
  const governorAddress = await governor.contract.getAddress();
  // The same treasury as ours, with a registry that does not require verified payees.
  const payees = await ledger.deploy(new PayeeRegistry__factory(deployer).deploy(timelockAddress, [], false));
  const treasury = await ledger.deploy(
    new Treasury__factory(deployer).deploy(timelockAddress, await payees.contract.getAddress()),
  );

  const tl = timelock.contract;
  for (const role of [await tl.PROPOSER_ROLE(), await tl.CANCELLER_ROLE(), await tl.EXECUTOR_ROLE()]) {
    await ledger.send(tl.grantRole(role, governorAddress));
  }
  await ledger.send(tl.renounceRole(await tl.DEFAULT_ADMIN_ROLE(), deployer.address));
  for (const voter of actors.voters) {
    await ledger.send(token.contract.mint(voter.address, ONE_TOKEN));
    await ledger.send(token.contract.connect(voter).delegate(voter.address));
  }

  return {
    governor: Governor__factory.connect(governorAddress, deployer),
    votes: IVotes__factory.connect(await token.contract.getAddress(), deployer),
    treasury: treasury.contract,
    stablecoin: await fillTreasury(deployer, treasury.contract),
    oneVote: ONE_TOKEN,
    mustDelegateToVote: true,
    deployment: {
      votes: token.gas,
      timelock: timelock.gas,
      governor: governor.gas,
      treasury: treasury.gas,
      total: ledger.total,
    },
    admit: (account) => token.contract.connect(actors.registrar).mint(account, ONE_TOKEN),
    ruleChange: {
      targets: [governorAddress as Address],
      values: [0n],
      calldatas: [
        governor.contract.interface.encodeFunctionData("updateQuorumNumerator", [RULES.quorumPercent + 5]) as Hex,
      ],
    },
  };
}

/** Deposits ETH and a fresh demo stable-coin, so both kinds of grant can be paid. Not measured. */
async function fillTreasury(deployer: HardhatEthersSigner, treasury: Treasury): Promise<DemoStablecoin> {
  const stablecoin = await new DemoStablecoin__factory(deployer).deploy("Demo Danish Krone", "DKKT");
  await stablecoin.waitForDeployment();
  const treasuryAddress = await treasury.getAddress();
  await mined(stablecoin.mint(deployer.address, TREASURY_DKKT));
  await mined(stablecoin.approve(treasuryAddress, TREASURY_DKKT));
  await mined(
    treasury.connect(deployer).depositToken(await stablecoin.getAddress(), TREASURY_DKKT, benchText("bench")),
  );
  await mined(treasury.connect(deployer).deposit(benchText("bench"), { value: TREASURY_ETH }));
  return stablecoin;
}

/* ---------------------------------------- SCENARIO ---------------------------------------- */

type VoteKind = "castVote" | "castVoteWithReason" | "castVoteBySig";
interface Ballot {
  voter: HardhatEthersSigner;
  kind: VoteKind;
}

interface ProposalGas {
  propose: bigint;
  /** In ballot order. */
  votes: bigint[];
  queue: bigint;
  execute: bigint;
}

/**
 * The same actions, in the same order, for either setup. Every proposal opens with the
 * proposer's own For vote, so each measured vote is the second For (the tally slot already
 * non-zero) and the third For is the one that reaches quorum (3 votes): rows taken from
 * different proposals are then comparable.
 */
export async function runScenario(setup: Setup, actors: Actors): Promise<Measured> {
  const [proposer, v1, v2, v3, v4] = actors.voters;
  const [newcomer, other] = actors.newcomers;
  const measured: Measured = {};

  // Membership changes. The reference's newcomers must delegate to themselves before they count.
  measured["add member"] = await gasOf(setup.admit(newcomer.address));
  if (setup.mustDelegateToVote) {
    measured["delegate (first, to self)"] = await gasOf(setup.votes.connect(newcomer).delegate(newcomer.address));
  }
  measured["add voter, ready to vote (sum)"] = measured["add member"] + (measured["delegate (first, to self)"] ?? 0n);
  await mined(setup.admit(other.address));
  if (setup.mustDelegateToVote) await mined(setup.votes.connect(other).delegate(other.address));
  measured["delegate (change)"] = await gasOf(setup.votes.connect(other).delegate(newcomer.address));

  const recipient = actors.recipient.address as Address;
  const eth: Grant = { asset: ETH_ADDRESS, recipient, amount: parseEther("1") };
  const dkkt: Grant = {
    asset: (await setup.stablecoin.getAddress()) as Address,
    recipient,
    amount: parseUnits("1000", 6),
  };
  const ballot = (voter: HardhatEthersSigner, kind: VoteKind = "castVote"): Ballot => ({ voter, kind });
  const treasury = (await setup.treasury.getAddress()) as Address;
  // A grant's payment carries its proposal's description hash, so its actions follow the description.
  const grant = (g: Grant) => (description: string) => grantActions(treasury, g, description);

  // 1. The fund's first proposal: v1's first vote ever; v3 and v4 vote for the first time too,
  //    with a reason and by signature, so their later votes (and the signature nonce) are steady.
  const first = await runProposal(setup, proposer, grant(eth), "Grant 1", [
    ballot(proposer),
    ballot(v1),
    ballot(v2),
    ballot(v3, "castVoteWithReason"),
    ballot(v4, "castVoteBySig"),
  ]);
  // 2. A later ETH grant by the same proposer: the steady-state rows, and one vote after quorum
  //    (ours stops checking for late quorum once it is reached).
  const steady = await runProposal(setup, proposer, grant(eth), "Grant 2", [
    ballot(proposer),
    ballot(v1),
    ballot(v2),
    ballot(v3),
  ]);
  // 3. An ERC-20 grant (the execute row), and 4. an ETH grant: the steady vote with a reason,
  //    then by signature, each in the same (second) position as castVote (steady).
  const withReason = await runProposal(setup, proposer, grant(dkkt), "Grant 3", [
    ballot(proposer),
    ballot(v3, "castVoteWithReason"),
    ballot(v2),
  ]);
  const bySig = await runProposal(setup, proposer, grant(eth), "Grant 4", [
    ballot(proposer),
    ballot(v4, "castVoteBySig"),
    ballot(v2),
  ]);
  // 5. A rule change, last so that every grant above ran under the fund's first rules.
  const rule = await runProposal(setup, proposer, () => setup.ruleChange, "New majority", [
    ballot(proposer),
    ballot(v1),
    ballot(v2),
  ]);

  measured["propose (fund's first)"] = first.propose;
  measured["propose"] = steady.propose;
  measured["castVote (first vote ever)"] = first.votes[1];
  measured["castVote (first on a proposal)"] = steady.votes[0];
  measured["castVote (steady)"] = steady.votes[1];
  measured["castVote (reaches quorum)"] = steady.votes[2];
  measured["castVote (steady, after quorum)"] = steady.votes[3];
  measured["castVoteWithReason (steady)"] = withReason.votes[1];
  measured["castVoteBySig (steady)"] = bySig.votes[1];
  measured["queue"] = steady.queue;
  measured["execute (ETH grant)"] = steady.execute;
  measured["execute (ERC-20 grant)"] = withReason.execute;
  measured["execute (rule change: majority)"] = rule.execute;
  return measured;
}

/** propose → snapshot → ballots (all For) → deadline → queue → eta → execute, as in test/helpers/governance.ts. */
async function runProposal(
  setup: Setup,
  proposer: HardhatEthersSigner,
  actions: (description: string) => ProposalActions,
  title: string,
  ballots: Ballot[],
): Promise<ProposalGas> {
  const { governor } = setup;
  // The title published, as the dApp does when its proposer agrees: the longest description Pulje writes.
  const description = proposalDescription(title, benchText(title), proposer.address);
  const hash = descriptionHash(description);
  const { targets, values, calldatas } = actions(description);

  const propose = await gasOf(governor.connect(proposer).propose(targets, values, calldatas, description));
  // Sequential on our side, a hash on the reference's; getProposalId answers both.
  const id = await governor.getProposalId(targets, values, calldatas, hash);
  const snapshot = await governor.proposalSnapshot(id);
  await time.increaseTo(snapshot + 1n);
  const quorum = await governor.quorum(snapshot);
  if (quorum !== QUORUM_VOTES * setup.oneVote) {
    throw new Error(
      `bench: quorum is ${quorum}, expected ${QUORUM_VOTES} votes: the "reaches quorum" row would be wrong`,
    );
  }

  const votes: bigint[] = [];
  for (const b of ballots) votes.push(await gasOf(castBallot(governor, id, b)));

  await time.increaseTo((await governor.proposalDeadline(id)) + 1n);
  const queue = await gasOf(governor.queue(targets, values, calldatas, hash));
  await time.increaseTo(await governor.proposalEta(id));
  const execute = await gasOf(governor.execute(targets, values, calldatas, hash));
  const EXECUTED = 7n;
  if ((await governor.state(id)) !== EXECUTED) throw new Error(`bench: "${title}" was not executed`);
  return { propose, votes, queue, execute };
}

function castBallot(governor: Governor, id: bigint, { voter, kind }: Ballot): Promise<ContractTransactionResponse> {
  const support = supportOf("for");
  switch (kind) {
    case "castVote":
      return governor.connect(voter).castVote(id, support);
    case "castVoteWithReason":
      return governor.connect(voter).castVoteWithReason(id, support, REASON);
    case "castVoteBySig":
      // A relayer (here the deployer, to whom `governor` is connected) submits the signed ballot.
      return signBallot(governor, voter, id, support).then((signature) =>
        governor.castVoteBySig(id, support, voter.address, signature),
      );
  }
}

/** EIP-712 Ballot signature; the domain is the governor's name and version "1". */
async function signBallot(
  governor: Governor,
  voter: HardhatEthersSigner,
  proposalId: bigint,
  support: number,
): Promise<string> {
  const domain = {
    name: await governor.name(),
    version: await governor.version(),
    chainId: (await ethers.provider.getNetwork()).chainId,
    verifyingContract: await governor.getAddress(),
  };
  const types = {
    Ballot: [
      { name: "proposalId", type: "uint256" },
      { name: "support", type: "uint8" },
      { name: "voter", type: "address" },
      { name: "nonce", type: "uint256" },
    ],
  };
  const nonce = await governor.nonces(voter.address);
  return voter.signTypedData(domain, types, { proposalId, support, voter: voter.address, nonce });
}

/* ----------------------------------------- HELPERS ---------------------------------------- */

async function mined(sent: Promise<ContractTransactionResponse>): Promise<TransactionReceipt> {
  const receipt = await (await sent).wait();
  if (!receipt || receipt.status !== 1) throw new Error(`bench: transaction ${receipt?.hash} failed`);
  return receipt;
}

async function gasOf(sent: Promise<ContractTransactionResponse>): Promise<bigint> {
  return (await mined(sent)).gasUsed;
}

function sum(values: bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}
