/**
 * `npm start`: a local chain with a seeded demo fund.
 *
 * 1. compiles the contracts;
 * 2. starts a Hardhat node on 127.0.0.1:8545 in its own process group, backdated 30 days so
 *    the seeded history ends at today's date;
 * 3. deploys config/demo.json with the deployment module and seeds a realistic history
 *    (the `demo` task), which writes deployments/31337.json and prints the demo accounts;
 * 4. keeps running until Ctrl-C, then stops the chain with it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const HARDHAT = path.join(ROOT, "node_modules", ".bin", "hardhat");
const RPC_URL = "http://127.0.0.1:8545";
const LOG_DIR = path.join(ROOT, ".pulje");
const BACKDATE_DAYS = 30;

const children: ChildProcess[] = [];

async function rpcAnswers(): Promise<boolean> {
  try {
    const response = await fetch(RPC_URL, {
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

function hardhat(args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(HARDHAT, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) stop(`npx hardhat ${args.join(" ")} failed`, 1);
}

/** Starts a long-running process in its own group, so stopping kills everything it started. */
function background(command: string, args: string[], logName: string, env: Record<string, string> = {}): ChildProcess {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const log = fs.openSync(path.join(LOG_DIR, logName), "w");
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, ...env },
  });
  children.push(child);
  child.on("exit", (code) =>
    stop(`${path.basename(command)} ${args[0]} stopped (exit ${code}); see .pulje/${logName}`, code ?? 1),
  );
  return child;
}

async function waitFor(ready: () => Promise<boolean>, what: string, seconds: number) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop(`${what} did not start within ${seconds} s`, 1);
}

let stopping = false;
function stop(reason: string, code: number): never {
  if (!stopping) {
    stopping = true;
    if (reason) console.log(`\n${reason}`);
    for (const child of children) {
      child.removeAllListeners("exit");
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
  process.exit(code);
}

async function main() {
  process.on("SIGINT", () => stop("Stopping the local chain.", 0));
  process.on("SIGTERM", () => stop("Stopping the local chain.", 0));

  if (await rpcAnswers()) {
    stop(`Something already answers on ${RPC_URL}. Stop it (or an earlier npm start) and try again.`, 1);
  }
  hardhat(["compile", "--quiet"]);

  const chainStart = new Date(Date.now() - BACKDATE_DAYS * 86_400_000).toISOString();
  background(HARDHAT, ["node", "--hostname", "127.0.0.1", "--port", "8545"], "hardhat-node.log", {
    PULJE_CHAIN_START: chainStart,
  });
  await waitFor(rpcAnswers, "The local chain", 60);

  hardhat(["demo", "--network", "localhost"]);

  console.log(
    [
      "",
      `Local chain: ${RPC_URL} (chain id 31337); its log is in .pulje/hardhat-node.log.`,
      "Try the steward tasks against it, e.g.: npx hardhat status --network localhost",
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
}

main().catch((error: unknown) => stop(error instanceof Error ? error.message : String(error), 1));
