import { describe, expect, it } from "vitest";
import type { Address, Log } from "viem";
import { getLogsInRanges, isRangeTooLarge, isTransient, type LogClient } from "./logs";

const FUND: Address = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";

function log(block: bigint, index: number): Log {
  return {
    address: FUND,
    blockNumber: block,
    logIndex: index,
    transactionHash: "0x01",
    data: "0x",
    topics: [],
    blockHash: "0x02",
    transactionIndex: 0,
    removed: false,
  };
}

/** A provider with one log every 7 blocks that refuses ranges wider than `limit` blocks. */
function provider(limit: bigint, failures: unknown[] = []) {
  const calls: [bigint, bigint][] = [];
  const client: LogClient = {
    async getLogs({ fromBlock, toBlock }) {
      calls.push([fromBlock, toBlock]);
      const failure = failures.shift();
      if (failure) throw failure;
      if (toBlock - fromBlock + 1n > limit) throw new Error("eth_getLogs block range is too large, max is " + limit);
      const logs: Log[] = [];
      for (let b = fromBlock; b <= toBlock; b++) if (b % 7n === 0n) logs.push(log(b, 1), log(b, 0));
      return logs;
    },
  };
  return { client, calls };
}

describe("getLogsInRanges", () => {
  it("reads in ranges: the request count follows the ranges, not the events", async () => {
    const { client, calls } = provider(10_000n);
    const logs = await getLogsInRanges(client, [FUND], { fromBlock: 1n, toBlock: 25_000n, rangeSize: 10_000n });
    expect(calls).toEqual([
      [1n, 10_000n],
      [10_001n, 20_000n],
      [20_001n, 25_000n],
    ]);
    expect(logs).toHaveLength(2 * Math.floor(25_000 / 7));
    // In chain order: by block, then log index.
    expect(logs.slice(0, 3).map((l) => [l.blockNumber, l.logIndex])).toEqual([
      [7n, 0],
      [7n, 1],
      [14n, 0],
    ]);
  });

  it("halves a range the provider calls too large, and keeps every log", async () => {
    const { client, calls } = provider(3_000n);
    const logs = await getLogsInRanges(client, [FUND], { fromBlock: 0n, toBlock: 9_999n, rangeSize: 10_000n });
    expect(logs).toHaveLength(2 * Math.ceil(10_000 / 7));
    // 0–9999 refused, halves refused, quarters (2,500 blocks) accepted.
    expect(calls.filter(([from, to]) => to - from + 1n <= 3_000n)).toHaveLength(4);
    expect(calls).toHaveLength(1 + 2 + 4);
  });

  it("retries transient failures with backoff, then succeeds", async () => {
    const { client, calls } = provider(10_000n, [
      new Error("HTTP request failed. Status: 503"),
      new Error("fetch failed"),
    ]);
    const waits: number[] = [];
    const logs = await getLogsInRanges(client, [FUND], {
      fromBlock: 1n,
      toBlock: 100n,
      sleep: async (ms) => void waits.push(ms),
      backoffMs: 100,
    });
    expect(logs).toHaveLength(28);
    expect(waits).toEqual([100, 200]);
    expect(calls).toHaveLength(3);
  });

  it("gives up after the retries and on errors that are not about the range or the network", async () => {
    const failing = provider(10_000n, Array(5).fill(new Error("429 Too Many Requests")));
    await expect(
      getLogsInRanges(failing.client, [FUND], { fromBlock: 1n, toBlock: 10n, retries: 4, sleep: async () => {} }),
    ).rejects.toThrow("429");
    expect(failing.calls).toHaveLength(5);
    const broken = provider(10_000n, [new Error("invalid params: address")]);
    await expect(getLogsInRanges(broken.client, [FUND], { fromBlock: 1n, toBlock: 10n })).rejects.toThrow(
      "invalid params",
    );
  });

  it("reports progress per range", async () => {
    const { client } = provider(10_000n);
    const progress: [bigint, bigint][] = [];
    await getLogsInRanges(client, [FUND], {
      fromBlock: 1n,
      toBlock: 15_000n,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [10_000n, 15_000n],
      [15_000n, 15_000n],
    ]);
  });

  it("recognises providers' ways of saying a range is too large", () => {
    for (const message of [
      "query returned more than 10000 results",
      "eth_getLogs is limited to a 2000 block range",
      "Log response size exceeded.",
      "exceed maximum block range: 5000",
    ]) {
      expect(isRangeTooLarge(new Error(message)), message).toBe(true);
    }
    expect(isRangeTooLarge({ code: -32005, message: "limit exceeded" })).toBe(true);
    expect(isRangeTooLarge(new Error("execution reverted"))).toBe(false);
    expect(isTransient(new Error("block 1500 not found"))).toBe(false);
    expect(isTransient(new Error("socket hang up"))).toBe(true);
  });
});
