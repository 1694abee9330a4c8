/**
 * A local Hardhat chain with the demo fund, for `npm start`, the dApp's tests and the dApp
 * benchmark alike: starts `hardhat node` in its own process group, waits until it answers,
 * and (optionally) deploys the demo (`demo:deploy`), starts its content service and seeds the
 * demo's history through it (`demo`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CONTENT_SERVICE_ACCOUNT, DEMO_PEOPLE } from "../demo/people";
import { startContentProcess, type ContentProcess } from "./contentService";
import { killGroup, waitFor } from "./processes";

export { killGroup, waitFor } from "./processes";

const ROOT = path.resolve(__dirname, "..", "..");
const DEMO_MODERATOR = DEMO_PEOPLE.find((p) => p.role === "moderator")!.index;
const DEMO_ERASURE_OFFICER = DEMO_PEOPLE.find((p) => p.role === "erasureOfficer")!.index;
export const HARDHAT = path.join(ROOT, "node_modules", ".bin", "hardhat");

export async function rpcAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function rpc(url: string, method: string, params: unknown[]): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
}

export interface LocalChain {
  url: string;
  node: ChildProcess;
  /** The demo's content service, when the demo was seeded. */
  content: ContentProcess | null;
  /** The demo's deployment record, when the demo was seeded. */
  deploymentFile: string | null;
  /** Stops the chain and the content service. */
  stop(): void;
}

/** The demo: the fund deployed, its content service started, and the history seeded through it. */
export interface DemoOptions {
  /** Where the content service listens. */
  contentPort: number;
  /** The dApps that will call the content service; the first is the demo's sign-in domain. */
  appUrls: readonly string[];
  /** Print the demo task's output (addresses, accounts) instead of keeping it quiet. */
  showOutput?: boolean;
  /** The demo fund's configuration: config/demo.json unless given (config/token-demo.json votes by token). */
  configFile?: string;
  /**
   * Where the deployment record goes: deployments/ unless given. Only the default demo's record
   * is committed, so another demo writes its own (e.g. under .pulje/) and the dApp is built
   * with it (PULJE_DEPLOYMENT_FILE, see frontend/vite.config.ts).
   */
  deploymentsDir?: string;
}

export interface LocalChainOptions {
  port: number;
  /** Start the chain this many days in the past, so a seeded history ends about now. */
  backdateDays?: number;
  /** Deploy and seed a demo fund (writes <deploymentsDir>/31337.json, the same on every run). */
  demo?: DemoOptions;
  /** Where the node's output goes; the content service's goes beside it. */
  logFile: string;
  /**
   * After seeding, also mine a block every this many milliseconds, as a real chain does, so
   * chain time moves without transactions (a vote opens when its time comes; votes gained in
   * one block count from the next). Off during seeding, which keeps the deployment blocks fixed.
   */
  intervalMiningMs?: number;
}

function hardhatTask(args: string[], env: NodeJS.ProcessEnv, show: boolean, what: string): void {
  const run = spawnSync(HARDHAT, [...args, "--network", "localhost"], {
    cwd: ROOT,
    env,
    stdio: show ? "inherit" : "pipe",
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stdout ?? ""}${run.stderr ?? ""}`);
}

/** Deploys the demo fund, starts its content service on a fresh data directory, and seeds it. */
async function seedDemo(url: string, chainEnv: NodeJS.ProcessEnv, demo: DemoOptions, logFile: string) {
  const deployments = demo.deploymentsDir ?? (process.env.PULJE_DEPLOYMENTS_DIR || path.join(ROOT, "deployments"));
  const env = { ...chainEnv, PULJE_DEPLOYMENTS_DIR: deployments };
  const config = ["--config-file", demo.configFile ?? "config/demo.json"];
  hardhatTask(["demo:deploy", ...config], env, false, "Deploying the demo");
  const deploymentFile = path.join(deployments, "31337.json");
  const record = JSON.parse(fs.readFileSync(deploymentFile, "utf8")) as { contracts: { erasureAnchor: string } };
  const logs = path.dirname(logFile);
  const content = await startContentProcess({
    port: demo.contentPort,
    rpcUrl: url,
    chainId: 31337,
    deploymentFile,
    dataDir: path.join(logs, `content-${demo.contentPort}`),
    origins: demo.appUrls,
    moderators: [DEMO_MODERATOR],
    erasureOfficers: [DEMO_ERASURE_OFFICER],
    anchorer: CONTENT_SERVICE_ACCOUNT,
    anchorContract: record.contracts.erasureAnchor,
    logFile: path.join(logs, `content-${demo.contentPort}.log`),
  });
  try {
    const seedEnv = { ...env, PULJE_CONTENT_URL: content.url, PULJE_APP_URL: demo.appUrls[0] };
    hardhatTask(["demo", ...config], seedEnv, demo.showOutput ?? false, "Seeding the demo");
  } catch (error) {
    content.stop();
    throw error;
  }
  return { content, deploymentFile };
}

export async function startLocalChain(options: LocalChainOptions): Promise<LocalChain> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await rpcAnswers(url)) throw new Error(`Something already answers on ${url}. Stop it and try again.`);
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "w");
  const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_RPC_URL: url };
  if (options.backdateDays)
    env.PULJE_CHAIN_START = new Date(Date.now() - options.backdateDays * 86_400_000).toISOString();
  const node = spawn(HARDHAT, ["node", "--hostname", "127.0.0.1", "--port", String(options.port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env,
  });
  const chain: LocalChain = {
    url,
    node,
    content: null,
    deploymentFile: null,
    stop: () => {
      chain.content?.stop();
      killGroup(node);
    },
  };
  try {
    await waitFor(() => rpcAnswers(url), "The local chain", 60);
    if (options.demo) Object.assign(chain, await seedDemo(url, env, options.demo, options.logFile));
    if (options.intervalMiningMs) await rpc(url, "evm_setIntervalMining", [options.intervalMiningMs]);
  } catch (error) {
    chain.stop();
    throw error;
  }
  return chain;
}
