import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Address, Log } from "viem";
import { budgetRoundAbi, budgetRoundFactoryAbi, puljeGovernorAbi, treasuryAbi } from "../sdk/generated/pulje";
import { FileHistoryCache } from "./fileCache";
import type { FundDeployment } from "../sdk/deployment";
import { FundHistory, type HistoryClient } from "../sdk/history/reader";
import { LEDGER_VERSION } from "../sdk/history/ledger";
import { fakeLog, TEST_CONTRACTS } from "../sdk/history/testLogs";

const deployment: FundDeployment = {
  chainId: 31337,
  deploymentBlock: 1,
  contracts: { ...TEST_CONTRACTS, membership: null },
  assets: [],
};
const { contracts } = deployment;
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const ROUND: Address = "0xa16E02E87b7454126E5E10d957A927A7F5B5d2be";
const SALT = `0x${"ab".repeat(32)}` as const;

/** Blocks 1–30: a deposit, a vote, a round created at block 12 whose first idea comes at block 25. */
const chain: Log[] = [
  fakeLog(
    contracts.treasury,
    treasuryAbi,
    "Deposited",
    { from: ANNA, token: DKKT, amount: 10n ** 30n, memo: `0x${"00".repeat(31)}01` },
    3n,
  ),
  fakeLog(
    contracts.governor,
    puljeGovernorAbi,
    "VoteCast",
    { voter: ANNA, proposalId: 7n, support: 1, weight: 1n, reason: `pulje-text:0x${"ab".repeat(32)}` },
    5n,
  ),
  fakeLog(
    contracts.roundFactory!,
    budgetRoundFactoryAbi,
    "RoundCreated",
    { round: ROUND, salt: SALT, asset: DKKT, total: 4n },
    12n,
  ),
  fakeLog(
    ROUND,
    budgetRoundAbi,
    "IdeaSubmitted",
    { ideaId: 1n, district: 0, proposer: ANNA, cost: 3n, text: `0x${"cd".repeat(32)}` },
    25n,
  ),
];

/** A node with `chain` up to block 30; it counts the eth_getLogs calls and the addresses asked for. */
function client(calls: { from: bigint; to: bigint; addresses: string[] }[]): HistoryClient {
  return {
    getBlockNumber: async () => 30n,
    getBlock: async ({ blockNumber }) => ({ timestamp: 1_790_000_000n + blockNumber * 12n }),
    getLogs: async ({ address, fromBlock, toBlock }) => {
      const wanted = address.map((a) => a.toLowerCase());
      calls.push({ from: fromBlock, to: toBlock, addresses: wanted });
      return chain.filter(
        (l) => l.blockNumber! >= fromBlock && l.blockNumber! <= toBlock && wanted.includes(l.address.toLowerCase()),
      );
    },
  };
}

describe("FileHistoryCache", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-file-cache-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const read = (calls: { from: bigint; to: bigint; addresses: string[] }[] = []) =>
    new FundHistory(client(calls), deployment, {
      cache: new FileHistoryCache(root, deployment),
      rangeSize: 10n,
      reorgDepth: 5n,
    }).update();

  it("keeps decoded entries: a warm run reads only the uncached tip, and still follows a round created in the cache", async () => {
    const cold = await read();
    const cacheDir = new FileHistoryCache(root, deployment).dir;
    expect(fs.readdirSync(cacheDir).sort()).toEqual(["1-10.json", "11-20.json", "21-25.json", "blocks.json"]);
    expect(cold.entries.map((e) => e.kind)).toEqual(["deposit", "vote", "roundCreated", "idea"]);

    const calls: { from: bigint; to: bigint; addresses: string[] }[] = [];
    const warm = await read(calls);
    expect(warm).toStrictEqual(cold);
    expect(calls.map((c) => [c.from, c.to])).toEqual([[26n, 30n]]);
    expect(calls[0].addresses).toContain(ROUND.toLowerCase());
  });

  it("ignores a range file of the older format (raw logs) and reads that range again", async () => {
    const cold = await read();
    const file = path.join(new FileHistoryCache(root, deployment).dir, "1-10.json");
    const oldFormat = JSON.stringify(chain.slice(0, 2).map((l) => ({ ...l, blockNumber: String(l.blockNumber) })));
    fs.writeFileSync(file, oldFormat);

    const ranges = (await new FileHistoryCache(root, deployment).load()).ranges;
    expect(ranges.map((r) => [r.fromBlock, r.toBlock])).toEqual([
      [11n, 20n],
      [21n, 25n],
    ]);
    const calls: { from: bigint; to: bigint; addresses: string[] }[] = [];
    expect(await read(calls)).toStrictEqual(cold);
    // The gap at the start makes every later range unusable too: all are read and saved again.
    expect(calls.map((c) => [c.from, c.to])).toEqual([
      [1n, 10n],
      [11n, 20n],
      [12n, 20n],
      [21n, 25n],
      [26n, 30n],
    ]);
    expect(fs.readFileSync(file, "utf8").startsWith(`{"format":2,"ledger":${LEDGER_VERSION},`)).toBe(true);
  });

  it("ignores entries cached by another ledger version", async () => {
    await read();
    const file = path.join(new FileHistoryCache(root, deployment).dir, "11-20.json");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace(`"ledger":${LEDGER_VERSION},`, `"ledger":${LEDGER_VERSION + 1},`));
    const ranges = (await new FileHistoryCache(root, deployment).load()).ranges;
    expect(ranges.map((r) => [r.fromBlock, r.toBlock])).toEqual([
      [1n, 10n],
      [21n, 25n],
    ]);
  });
});

describe("FundHistory after a failed read", () => {
  it("goes on from the last finished range, without repeating its entries", async () => {
    const whole = await new FundHistory(client([]), deployment, { rangeSize: 10n }).update();
    const calls: { from: bigint; to: bigint; addresses: string[] }[] = [];
    const node = client(calls);
    let failed = false;
    // The request for blocks 21–30 dies once (a crash, not an error worth retrying).
    const flaky: HistoryClient = {
      ...node,
      getLogs: async (args) => {
        if (args.fromBlock === 21n && !failed) {
          failed = true;
          throw new Error("killed");
        }
        return node.getLogs(args);
      },
    };
    const history = new FundHistory(flaky, deployment, { rangeSize: 10n });
    await expect(history.update()).rejects.toThrow("killed");
    expect(await history.update()).toStrictEqual(whole);
    expect(calls.map((c) => [c.from, c.to])).toEqual([
      [1n, 10n],
      [11n, 20n],
      [12n, 20n],
      [21n, 30n],
    ]);
  });
});
