import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { ethers } from "hardhat";
import { takeSnapshot, time, type SnapshotRestorer } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import { parseUnits } from "ethers";
import { connectFund, readDeployment, type ConnectedFund } from "../../deploy/deployments";
import { IERC20__factory } from "../../typechain-types";
import { runTask } from "./runTask";
import { startTaskContent, type TaskContent } from "./taskContent";

/** The demo fund's config: the task tests deploy it, or seed the demo with it. */
export const DEMO_CONFIG = path.join(__dirname, "../../config/demo.json");
/** The token-weighted demo: a creators' fund whose holders vote by token. */
export const TOKEN_DEMO_CONFIG = path.join(__dirname, "../../config/token-demo.json");

/** An amount of the demo krone (6 decimals), in whole units. */
export const DKKT = (amount: string) => parseUnits(amount, 6);

/** Demo members enough to pass a proposal (quorum is 4): Anna, Camilla, Dennis, Emma and Hans. */
export const DEMO_VOTERS = ["3", "5", "6", "7", "10"];

/** A chain timestamp as the tasks print it. */
export const iso = (t: bigint | number) => new Date(Number(t) * 1000).toISOString().replace(".000Z", "Z");

export interface TaskChain {
  /** This block's deployments directory (PULJE_DEPLOYMENTS_DIR); test files are written there too. */
  dir: string;
  /** The fund of the deployments file, read-only; set when the block starts from "deployed" or "demo". */
  fund: ConnectedFund;
  signers: HardhatEthersSigner[];
  /** Writes a file into the deployments directory (JSON unless a string) and returns its path. */
  write(name: string, content: unknown): string;
  /** The fund's first asset besides ETH (the demo krone, once the demo is seeded). */
  dkkt(): ReturnType<typeof IERC20__factory.connect>;
  /** Members vote a proposal through with the `vote` task, then `queue` and `execute` it. */
  pass(id: number | bigint, voters?: string[]): Promise<void>;
  /** The fund's content service, once the fund is deployed (the tasks write their texts there). */
  content: TaskContent | null;
  /** What the `demo` task printed and returned, when the block starts from "demo". */
  demo: { output: string; result: unknown } | null;
}

/**
 * The chain of one describe block of task tests. Before its tests: a snapshot of the chain, a
 * fresh deployments directory, and then nothing more ("empty"), config/demo.json deployed by
 * the `deploy` task ("deployed"), or the demo deployed by `demo:deploy` and seeded by `demo`
 * ("demo"), or the token-weighted demo deployed and seeded by the same tasks from
 * config/token-demo.json ("tokenDemo"); a deployed fund gets its content service. After them, the service is stopped and
 * the chain and the environment are as they were.
 */
export function taskChain(start: "empty" | "deployed" | "demo" | "tokenDemo"): TaskChain {
  const demoArgs = start === "tokenDemo" ? { configFile: TOKEN_DEMO_CONFIG } : {};
  const seeds = start === "demo" || start === "tokenDemo";
  let snapshot: SnapshotRestorer;
  const chain: TaskChain = {
    dir: "",
    fund: undefined as unknown as ConnectedFund,
    signers: [],
    write(name, content) {
      const file = path.join(chain.dir, name);
      fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
      return file;
    },
    content: null,
    demo: null,
    dkkt: () => IERC20__factory.connect(readDeployment(31337, chain.dir).assets[0].address, ethers.provider),
    async pass(id, voters = DEMO_VOTERS) {
      const { governor } = chain.fund;
      await time.increaseTo((await governor.proposalSnapshot(id)) + 1n);
      for (const from of voters)
        expect((await runTask("vote", { id: String(id), support: "for", reason: "", from })).error).to.equal(null);
      await time.increaseTo((await governor.proposalDeadline(id)) + 1n);
      expect((await runTask("queue", { id: String(id) })).error).to.equal(null);
      await time.increaseTo(await governor.proposalEta(id));
      expect((await runTask("execute", { id: String(id) })).error).to.equal(null);
    },
  };

  before(async () => {
    snapshot = await takeSnapshot();
    chain.dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-tasks-"));
    process.env.PULJE_DEPLOYMENTS_DIR = chain.dir;
    chain.signers = await ethers.getSigners();
    if (start === "empty") return;
    const deployed = seeds
      ? await runTask("demo:deploy", demoArgs)
      : await runTask("deploy", { configFile: DEMO_CONFIG, quiet: true });
    expect(deployed.error).to.equal(null);
    chain.content = await startTaskContent(chain.dir);
    if (seeds) {
      const seeded = await runTask("demo", demoArgs);
      expect(seeded.error).to.equal(null);
      chain.demo = { output: seeded.output, result: seeded.result };
    }
    chain.fund = connectFund(readDeployment(31337, chain.dir), ethers.provider);
  });
  after(async () => {
    await chain.content?.close();
    chain.content = null;
    delete process.env.PULJE_DEPLOYMENTS_DIR;
    await snapshot.restore();
  });
  return chain;
}
