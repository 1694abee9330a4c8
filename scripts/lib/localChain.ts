/**
 * A local Hardhat chain with the demo fund, for `npm start`, the dApp's tests and the dApp
 * benchmark alike: starts `hardhat node` in its own process group, waits until it answers,
 * and (optionally) deploys the demo (`demo:deploy`), starts its content service and, when the
 * demo fund has a paymaster, Pimlico's Alto bundler (ERC-4337) beside the chain, and seeds the
 * demo's history through them (`demo`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { computeAddress } from "ethers";
import { CONTENT_SERVICE_ACCOUNT, DEMO_PEOPLE } from "../demo/people";
import { hardhatKey, startAlto } from "../bundler/alto";
import { startContentProcess, type ContentProcess } from "./contentService";
import { killGroup, waitFor } from "./processes";

export { killGroup, waitFor } from "./processes";

const ROOT = path.resolve(__dirname, "..", "..");
const DEMO_MODERATOR = DEMO_PEOPLE.find((p) => p.role === "moderator")!.index;
const DEMO_ERASURE_OFFICER = DEMO_PEOPLE.find((p) => p.role === "erasureOfficer")!.index;
export const HARDHAT = path.join(ROOT, "node_modules", ".bin", "hardhat");
const ALTO = path.join(ROOT, "node_modules", ".bin", "alto");
/**
 * The bundler's accounts: beyond the node's 30 funded ones (every one of those is somebody in the
 * demo), given ETH by `hardhat_setBalance`, which mines no block. Executors send the bundles; the
 * utility account tops them up.
 */
const BUNDLER_EXECUTORS = [30, 31];
const BUNDLER_UTILITY = 32;
const BUNDLER_BALANCE = "0x3635c9adc5dea00000"; // 1,000 ETH

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

/**
 * One JSON-RPC call to the node. A connection failure is tried again twice: the seed runs as a
 * blocking child process, and a kept-alive connection the node closed meanwhile is only noticed
 * when the next call is written to it ("other side closed"). The calls made here are idempotent.
 */
async function rpc(url: string, method: string, params: unknown[], attempt = 1): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
  } catch (error) {
    if (attempt >= 3) throw error;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    return rpc(url, method, params, attempt + 1);
  }
  const body = (await response.json()) as { error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return (body as { result?: unknown }).result;
}

/** An ERC-4337 bundler running beside the chain. */
export interface LocalBundler {
  url: string;
  process: ChildProcess;
  /** How long it took to start (answering JSON-RPC), in seconds. */
  startSeconds: number;
}

export interface LocalChain {
  url: string;
  node: ChildProcess;
  /** The demo's content service, when the demo was seeded. */
  content: ContentProcess | null;
  /** The demo's deployment record, when the demo was seeded. */
  deploymentFile: string | null;
  /** The bundler (Alto), when the demo fund has a paymaster: members' sponsored operations go to its URL. */
  bundler: LocalBundler | null;
  /** Stops the chain, the content service and the bundler. */
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
  /** Where the bundler listens, when the demo fund has a paymaster (config `sponsorship`). */
  bundlerPort?: number;
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

/**
 * Starts Alto against the local chain with its own funded accounts; its output goes to
 * `bundler-<port>.log` beside the node's log.
 */
export async function startBundler(url: string, port: number, logs: string): Promise<LocalBundler> {
  const executorKeys = BUNDLER_EXECUTORS.map(hardhatKey);
  const utilityKey = hardhatKey(BUNDLER_UTILITY);
  for (const key of [...executorKeys, utilityKey])
    await rpc(url, "hardhat_setBalance", [computeAddress(key), BUNDLER_BALANCE]);
  const log = fs.openSync(path.join(logs, `bundler-${port}.log`), "w");
  const started = Date.now();
  const alto = await startAlto({ bin: ALTO, rpcUrl: url, port, executorKeys, utilityKey, logFd: log });
  return { url: `http://127.0.0.1:${port}`, process: alto, startSeconds: (Date.now() - started) / 1000 };
}

/**
 * Deploys the demo fund, starts its content service on a fresh data directory and then, when the
 * fund has a paymaster, the bundler (the seed sends a passkey member's vote through it), and seeds it.
 */
async function seedDemo(chain: LocalChain, chainEnv: NodeJS.ProcessEnv, demo: DemoOptions, logFile: string) {
  const url = chain.url;
  const deployments = demo.deploymentsDir ?? (process.env.PULJE_DEPLOYMENTS_DIR || path.join(ROOT, "deployments"));
  const env = { ...chainEnv, PULJE_DEPLOYMENTS_DIR: deployments };
  const config = ["--config-file", demo.configFile ?? "config/demo.json"];
  hardhatTask(["demo:deploy", ...config], env, false, "Deploying the demo");
  const deploymentFile = path.join(deployments, "31337.json");
  const record = JSON.parse(fs.readFileSync(deploymentFile, "utf8")) as {
    contracts: { erasureAnchor: string; paymaster?: string | null };
  };
  const logs = path.dirname(logFile);
  chain.content = await startContentProcess({
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
  chain.deploymentFile = deploymentFile;
  if (record.contracts.paymaster) {
    if (!demo.bundlerPort) throw new Error("The demo fund has a paymaster: give the bundler a port (bundlerPort)");
    chain.bundler = await startBundler(url, demo.bundlerPort, logs);
  }
  const seedEnv: NodeJS.ProcessEnv = { ...env, PULJE_CONTENT_URL: chain.content.url, PULJE_APP_URL: demo.appUrls[0] };
  if (chain.bundler) seedEnv.PULJE_BUNDLER_URL = chain.bundler.url;
  hardhatTask(["demo", ...config], seedEnv, demo.showOutput ?? false, "Seeding the demo");
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
    bundler: null,
    stop: () => {
      if (chain.bundler) killGroup(chain.bundler.process);
      chain.content?.stop();
      killGroup(node);
    },
  };
  try {
    await waitFor(() => rpcAnswers(url), "The local chain", 60);
    if (options.demo) await seedDemo(chain, env, options.demo, options.logFile);
    if (options.intervalMiningMs) await rpc(url, "evm_setIntervalMining", [options.intervalMiningMs]);
  } catch (error) {
    chain.stop();
    throw error;
  }
  return chain;
}
