import { describe, expect, it } from "vitest";
import type { Address, Log } from "viem";
import { puljeGovernorAbi } from "../generated/pulje";
import type { FundDeployment } from "../deployment";
import { FundHistory, type HistoryClient } from "./reader";
import { fakeLog, TEST_CONTRACTS } from "./testLogs";

const deployment: FundDeployment = { chainId: 31337, deploymentBlock: 1, contracts: TEST_CONTRACTS, assets: [] };
const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const EMMA: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";

const vote = (voter: Address, block: bigint): Log =>
  fakeLog(
    TEST_CONTRACTS.governor,
    puljeGovernorAbi,
    "VoteCast",
    { voter, proposalId: 7n, support: 1, weight: 1n, reason: "" },
    block,
  );

/**
 * A node whose tip the test moves, and whose getLogs answers only once the test opens its gate:
 * so a read can be caught in flight while a new block is mined.
 */
function slowNode(logs: Log[]) {
  let tip = 5n;
  let asked = 0;
  const tipAsks: ({ cacheTime?: number } | undefined)[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const client: HistoryClient = {
    getBlockNumber: async (args) => (tipAsks.push(args), tip),
    getBlock: async ({ blockNumber }) => ({ timestamp: 1_790_000_000n + blockNumber * 2n }),
    getLogs: async ({ fromBlock, toBlock }) => {
      asked++;
      await gate;
      return logs.filter((l) => l.blockNumber! >= fromBlock && l.blockNumber! <= toBlock);
    },
  };
  const waitUntilAsked = async () => {
    while (asked === 0) await new Promise((r) => setTimeout(r, 0));
  };
  return { client, tipAsks, mine: (block: bigint) => (tip = block), waitUntilAsked, open: () => open() };
}

const voters = (entries: { kind: string }[]) =>
  entries.filter((e) => e.kind === "vote").map((e) => (e as unknown as { voter: Address }).voter);

describe("FundHistory.update", () => {
  it("a call made while a read runs gets a read that sees blocks mined meanwhile", async () => {
    const node = slowNode([vote(ANNA, 3n), vote(EMMA, 6n)]);
    const history = new FundHistory(node.client, deployment, { blockTimes: false });

    const first = history.update();
    await node.waitUntilAsked(); // the first read took block 5 as the tip and waits on its logs
    node.mine(6n); // Emma's vote is mined meanwhile, and her page asks for the history
    const second = history.update();
    const third = history.update();
    expect(third).toBe(second); // callers that come during the same read share the next one

    node.open();
    expect(voters((await first).entries)).toEqual([ANNA]);
    expect(voters((await second).entries)).toEqual([ANNA, EMMA]);
    // The client's cached tip (viem keeps one for its polling interval) would hide the new block.
    expect(node.tipAsks).toEqual([{ cacheTime: 0 }, { cacheTime: 0 }]);
  });

  it("reads never overlap, so no block's entries are added twice", async () => {
    const node = slowNode([vote(ANNA, 3n)]);
    const history = new FundHistory(node.client, deployment, { blockTimes: false });
    const first = history.update();
    const second = history.update();
    node.open();
    await Promise.all([first, second]);
    node.mine(8n);
    const entries = (await history.update()).entries;
    expect(voters(entries)).toEqual([ANNA]);
  });
});
