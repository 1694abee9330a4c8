import type { Address } from "viem";
import { contractKinds } from "../contracts/kinds";
import { type FundDeployment } from "../deployment";
import { buildLedger, poolCreations, roundCreations, type LedgerEntry } from "./ledger";
import { chainOrder, DEFAULT_RANGE, getLogsInRanges, type LogClient } from "./logs";

/** The RPC methods a history reader needs; a viem PublicClient has them all. */
export interface HistoryClient extends LogClient {
  getBlockNumber(args?: { cacheTime?: number }): Promise<bigint>;
  getBlock(args: { blockNumber: bigint }): Promise<{ timestamp: bigint }>;
}

/**
 * One finished block range as a cache keeps it: the ledger entries its logs make (decoded once,
 * without block times) and the budget rounds and pools created in it, whose events later
 * ranges must also read.
 */
export interface CachedRange {
  fromBlock: bigint;
  toBlock: bigint;
  entries: LedgerEntry[];
  rounds: Address[];
  pools: Address[];
}

/**
 * Where finished block ranges are kept between runs (the audit tool keeps them on disk; the
 * dApp keeps nothing). A range is saved only once it is deeper than `reorgDepth` blocks, so a
 * reorganised tip is never cached.
 */
export interface HistoryCache {
  load(): Promise<{ ranges: CachedRange[]; timestamps: [bigint, number][] }>;
  saveRange(range: CachedRange): Promise<void>;
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
  /** Shared with the reader and with later snapshots where nothing changed: read them, never change them. */
  entries: LedgerEntry[];
}

/**
 * A fund's history, read once from its deployment block (or from where the cache ends) and
 * then only the new blocks on each update. Logs come in bounded ranges (getLogsInRanges) and
 * are decoded into ledger entries once, range by range, so neither an update nor a warm run
 * decodes the whole history again; block times are read once per block that has an event.
 */
export class FundHistory {
  /** The ledger so far, in chain order, without block times. */
  private entries: LedgerEntry[] = [];
  private readonly timestamps = new Map<bigint, number>();
  private nextBlock: bigint;
  private loaded = false;
  private running: Promise<HistorySnapshot> | null = null;
  private queued: Promise<HistorySnapshot> | null = null;

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

  /**
   * Reads any blocks added since the last call. Reads never overlap. A call made while one runs
   * gets the next read (shared by all such calls), not the running one: that read may have asked
   * for the latest block before the transaction its caller waits for was mined.
   */
  update(): Promise<HistorySnapshot> {
    if (!this.running) return (this.running = this.readAlone());
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return (this.running ??= this.readAlone());
      });
    return this.queued;
  }

  private readAlone(): Promise<HistorySnapshot> {
    return this.read().finally(() => {
      this.running = null;
    });
  }

  /** Takes the cached ranges that continue, without a gap, from the deployment block. */
  private async loadCache(): Promise<void> {
    this.loaded = true;
    const cached = await this.options.cache?.load();
    if (!cached) return;
    for (const [block, time] of cached.timestamps) this.timestamps.set(block, time);
    for (const range of [...cached.ranges].sort((a, b) => (a.fromBlock < b.fromBlock ? -1 : 1))) {
      if (range.fromBlock !== this.nextBlock) break;
      // One push per entry: spreading tens of thousands of arguments can overflow the stack.
      for (const entry of range.entries) this.entries.push(entry);
      this.rounds.push(...range.rounds);
      this.pools.push(...range.pools);
      this.nextBlock = range.toBlock + 1n;
    }
  }

  /**
   * One range, complete and decoded: a round or pool created inside the range is read from the
   * block that created it to the range's end, so a cached range never lacks its early events.
   * Its entries are decoded knowing every round and pool created up to the range's end (none
   * can emit an event before it exists), which is what decoding the whole history would give.
   */
  private async readRange(fromBlock: bigint, toBlock: bigint): Promise<CachedRange> {
    const span = toBlock - fromBlock + 1n;
    const logs = await getLogsInRanges(this.client, this.addresses, { fromBlock, toBlock, rangeSize: span });
    const { contracts } = this.deployment;
    const known = (list: readonly Address[], address: Address) =>
      list.some((k) => k.toLowerCase() === address.toLowerCase());
    const rounds = roundCreations(logs, contracts).filter((c) => !known(this.rounds, c.round));
    const pools = poolCreations(logs, contracts).filter((c) => !known(this.pools, c.pool));
    const fresh = [
      ...rounds.map((c) => ({ address: c.round, block: c.block })),
      ...pools.map((c) => ({ address: c.pool, block: c.block })),
    ];
    if (fresh.length > 0) {
      this.rounds.push(...rounds.map((c) => c.round));
      this.pools.push(...pools.map((c) => c.pool));
      // Everything created in this range is read in one request from the first creation on (a
      // clone has no events before it exists), so requests do not grow with rounds or pools.
      const first = fresh.reduce((min, c) => (c.block < min ? c.block : min), toBlock);
      logs.push(
        ...(await getLogsInRanges(
          this.client,
          fresh.map((c) => c.address),
          { fromBlock: first, toBlock, rangeSize: toBlock - first + 1n },
        )),
      );
    }
    return {
      fromBlock,
      toBlock,
      entries: buildLedger(logs.sort(chainOrder), contracts, undefined, this.rounds, this.pools),
      rounds: rounds.map((c) => c.round),
      pools: pools.map((c) => c.pool),
    };
  }

  private async read(): Promise<HistorySnapshot> {
    if (!this.loaded) await this.loadCache();
    const { cache, reorgDepth = 12n, rangeSize = DEFAULT_RANGE, onProgress } = this.options;
    // Never a cached tip: an update asked for right after a transaction was mined must reach it.
    const latest = await this.client.getBlockNumber({ cacheTime: 0 });
    if (latest >= this.nextBlock) {
      // Blocks deep enough to be final are read (and cached) apart from the recent tip: a
      // range is cut at the safe block so the ranges below it can be cached.
      const safe = latest - reorgDepth;
      const total = latest - this.nextBlock + 1n;
      let done = 0n;
      for (let from = this.nextBlock; from <= latest;) {
        let to = from + rangeSize - 1n < latest ? from + rangeSize - 1n : latest;
        if (cache && from <= safe && to > safe) to = safe;
        const range = await this.readRange(from, to);
        if (cache && to <= safe) await cache.saveRange(range);
        for (const entry of range.entries) this.entries.push(entry);
        // Kept per range: after a failed read, the next update goes on from here instead of
        // reading (and adding) the finished ranges again.
        this.nextBlock = to + 1n;
        done += to - from + 1n;
        onProgress?.(done, total);
        from = to + 1n;
      }
    }
    const entries = this.entries;
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
      // Copied only where the time differs: most entries (every vote, in the audit) stay undated,
      // and copying tens of thousands of them on each update costs more than the rest of a warm run.
      entries: entries.map((e) => {
        const timestamp = this.timestamps.get(e.block) ?? null;
        return timestamp === e.timestamp ? e : { ...e, timestamp };
      }),
    };
  }
}
