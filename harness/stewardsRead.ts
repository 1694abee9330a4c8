import type { BaseContract, ContractEventName, EventLog } from "ethers";
import type { ConnectedFund } from "../deploy/deployments";
import { IERC20Metadata__factory, StewardPool__factory, type StewardPool } from "../typechain-types";
import type { Address } from "viem";
import { MILESTONE_STATUSES, POOL_GRANT_STATUSES, POOL_KINDS, REGISTRATION_SCHEMES } from "../sdk/model/stewards";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import type { Asset } from "./operations";

/**
 * What the stewards' contracts hold, read for the command line: the pools (names and mandates
 * live only in events), the milestone grants and the attested payees.
 */

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

/** The fund's pools, oldest first, with the names and mandates from their PoolOpened events. */
export async function listPools(fund: ConnectedFund): Promise<PoolInfo[]> {
  const created = await eventsSince(fund, fund.poolFactory, fund.poolFactory.filters.PoolCreated());
  const pools: PoolInfo[] = [];
  for (const [i, event] of created.entries()) {
    const contract = StewardPool__factory.connect(event.args.pool as string, fund.treasury.runner);
    const [opened] = await eventsSince(fund, contract, contract.filters.PoolOpened());
    pools.push({
      number: i + 1,
      address: event.args.pool as string,
      contract,
      kind: POOL_KINDS[Number(event.args.kind)],
      name: opened ? (opened.args.name as string) : "(name not found)",
      mandate: opened ? (opened.args.mandate as string) : "",
    });
  }
  return pools;
}

/** A pool picked by its number, its address or its name. */
export async function findPool(fund: ConnectedFund, which: string): Promise<PoolInfo> {
  const pools = await listPools(fund);
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

export async function poolGrants(fund: ConnectedFund, pool: StewardPool): Promise<PoolGrantInfo[]> {
  const reasons = new Map<bigint, string>();
  for (const e of await eventsSince(fund, pool, pool.filters.GrantProposed()))
    reasons.set(e.args.grantId, e.args.reason);
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

export async function listMilestoneGrants(fund: ConnectedFund): Promise<MilestoneGrantInfo[]> {
  const m = fund.milestones;
  const titles = new Map<bigint, string>();
  for (const e of await eventsSince(fund, m, m.filters.MilestoneGrantCreated()))
    titles.set(e.args.grantId, e.args.title);
  const descriptions = new Map<string, string>();
  for (const e of await eventsSince(fund, m, m.filters.MilestonePlanned()))
    descriptions.set(`${e.args.grantId}/${e.args.index}`, e.args.description);
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
    grants.push({ id, title: titles.get(id) ?? "(title not found)", payee: g.payee, token: g.token, milestones });
  }
  return grants;
}

export interface PayeeInfo {
  payee: string;
  legalName: string;
  scheme: (typeof REGISTRATION_SCHEMES)[number];
  number: string;
  validUntil: bigint;
  /** The reason, when the latest attestation was revoked. */
  revoked: string | null;
}

/** Every attested payee, by its latest attestation (and revocation after it), in the order first attested. */
export async function listPayees(fund: ConnectedFund): Promise<PayeeInfo[]> {
  const registry = fund.payees;
  const attested = await eventsSince(fund, registry, registry.filters.PayeeAttested());
  const revoked = await eventsSince(fund, registry, registry.filters.PayeeRevoked());
  const byPayee = new Map<string, PayeeInfo & { block: number; index: number }>();
  for (const e of attested) {
    byPayee.set(e.args.payee, {
      payee: e.args.payee,
      legalName: e.args.legalName,
      scheme: REGISTRATION_SCHEMES[Number(e.args.scheme)],
      number: e.args.number,
      validUntil: e.args.validUntil,
      revoked: null,
      block: e.blockNumber,
      index: e.index,
    });
  }
  for (const e of revoked) {
    const info = byPayee.get(e.args.payee);
    const later = info && (e.blockNumber > info.block || (e.blockNumber === info.block && e.index > info.index));
    if (info && later) info.revoked = e.args.reason;
  }
  return [...byPayee.values()].map(({ block: _block, index: _index, ...info }) => info);
}
