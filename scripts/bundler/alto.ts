import { spawn, type ChildProcess } from "node:child_process";
import { HDNodeWallet, Mnemonic } from "ethers";
import { entryPoint08Address } from "viem/account-abstraction";
import { killGroup } from "../lib/processes";

/** Hardhat's public test mnemonic: the local node funds its accounts. */
const TEST_MNEMONIC = "test test test test test test test test test test test junk";

/** The private key of the local node's account `index` (m/44'/60'/0'/0/index). */
export function hardhatKey(index: number): string {
  return HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(TEST_MNEMONIC), `m/44'/60'/0'/0/${index}`).privateKey;
}

/**
 * Gas limits Alto simulates with while estimating (its defaults sum to 27M). The fund's paymaster
 * reserves an operation's whole gas against the member's budget during validation, so with the
 * defaults estimation fails (AA33, PaymasterOverBudget) whenever the budget per period is below
 * 27M; these sum to 5.5M, more than a vote, ballot or account creation needs.
 */
export const SIMULATION_LIMITS = [
  "--simulation-verification-gas-limit",
  "2000000",
  "--simulation-call-gas-limit",
  "2000000",
  "--simulation-paymaster-verification-gas-limit",
  "1000000",
  "--simulation-paymaster-post-op-gas-limit",
  "500000",
];

/**
 * Starts Pimlico's Alto bundler for EntryPoint v0.8 against `rpcUrl` and resolves once it answers
 * JSON-RPC. Safe mode is off: ERC-7562 rule checks need debug_traceCall with a JS tracer, which
 * Hardhat's node lacks (every other method Alto uses, state-override eth_call included, it serves).
 */
export async function startAlto(options: {
  bin: string;
  rpcUrl: string;
  port: number;
  executorKeys: string[];
  utilityKey: string;
  extraArgs?: string[];
  /** Write Alto's output to this file descriptor instead of this process's output, prefixed. */
  logFd?: number;
}): Promise<ChildProcess> {
  const args = [
    "--entrypoints",
    entryPoint08Address,
    "--rpc-url",
    options.rpcUrl,
    "--port",
    String(options.port),
    "--executor-private-keys",
    options.executorKeys.join(","),
    "--utility-private-key",
    options.utilityKey,
    "--safe-mode",
    "false",
    // The dApp calls the bundler from the browser (another origin than the dApp's).
    "--enable-cors",
    "true",
    "--log-level",
    "warn",
    ...SIMULATION_LIMITS,
    ...(options.extraArgs ?? []),
  ];
  // Its own process group, so stopping it (killGroup) stops whatever it started too.
  const child =
    options.logFd === undefined
      ? spawn(options.bin, args, { stdio: ["ignore", "pipe", "pipe"], detached: true })
      : spawn(options.bin, args, { stdio: ["ignore", options.logFd, options.logFd], detached: true });
  if (options.logFd === undefined) {
    child.stdout!.on("data", (d: Buffer) => process.stdout.write(`[alto] ${d}`));
    child.stderr!.on("data", (d: Buffer) => process.stderr.write(`[alto] ${d}`));
  }
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`alto exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_supportedEntryPoints", params: [] }),
      });
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  killGroup(child);
  throw new Error("alto did not answer within 60 s");
}
