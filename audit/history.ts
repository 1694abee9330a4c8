import type { Address, Log } from "viem";
import { contractKinds, type FundDeployment } from "./fund";
import { buildLedger, type LedgerEntry } from "./ledger";
import { DEFAULT_RANGE, getLogsInRanges, type LogClient } from "./logs";

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
   * Read each event's block time (one header per block with an event). The audit needs them
   * all; the dApp reads only the ones it shows (useBlockTimes), so a page costs the same
   * number of calls however long the history is.
   */
  blockTimes?: boolean;
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

  private get addresses(): Address[] {
    return [...contractKinds(this.deployment.contracts).keys()] as Address[];
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
  }

  private async read(): Promise<HistorySnapshot> {
    if (!this.loaded) await this.loadCache();
    const { cache, reorgDepth = 12n, rangeSize = DEFAULT_RANGE, onProgress } = this.options;
    const latest = await this.client.getBlockNumber();
    if (latest >= this.nextBlock) {
      // Blocks deep enough to be final are read (and cached) apart from the recent tip.
      const safe = latest - reorgDepth;
      const parts: [bigint, bigint, boolean][] =
        cache && safe >= this.nextBlock
          ? [
              [this.nextBlock, safe, true],
              [safe + 1n, latest, false],
            ]
          : [[this.nextBlock, latest, false]];
      const fresh: Log[] = [];
      for (const [fromBlock, toBlock, cacheable] of parts) {
        if (toBlock < fromBlock) continue;
        fresh.push(
          ...(await getLogsInRanges(this.client, this.addresses, {
            fromBlock,
            toBlock,
            rangeSize,
            onProgress,
            onRange: cacheable && cache ? (from, to, logs) => cache.saveRange(from, to, logs) : undefined,
          })),
        );
      }
      this.logs = this.logs.concat(fresh);
      this.nextBlock = latest + 1n;
    }
    // Every block with an event needs its time, cached ones too: a run that stopped after
    // caching some ranges may not have stored their block times yet.
    const blocks =
      this.options.blockTimes === false
        ? []
        : [
            ...new Set(
              this.logs.map((l) => l.blockNumber).filter((b): b is bigint => b !== null && !this.timestamps.has(b)),
            ),
          ];
    const times = await Promise.all(blocks.map((blockNumber) => this.client.getBlock({ blockNumber })));
    blocks.forEach((b, i) => this.timestamps.set(b, Number(times[i].timestamp)));
    if (cache && blocks.length > 0) await cache.saveTimestamps(this.timestamps);
    return {
      toBlock: this.nextBlock - 1n,
      entries: buildLedger(this.logs, this.deployment.contracts, this.timestamps),
    };
  }
}
