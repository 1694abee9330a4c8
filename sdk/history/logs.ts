import type { Address, Log } from "viem";

/** The one RPC method the reader needs; a viem PublicClient has it. */
export interface LogClient {
  getLogs(args: { address: Address[]; fromBlock: bigint; toBlock: bigint }): Promise<Log[]>;
}

export interface LogRangeOptions {
  fromBlock: bigint;
  toBlock: bigint;
  /** Blocks per eth_getLogs call; public providers cap ranges at 2,000–10,000. */
  rangeSize?: bigint;
  /** Attempts per range on a transient error (network, rate limit, 5xx), with exponential backoff. */
  retries?: number;
  /** First backoff in milliseconds (doubles each attempt). */
  backoffMs?: number;
  /** Called after each finished range with the blocks done so far and in all. */
  onProgress?: (blocksDone: bigint, blocksTotal: bigint) => void;
  /** Sleeps between retries; tests replace it. */
  sleep?: (ms: number) => Promise<void>;
  /** Called with each finished range and its logs (in order), e.g. to cache it. */
  onRange?: (fromBlock: bigint, toBlock: bigint, logs: Log[]) => void | Promise<void>;
}

export const DEFAULT_RANGE = 10_000n;

/** The provider refused a range as too wide or its result as too large: split it and try again. */
export function isRangeTooLarge(error: unknown): boolean {
  const text = errorText(error);
  return (
    /-32005|-32602|-32614/.test(text) ||
    /block range|range (is )?too (large|wide)|too many (results|logs|blocks)|more than \d+ (results|logs)|response size|body exceeded the size limit|limit exceeded|exceed(s|ed)? (the )?max/i.test(
      text,
    )
  );
}

/** A failure worth retrying unchanged: the network, a rate limit, a busy or broken server. */
export function isTransient(error: unknown): boolean {
  const text = errorText(error);
  return /fetch failed|network|timeout|timed out|ECONNRESET|ECONNREFUSED|socket|\b429\b|rate limit|\b50[0-4]\b|temporarily|unavailable/i.test(
    text,
  );
}

function errorText(error: unknown): string {
  if (!error || typeof error !== "object") return String(error);
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const e = current as { message?: unknown; details?: unknown; code?: unknown; status?: unknown; cause?: unknown };
    parts.push(String(e.message ?? ""), String(e.details ?? ""), String(e.code ?? ""), String(e.status ?? ""));
    current = e.cause;
  }
  return parts.join(" ");
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every log of `addresses` from `fromBlock` to `toBlock`, in chain order, read in bounded
 * block ranges. A range the provider calls too large is halved (down to one block); a
 * transient failure is retried with backoff. The number of requests grows with the number of
 * ranges, not with the number of events.
 */
export async function getLogsInRanges(
  client: LogClient,
  addresses: Address[],
  options: LogRangeOptions,
): Promise<Log[]> {
  const {
    fromBlock,
    toBlock,
    rangeSize = DEFAULT_RANGE,
    retries = 4,
    backoffMs = 250,
    onProgress,
    sleep = realSleep,
    onRange,
  } = options;
  if (toBlock < fromBlock || addresses.length === 0) return [];
  const total = toBlock - fromBlock + 1n;
  let logs: Log[] = [];
  let done = 0n;

  async function fetchRange(from: bigint, to: bigint): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        logs.push(...(await client.getLogs({ address: addresses, fromBlock: from, toBlock: to })));
        return;
      } catch (error) {
        if (isRangeTooLarge(error) && to > from) {
          const middle = from + (to - from) / 2n;
          await fetchRange(from, middle);
          await fetchRange(middle + 1n, to);
          return;
        }
        if (isTransient(error) && attempt < retries) {
          await sleep(backoffMs * 2 ** attempt);
          continue;
        }
        throw error;
      }
    }
  }

  const all: Log[] = [];
  for (let start = fromBlock; start <= toBlock; start += rangeSize) {
    const end = start + rangeSize - 1n < toBlock ? start + rangeSize - 1n : toBlock;
    logs = [];
    await fetchRange(start, end);
    const ordered = logs.sort(chainOrder);
    await onRange?.(start, end, ordered);
    all.push(...ordered);
    done += end - start + 1n;
    onProgress?.(done, total);
  }
  return all;
}

/** By block, then by position in the block. */
export function chainOrder(a: Log, b: Log): number {
  return Number((a.blockNumber ?? 0n) - (b.blockNumber ?? 0n)) || (a.logIndex ?? 0) - (b.logIndex ?? 0);
}
