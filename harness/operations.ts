import { formatUnits, getAddress, isAddress, parseUnits, type Signer } from "ethers";
import { zeroHash, type Address, type Hex } from "viem";
import { textReference } from "../sdk/content/reference";
import { IERC20Metadata__factory } from "../typechain-types";
import type { ConnectedFund } from "../deploy/deployments";
import { parseDescription, proposalDescription } from "../sdk/model/description";
import { PROPOSAL_STATES, supportOf, type ProposalState, type VoteChoice } from "../sdk/model/governance";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import { grantActions, type Grant } from "../sdk/proposals/governance";
import type { TextReader, TextStore } from "./texts";

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

/** An amount given on the command line (`flag`) in whole units of `asset`, e.g. "2500" or "2.5". */
export function parseAmount(amount: string, asset: Pick<Asset, "symbol" | "decimals">, flag = "--amount"): bigint {
  const written = amount.trim();
  if (!/^\d+(\.\d+)?$/.test(written))
    throw new Error(
      `${flag} must be an amount of ${asset.symbol} in whole units, such as 2500 or 2.5, got "${amount}"`,
    );
  if ((written.split(".")[1] ?? "").length > asset.decimals)
    throw new Error(`${flag} has more decimals than ${asset.symbol} has (${asset.decimals}), got "${amount}"`);
  const value = parseUnits(written, asset.decimals);
  if (value <= 0n) throw new Error(`${flag} must be more than 0 ${asset.symbol}, got "${amount}"`);
  return value;
}

export function formatAmount(value: bigint, asset: Pick<Asset, "symbol" | "decimals">): string {
  return `${formatUnits(value, asset.decimals)} ${asset.symbol}`;
}

/**
 * Deposits into the treasury, with a memo if one is given (stored in the content service, its
 * commitment on chain); for an ERC-20, approves the exact amount first.
 */
export async function deposit(
  fund: ConnectedFund,
  from: Signer,
  asset: Asset,
  amount: bigint,
  memo: { text: string; texts: TextStore } | null,
): Promise<string> {
  const treasury = fund.treasury.connect(from);
  const note = memo?.text.trim()
    ? await memo.texts.write("depositMemo", fund.record.contracts.treasury, { memo: memo.text })
    : zeroHash;
  let hash: string;
  if (asset.address === ETH_ADDRESS) {
    hash = (await (await treasury.deposit(note, { value: amount })).wait())!.hash;
  } else {
    await (
      await IERC20Metadata__factory.connect(asset.address, from).approve(await treasury.getAddress(), amount)
    ).wait();
    hash = (await (await treasury.depositToken(asset.address, amount, note)).wait())!.hash;
  }
  if (note !== zeroHash) await memo!.texts.confirm([note], hash);
  return hash;
}

/**
 * A proposal's text, stored, and the description that carries its reference; the title is
 * published on chain only with `publishTitle`, the proposer's choice (it can never be erased).
 * A round's opening with allocation `criteria` keeps them in the same text (a roundProposal).
 */
export async function writeProposalText(
  fund: ConnectedFund,
  proposer: Signer,
  texts: TextStore,
  text: { title: string; body: string; criteria?: string; publishTitle?: boolean },
): Promise<{ description: string; commitment: Hex }> {
  const { governor } = fund.record.contracts;
  const commitment = text.criteria?.trim()
    ? await texts.write("roundProposal", governor, { title: text.title, body: text.body, criteria: text.criteria })
    : await texts.write("proposal", governor, { title: text.title, body: text.body });
  const description = proposalDescription(
    text.publishTitle ? text.title : null,
    commitment,
    await proposer.getAddress(),
  );
  return { description, commitment };
}

/** Proposes a grant paid by the treasury (its text stored first) and returns its id. */
export async function proposeGrant(
  fund: ConnectedFund,
  proposer: Signer,
  grant: Grant,
  text: { title: string; body: string; publishTitle?: boolean },
  texts: TextStore,
): Promise<bigint> {
  const { description, commitment } = await writeProposalText(fund, proposer, texts, text);
  const actions = grantActions(fund.record.contracts.treasury, grant, description);
  return propose(fund, proposer, actions, description, [commitment], texts);
}

/**
 * Sends a proposal whose texts (`commitments`: its own, and any its actions carry) are stored,
 * confirms them with the transaction, and returns the proposal's id.
 */
export async function propose(
  fund: ConnectedFund,
  proposer: Signer,
  actions: { targets: readonly string[]; values: readonly bigint[]; calldatas: readonly string[] },
  description: string,
  commitments: readonly Hex[],
  texts: TextStore,
): Promise<bigint> {
  const governor = fund.governor.connect(proposer);
  const receipt = (await (
    await governor.propose([...actions.targets], [...actions.values], [...actions.calldatas], description)
  ).wait())!;
  await texts.confirm(commitments, receipt.hash);
  for (const log of receipt.logs) {
    const event = governor.interface.parseLog(log);
    if (event?.name === "ProposalCreated") return event.args.proposalId as bigint;
  }
  throw new Error("The governor did not report the new proposal");
}

/** Votes; a reason is stored in the content service and the vote carries its reference. */
export async function castVote(
  fund: ConnectedFund,
  voter: Signer,
  id: bigint,
  choice: VoteChoice,
  reason: { text: string; texts: TextStore } | null = null,
): Promise<string> {
  const governor = fund.governor.connect(voter);
  if (!reason?.text.trim()) return (await (await governor.castVote(id, supportOf(choice))).wait())!.hash;
  const commitment = await reason.texts.write("voteReason", fund.record.contracts.governor, { reason: reason.text });
  const hash = (await (await governor.castVoteWithReason(id, supportOf(choice), textReference(commitment))).wait())!
    .hash;
  await reason.texts.confirm([commitment], hash);
  return hash;
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
 * content service (checked against the commitments in the ProposalCreated events, read in
 * bounded block ranges), or from the description's published title when the text is unavailable.
 */
export async function listProposals(fund: ConnectedFund, read: TextReader): Promise<ProposalSummary[]> {
  const governor = fund.governor;
  const count = await governor.latestProposalId();
  const titles = await proposalTitles(fund, read);
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
      title: titles.get(id) ?? "(text unavailable)",
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

async function proposalTitles(fund: ConnectedFund, read: TextReader): Promise<Map<bigint, string>> {
  const provider = fund.governor.runner!.provider!;
  const latest = await provider.getBlockNumber();
  const described = new Map<bigint, ReturnType<typeof parseDescription>>();
  for (let from = fund.record.deploymentBlock; from <= latest; from += LOG_RANGE) {
    const to = Math.min(from + LOG_RANGE - 1, latest);
    for (const event of await fund.governor.queryFilter(fund.governor.filters.ProposalCreated(), from, to)) {
      described.set(event.args.proposalId, parseDescription(event.args.description));
    }
  }
  const commitments = [...described.values()].flatMap((d) => (d.text ? [d.text] : []));
  const texts = commitments.length > 0 ? await read(commitments).catch(() => new Map()) : new Map();
  const titles = new Map<bigint, string>();
  for (const [id, d] of described) {
    const title = (d.text && texts.get(d.text.toLowerCase())?.title) ?? d.publicTitle;
    if (title) titles.set(id, title);
  }
  return titles;
}
