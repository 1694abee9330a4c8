/**
 * A local Hardhat chain with the demo fund, for `npm start`, the dApp's tests and the dApp
 * benchmark alike: starts `hardhat node` in its own process group, waits until it answers,
 * and (optionally) deploys and seeds the demo with the `demo` task.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
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

export async function waitFor(ready: () => Promise<boolean>, what: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

/** Kills a process started with `detached: true` together with everything it started. */
export function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

export interface LocalChain {
  url: string;
  node: ChildProcess;
  stop(): void;
}

export interface LocalChainOptions {
  port: number;
  /** Start the chain this many days in the past, so a seeded history ends about now. */
  backdateDays?: number;
  /** Deploy and seed the demo fund (writes deployments/31337.json, the same on every run). */
  seedDemo?: boolean;
  /** Where the node's output goes. */
  logFile: string;
  /** Print the demo task's output (addresses, accounts) instead of keeping it quiet. */
  showDemoOutput?: boolean;
  /**
   * After seeding, also mine a block every this many milliseconds, as a real chain does, so
   * chain time moves without transactions (a vote opens when its time comes; votes gained in
   * one block count from the next). Off during seeding, which keeps the deployment blocks fixed.
   */
  intervalMiningMs?: number;
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
  const chain: LocalChain = { url, node, stop: () => killGroup(node) };
  try {
    await waitFor(() => rpcAnswers(url), "The local chain", 60);
    if (options.seedDemo) {
      const demo = spawnSync(HARDHAT, ["demo", "--network", "localhost"], {
        cwd: ROOT,
        env,
        stdio: options.showDemoOutput ? "inherit" : "pipe",
        encoding: "utf8",
      });
      if (demo.status !== 0) throw new Error(`Seeding the demo failed:\n${demo.stdout ?? ""}${demo.stderr ?? ""}`);
    }
    if (options.intervalMiningMs) await rpc(url, "evm_setIntervalMining", [options.intervalMiningMs]);
  } catch (error) {
    chain.stop();
    throw error;
  }
  return chain;
}
