import type { BaseContract, ContractEventName, EventLog } from "ethers";
import type { ConnectedFund } from "../deploy/deployments";
import { IERC20Metadata__factory, StewardPool__factory, type StewardPool } from "../typechain-types";
import { zeroHash, type Address, type Hex } from "viem";
import {
  MILESTONE_STATUSES,
  PAYEE_KINDS,
  POOL_GRANT_STATUSES,
  POOL_KINDS,
  REGISTRATION_SCHEMES,
  REVOCATION_REASONS,
} from "../sdk/model/stewards";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import type { Asset } from "./operations";
import type { TextReader } from "./texts";

/**
 * What the stewards' contracts hold, read for the command line: the pools, the milestone grants
 * and the attested payees. Their events carry commitments; the words come from the content
 * service (checked against them), or stay "(text unavailable)".
 */

export const UNAVAILABLE = "(text unavailable)";

/** The published texts behind `commitments` (zero ones skipped); an unreachable service gives none. */
async function textsOf(read: TextReader, commitments: readonly Hex[]) {
  const wanted = commitments.filter((c) => c !== zeroHash);
  return wanted.length === 0 ? new Map<string, Record<string, string>>() : await read(wanted).catch(() => new Map());
}

// Public RPC providers cap eth_getLogs ranges; 10,000 blocks is within every common limit.
const LOG_RANGE = 10_000;

/** Every event matching `filter` since the fund was deployed, in bounded block ranges. */
export async function eventsSince<C extends BaseContract>(
  fund: ConnectedFund,
  contract: C,
  filter: ContractEventName,
): Promise<EventLog[]> {
  const latest = await fund.governor.runner!.provider!.getBlockNumber();
  const events: EventLog[] = [];
  for (let from = fund.record.deploymentBlock; from <= latest; from += LOG_RANGE) {
    const found = await contract.queryFilter(filter, from, Math.min(from + LOG_RANGE - 1, latest));
    events.push(...found.filter((e): e is EventLog => "args" in e));
  }
  return events;
}

/** ETH or an ERC-20 by address, with its symbol and decimals. */
export async function assetAt(fund: ConnectedFund, token: string): Promise<Asset> {
  if (token === ETH_ADDRESS) return { symbol: "ETH", address: ETH_ADDRESS, decimals: 18 };
  const tracked = fund.record.assets.find((a) => a.address.toLowerCase() === token.toLowerCase());
  const erc20 = IERC20Metadata__factory.connect(token, fund.treasury.runner);
  return {
    symbol: tracked?.symbol ?? (await erc20.symbol()),
    address: token as Address,
    decimals: Number(await erc20.decimals()),
  };
}

export interface PoolInfo {
  /** 1 = the first pool created. */
  number: number;
  address: string;
  contract: StewardPool;
  kind: (typeof POOL_KINDS)[number];
  name: string;
  mandate: string;
}

/** The fund's pools, oldest first, with the names and mandates their PoolOpened events commit to. */
export async function listPools(fund: ConnectedFund, read: TextReader): Promise<PoolInfo[]> {
  const created = await eventsSince(fund, fund.poolFactory, fund.poolFactory.filters.PoolCreated());
  const opened = await Promise.all(
    created.map(async (event) => {
      const contract = StewardPool__factory.connect(event.args.pool as string, fund.treasury.runner);
      const [log] = await eventsSince(fund, contract, contract.filters.PoolOpened());
      return { event, contract, text: (log?.args.text as Hex | undefined) ?? zeroHash };
    }),
  );
  const texts = await textsOf(
    read,
    opened.map((o) => o.text),
  );
  return opened.map(({ event, contract, text }, i) => {
    const words = texts.get(text.toLowerCase());
    return {
      number: i + 1,
      address: event.args.pool as string,
      contract,
      kind: POOL_KINDS[Number(event.args.kind)],
      name: words?.name ?? UNAVAILABLE,
      mandate: words?.mandate ?? "",
    };
  });
}

/** A pool picked by its number, its address or its name. */
export async function findPool(fund: ConnectedFund, which: string, read: TextReader): Promise<PoolInfo> {
  const pools = await listPools(fund, read);
  const wanted = which.trim();
  const found = /^\d+$/.test(wanted)
    ? pools[Number(wanted) - 1]
    : pools.find((p) => p.address.toLowerCase() === wanted.toLowerCase() || p.name === wanted);
  if (!found)
    throw new Error(
      pools.length === 0
        ? "No pool has been created yet: pools are created by a proposal (pool:propose)"
        : `Unknown pool "${which}": give its number (1 to ${pools.length}), address or name`,
    );
  return found;
}

export interface PoolGrantInfo {
  id: bigint;
  status: (typeof POOL_GRANT_STATUSES)[number];
  payee: string;
  amount: bigint;
  approvals: bigint;
  proposer: string;
  reason: string;
  /** Proposed under an earlier committee: it can no longer be approved. */
  stale: boolean;
}

export async function poolGrants(fund: ConnectedFund, pool: StewardPool, read: TextReader): Promise<PoolGrantInfo[]> {
  const commitments = new Map<bigint, Hex>();
  for (const e of await eventsSince(fund, pool, pool.filters.GrantProposed()))
    commitments.set(e.args.grantId, e.args.reason as Hex);
  const texts = await textsOf(read, [...commitments.values()]);
  const reasons = new Map(
    [...commitments].map(([id, c]) => [id, c === zeroHash ? "" : (texts.get(c.toLowerCase())?.reason ?? UNAVAILABLE)]),
  );
  const epoch = await pool.epoch();
  const grants: PoolGrantInfo[] = [];
  for (let id = 1n; id <= (await pool.grantCount()); id++) {
    const g = await pool.grantOf(id);
    grants.push({
      id,
      status: POOL_GRANT_STATUSES[Number(g.status)],
      payee: g.payee,
      amount: g.amount,
      approvals: g.approvals,
      proposer: g.proposer,
      reason: reasons.get(id) ?? "",
      stale: g.epoch !== epoch,
    });
  }
  return grants;
}

export interface MilestoneGrantInfo {
  id: bigint;
  title: string;
  payee: string;
  token: string;
  milestones: {
    index: number;
    amount: bigint;
    status: (typeof MILESTONE_STATUSES)[number];
    releasableAt: bigint;
    description: string;
  }[];
}

export async function listMilestoneGrants(fund: ConnectedFund, read: TextReader): Promise<MilestoneGrantInfo[]> {
  const m = fund.milestones;
  const created = await eventsSince(fund, m, m.filters.MilestoneGrantCreated());
  const planned = await eventsSince(fund, m, m.filters.MilestonePlanned());
  const texts = await textsOf(read, [
    ...created.map((e) => e.args.title as Hex),
    ...planned.map((e) => e.args.description as Hex),
  ]);
  const titles = new Map<bigint, string>();
  for (const e of created)
    titles.set(e.args.grantId, texts.get((e.args.title as string).toLowerCase())?.title ?? UNAVAILABLE);
  const descriptions = new Map<string, string>();
  for (const e of planned)
    descriptions.set(
      `${e.args.grantId}/${e.args.index}`,
      texts.get((e.args.description as string).toLowerCase())?.description ?? UNAVAILABLE,
    );
  const grants: MilestoneGrantInfo[] = [];
  for (let id = 1n; id <= (await m.grantCount()); id++) {
    const g = await m.grantOf(id);
    const milestones = [];
    for (let index = 0; index < Number(g.count); index++) {
      const milestone = await m.milestoneOf(id, index);
      milestones.push({
        index,
        amount: milestone.amount,
        status: MILESTONE_STATUSES[Number(milestone.status)],
        releasableAt: milestone.releasableAt,
        description: descriptions.get(`${id}/${index}`) ?? "",
      });
    }
    grants.push({ id, title: titles.get(id) ?? UNAVAILABLE, payee: g.payee, token: g.token, milestones });
  }
  return grants;
}

export interface PayeeInfo {
  payee: string;
  kind: (typeof PAYEE_KINDS)[number];
  scheme: (typeof REGISTRATION_SCHEMES)[number];
  /** The commitment to the legal name and number. */
  identity: Hex;
  /** Who it is, when the content service lets this reader see it (never a sole trader's, publicly). */
  legalName: string | null;
  number: string | null;
  validUntil: bigint;
  /** The reason code, when the latest attestation was revoked. */
  revoked: (typeof REVOCATION_REASONS)[number] | null;
}

/** Every attested payee, by its latest attestation (and revocation after it), in the order first attested. */
export async function listPayees(fund: ConnectedFund, read: TextReader): Promise<PayeeInfo[]> {
  const registry = fund.payees;
  const attested = await eventsSince(fund, registry, registry.filters.PayeeAttested());
  const revoked = await eventsSince(fund, registry, registry.filters.PayeeRevoked());
  const byPayee = new Map<string, PayeeInfo & { block: number; index: number }>();
  for (const e of attested) {
    byPayee.set(e.args.payee, {
      payee: e.args.payee,
      kind: PAYEE_KINDS[Number(e.args.kind)],
      scheme: REGISTRATION_SCHEMES[Number(e.args.scheme)],
      identity: e.args.identity as Hex,
      legalName: null,
      number: null,
      validUntil: e.args.validUntil,
      revoked: null,
      block: e.blockNumber,
      index: e.index,
    });
  }
  for (const e of revoked) {
    const info = byPayee.get(e.args.payee);
    const later = info && (e.blockNumber > info.block || (e.blockNumber === info.block && e.index > info.index));
    if (info && later) info.revoked = REVOCATION_REASONS[Number(e.args.code)];
  }
  const texts = await textsOf(
    read,
    [...byPayee.values()].map((p) => p.identity),
  );
  for (const info of byPayee.values()) {
    const identity = texts.get(info.identity.toLowerCase());
    if (identity) [info.legalName, info.number] = [identity.legalName, identity.number];
  }
  return [...byPayee.values()].map(({ block: _block, index: _index, ...info }) => info);
}
