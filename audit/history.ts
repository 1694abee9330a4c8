import type { Address, Log } from "viem";
import { contractKinds, type FundDeployment } from "./fund";
import { buildLedger, type LedgerEntry } from "./ledger";
import { DEFAULT_RANGE, getLogsInRanges, type LogClient } from "./logs";

/** The RPC methods a history reader needs; a viem PublicClient has them all. */
export interface HistoryClient extends LogClient {
  getBlockNumber(): Promise<bigint>;
  getBlock(args: { blockNumber: bigint }): Promise<{ timestamp: bigint }>;
}

export interface HistorySnapshot {
  /** The last block read. */
  toBlock: bigint;
  entries: LedgerEntry[];
}

/**
 * A fund's history, read once from its deployment block and then only the new blocks on
 * each update. Logs are read in bounded ranges (see getLogsInRanges) and block times once
 * per block that has an event.
 */
export class FundHistory {
  private logs: Log[] = [];
  private readonly timestamps = new Map<bigint, number>();
  private nextBlock: bigint;
  private pending: Promise<HistorySnapshot> | null = null;

  constructor(
    private readonly client: HistoryClient,
    readonly deployment: FundDeployment,
    private readonly options: { rangeSize?: bigint; onProgress?: (done: bigint, total: bigint) => void } = {},
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

  private async read(): Promise<HistorySnapshot> {
    const latest = await this.client.getBlockNumber();
    if (latest >= this.nextBlock) {
      const fresh = await getLogsInRanges(this.client, this.addresses, {
        fromBlock: this.nextBlock,
        toBlock: latest,
        rangeSize: this.options.rangeSize ?? DEFAULT_RANGE,
        onProgress: this.options.onProgress,
      });
      const blocks = [
        ...new Set(fresh.map((l) => l.blockNumber).filter((b): b is bigint => b !== null && !this.timestamps.has(b))),
      ];
      const times = await Promise.all(blocks.map((blockNumber) => this.client.getBlock({ blockNumber })));
      blocks.forEach((b, i) => this.timestamps.set(b, Number(times[i].timestamp)));
      this.logs = this.logs.concat(fresh);
      this.nextBlock = latest + 1n;
    }
    return {
      toBlock: this.nextBlock - 1n,
      entries: buildLedger(this.logs, this.deployment.contracts, this.timestamps),
    };
  }
}
