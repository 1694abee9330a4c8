import type { Address, Log } from "viem";
import { contractKinds, type FundDeployment } from "./fund";
import { buildLedger, poolCreations, roundCreations, type LedgerEntry } from "./ledger";
import { chainOrder, DEFAULT_RANGE, getLogsInRanges, type LogClient } from "./logs";

/** The RPC methods a history reader needs; a viem PublicClient has them all. */
export interface HistoryClient extends LogClient {
  getBlockNumber(): Promise<bigint>;
  getBlock(args: { blockNumber: bigint }): Promise<{ timestamp: bigint }>;
}

/**
 * Where finished block ranges are kept between runs (the audit tool keeps them on disk; the
 * dApp keeps nothing). A range is saved only once it is deeper than `reorgDepth` blocks, so a
 * reorganised tip is never cached.
 */
export interface HistoryCache {
  load(): Promise<{ ranges: { fromBlock: bigint; toBlock: bigint; logs: Log[] }[]; timestamps: [bigint, number][] }>;
  saveRange(fromBlock: bigint, toBlock: bigint, logs: Log[]): Promise<void>;
  saveTimestamps(timestamps: ReadonlyMap<bigint, number>): Promise<void>;
}

export interface HistoryOptions {
  rangeSize?: bigint;
  onProgress?: (done: bigint, total: bigint) => void;
  cache?: HistoryCache;
  /** Blocks behind the tip before a range is cached. */
  reorgDepth?: bigint;
  /**
   * Which entries get their block time (one header per block, read once and cached): all
   * (`true`, the default), none (`false`: the dApp reads only the ones a page shows, with
   * useBlockTimes), or those a predicate picks (the audit leaves out votes, whose time lies
   * within their proposal's voting window, so its calls grow with decisions, not with voters).
   */
  blockTimes?: boolean | ((entry: LedgerEntry) => boolean);
}

export interface HistorySnapshot {
  /** The last block read. */
  toBlock: bigint;
  entries: LedgerEntry[];
}

/**
 * A fund's history, read once from its deployment block (or from where the cache ends) and
 * then only the new blocks on each update. Logs come in bounded ranges (getLogsInRanges);
 * block times are read once per block that has an event.
 */
export class FundHistory {
  private logs: Log[] = [];
  private readonly timestamps = new Map<bigint, number>();
  private nextBlock: bigint;
  private loaded = false;
  private pending: Promise<HistorySnapshot> | null = null;

  constructor(
    private readonly client: HistoryClient,
    readonly deployment: FundDeployment,
    private readonly options: HistoryOptions = {},
  ) {
    this.nextBlock = BigInt(deployment.deploymentBlock);
  }

  /** Budget rounds and pools found so far: their events belong to the fund's history too. */
  private rounds: Address[] = [];
  private pools: Address[] = [];

  private get addresses(): Address[] {
    return [...contractKinds(this.deployment.contracts, this.rounds, this.pools).keys()] as Address[];
  }

  /** The rounds and pools the factories created in `logs`, with the block each was created in. */
  private created(logs: readonly Log[]): { address: Address; block: bigint; known: Address[] }[] {
    const { contracts } = this.deployment;
    return [
      ...roundCreations(logs, contracts).map((c) => ({ address: c.round, block: c.block, known: this.rounds })),
      ...poolCreations(logs, contracts).map((c) => ({ address: c.pool, block: c.block, known: this.pools })),
    ];
  }

  /** Reads any blocks added since the last call; concurrent calls share one read. */
  update(): Promise<HistorySnapshot> {
    this.pending ??= this.read().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Takes the cached ranges that continue, without a gap, from the deployment block. */
  private async loadCache(): Promise<void> {
    this.loaded = true;
    const cached = await this.options.cache?.load();
    if (!cached) return;
    for (const [block, time] of cached.timestamps) this.timestamps.set(block, time);
    for (const range of [...cached.ranges].sort((a, b) => (a.fromBlock < b.fromBlock ? -1 : 1))) {
      if (range.fromBlock !== this.nextBlock) break;
      this.logs.push(...range.logs);
      this.nextBlock = range.toBlock + 1n;
    }
    this.rounds = roundCreations(this.logs, this.deployment.contracts).map((c) => c.round);
    this.pools = poolCreations(this.logs, this.deployment.contracts).map((c) => c.pool);
  }

  /**
   * One range's logs, complete: a round or pool created inside the range is read from the block
   * that created it to the range's end, so a cached range never lacks its early events.
   */
  private async readRange(fromBlock: bigint, toBlock: bigint): Promise<Log[]> {
    const span = toBlock - fromBlock + 1n;
    const logs = await getLogsInRanges(this.client, this.addresses, { fromBlock, toBlock, rangeSize: span });
    // Everything created in this range is read in one request from the first creation on (a
    // clone has no events before it exists), so requests do not grow with rounds or pools.
    const fresh = this.created(logs).filter(
      ({ address, known }) => !known.some((r) => r.toLowerCase() === address.toLowerCase()),
    );
    if (fresh.length > 0) {
      for (const { address, known } of fresh) known.push(address);
      const first = fresh.reduce((min, c) => (c.block < min ? c.block : min), toBlock);
      logs.push(
        ...(await getLogsInRanges(
          this.client,
          fresh.map((c) => c.address),
          { fromBlock: first, toBlock, rangeSize: toBlock - first + 1n },
        )),
      );
    }
    return logs.sort(chainOrder);
  }

  private async read(): Promise<HistorySnapshot> {
    if (!this.loaded) await this.loadCache();
    const { cache, reorgDepth = 12n, rangeSize = DEFAULT_RANGE, onProgress } = this.options;
    const latest = await this.client.getBlockNumber();
    if (latest >= this.nextBlock) {
      // Blocks deep enough to be final are read (and cached) apart from the recent tip: a
      // range is cut at the safe block so the ranges below it can be cached.
      const safe = latest - reorgDepth;
      const total = latest - this.nextBlock + 1n;
      let done = 0n;
      for (let from = this.nextBlock; from <= latest;) {
        let to = from + rangeSize - 1n < latest ? from + rangeSize - 1n : latest;
        if (cache && from <= safe && to > safe) to = safe;
        const logs = await this.readRange(from, to);
        if (cache && to <= safe) await cache.saveRange(from, to, logs);
        for (const log of logs) this.logs.push(log);
        done += to - from + 1n;
        onProgress?.(done, total);
        from = to + 1n;
      }
      this.nextBlock = latest + 1n;
    }
    const entries = buildLedger(this.logs, this.deployment.contracts);
    // The wanted block times, cached ones too: a run that stopped after caching some ranges
    // may not have stored their block times yet.
    const { blockTimes = true } = this.options;
    const wanted = blockTimes === false ? [] : blockTimes === true ? entries : entries.filter(blockTimes);
    const blocks = [...new Set(wanted.map((e) => e.block).filter((b) => !this.timestamps.has(b)))];
    const headers = await Promise.all(blocks.map((blockNumber) => this.client.getBlock({ blockNumber })));
    blocks.forEach((b, i) => this.timestamps.set(b, Number(headers[i].timestamp)));
    if (cache && blocks.length > 0) await cache.saveTimestamps(this.timestamps);
    return {
      toBlock: this.nextBlock - 1n,
      entries: entries.map((e) => ({ ...e, timestamp: this.timestamps.get(e.block) ?? null })),
    };
  }
}
