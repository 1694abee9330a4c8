import { formatUnits, getAddress, isAddress, parseUnits, type Signer } from "ethers";
import type { Address } from "viem";
import { IERC20Metadata__factory } from "../typechain-types";
import type { ConnectedFund } from "../deploy/deployments";
import { parseDescription, proposalDescription } from "../sdk/model/description";
import { PROPOSAL_STATES, supportOf, type ProposalState, type VoteChoice } from "../sdk/model/governance";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import { grantActions, type Grant } from "../sdk/proposals/governance";

/** An asset as people name it: symbol, address and decimals. ETH is the zero address. */
export interface Asset {
  symbol: string;
  address: Address;
  decimals: number;
}

/**
 * Finds an asset by "ETH", by the symbol of a tracked asset in the deployment, or by an
 * ERC-20 address (reading its symbol and decimals from the chain).
 */
export async function resolveAsset(fund: ConnectedFund, name: string | undefined): Promise<Asset> {
  const wanted = (name ?? "ETH").trim();
  if (wanted.toUpperCase() === "ETH") return { symbol: "ETH", address: ETH_ADDRESS, decimals: 18 };
  const tracked = fund.record.assets.find((a) => a.symbol.toLowerCase() === wanted.toLowerCase());
  const address = tracked?.address ?? (isAddress(wanted) ? (getAddress(wanted) as Address) : null);
  if (!address) {
    const known = ["ETH", ...fund.record.assets.map((a) => a.symbol)].join(", ");
    throw new Error(`Unknown asset "${wanted}": use ETH, a tracked symbol (${known}) or a token address`);
  }
  const token = IERC20Metadata__factory.connect(address, fund.treasury.runner);
  return { symbol: tracked?.symbol ?? String(await token.symbol()), address, decimals: Number(await token.decimals()) };
}

export function parseAmount(amount: string, asset: Asset): bigint {
  const value = parseUnits(amount.trim(), asset.decimals);
  if (value <= 0n) throw new Error(`The amount must be more than 0 ${asset.symbol}`);
  return value;
}

export function formatAmount(value: bigint, asset: Pick<Asset, "symbol" | "decimals">): string {
  return `${formatUnits(value, asset.decimals)} ${asset.symbol}`;
}

/** Deposits into the treasury with a memo; for an ERC-20, approves the exact amount first. */
export async function deposit(
  fund: ConnectedFund,
  from: Signer,
  asset: Asset,
  amount: bigint,
  memo: string,
): Promise<string> {
  const treasury = fund.treasury.connect(from);
  if (asset.address === ETH_ADDRESS) {
    return (await (await treasury.deposit(memo, { value: amount })).wait())!.hash;
  }
  await (
    await IERC20Metadata__factory.connect(asset.address, from).approve(await treasury.getAddress(), amount)
  ).wait();
  return (await (await treasury.depositToken(asset.address, amount, memo)).wait())!.hash;
}

/** Proposes a grant paid by the treasury and returns its id. */
export async function proposeGrant(
  fund: ConnectedFund,
  proposer: Signer,
  grant: Grant,
  title: string,
  body = "",
): Promise<bigint> {
  const description = proposalDescription(title, body, await proposer.getAddress());
  const actions = grantActions(fund.record.contracts.treasury, grant, description);
  const governor = fund.governor.connect(proposer);
  const receipt = await (
    await governor.propose(actions.targets, actions.values, actions.calldatas, description)
  ).wait();
  for (const log of receipt!.logs) {
    const event = governor.interface.parseLog(log);
    if (event?.name === "ProposalCreated") return event.args.proposalId as bigint;
  }
  throw new Error("The governor did not report the new proposal");
}

export async function castVote(
  fund: ConnectedFund,
  voter: Signer,
  id: bigint,
  choice: VoteChoice,
  reason = "",
): Promise<string> {
  const governor = fund.governor.connect(voter);
  const tx = reason
    ? await governor.castVoteWithReason(id, supportOf(choice), reason)
    : await governor.castVote(id, supportOf(choice));
  return (await tx.wait())!.hash;
}

/** Queues a passed proposal in the timelock, by id (anyone may). */
export async function queueProposal(fund: ConnectedFund, by: Signer, id: bigint): Promise<string> {
  return (await (await fund.governor.connect(by)["queue(uint256)"](id)).wait())!.hash;
}

/** Executes a queued proposal whose delay has passed, by id (anyone may). */
export async function executeProposal(fund: ConnectedFund, by: Signer, id: bigint): Promise<string> {
  return (await (await fund.governor.connect(by)["execute(uint256)"](id)).wait())!.hash;
}

export interface ProposalSummary {
  id: bigint;
  title: string;
  proposer: string;
  state: ProposalState;
  votes: { against: bigint; for: bigint; abstain: bigint };
  snapshot: bigint;
  deadline: bigint;
  eta: bigint;
}

/**
 * Every proposal, newest first, from the governor's own enumeration; the titles come from the
 * ProposalCreated events, read in bounded block ranges.
 */
export async function listProposals(fund: ConnectedFund): Promise<ProposalSummary[]> {
  const governor = fund.governor;
  const count = await governor.latestProposalId();
  const titles = await proposalTitles(fund);
  const summaries: ProposalSummary[] = [];
  for (let id = count; id >= 1n; id--) {
    const [state, [against, forVotes, abstain], snapshot, deadline, eta, proposer] = await Promise.all([
      governor.state(id),
      governor.proposalVotes(id),
      governor.proposalSnapshot(id),
      governor.proposalDeadline(id),
      governor.proposalEta(id),
      governor.proposalProposer(id),
    ]);
    summaries.push({
      id,
      title: titles.get(id) ?? "(title not found)",
      proposer,
      state: PROPOSAL_STATES[Number(state)],
      votes: { against, for: forVotes, abstain },
      snapshot,
      deadline,
      eta,
    });
  }
  return summaries;
}

const LOG_RANGE = 10_000;

async function proposalTitles(fund: ConnectedFund): Promise<Map<bigint, string>> {
  const provider = fund.governor.runner!.provider!;
  const latest = await provider.getBlockNumber();
  const titles = new Map<bigint, string>();
  for (let from = fund.record.deploymentBlock; from <= latest; from += LOG_RANGE) {
    const to = Math.min(from + LOG_RANGE - 1, latest);
    for (const event of await fund.governor.queryFilter(fund.governor.filters.ProposalCreated(), from, to)) {
      titles.set(event.args.proposalId, parseDescription(event.args.description).title);
    }
  }
  return titles;
}
