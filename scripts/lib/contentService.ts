/**
 * The content service as a child process of `npm start`, the browser tests and the dApp
 * benchmark: started on a fresh data directory once the fund is deployed (it reads the
 * deployment record when it starts), with the demo's moderator, erasure officer and anchoring
 * account, and stopped with the chain.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { HDNodeWallet, Mnemonic } from "ethers";
import { killGroup, waitFor } from "./processes";

const ROOT = path.resolve(__dirname, "..", "..");
const TS_NODE = path.join(ROOT, "node_modules", ".bin", "ts-node");
/** Hardhat's public test mnemonic: the demo accounts, never to be used on a real network. */
const TEST_MNEMONIC = "test test test test test test test test test test test junk";

export interface ContentProcess {
  url: string;
  process: ChildProcess;
  stop(): void;
}

export interface ContentProcessOptions {
  port: number;
  rpcUrl: string;
  chainId: number;
  deploymentFile: string;
  /** Emptied first: a fresh chain starts with no texts. */
  dataDir: string;
  /** The dApps that may call it (their hosts are the sign-in domains). */
  origins: readonly string[];
  /** Demo account indexes of the service's moderators, erasure officers and its anchoring key. */
  moderators: readonly number[];
  erasureOfficers: readonly number[];
  anchorer: number;
  anchorContract: string;
  logFile: string;
}

/** A demo account's key, derived from the public test mnemonic as Hardhat does. */
export function demoWallet(index: number): HDNodeWallet {
  return HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(TEST_MNEMONIC), `m/44'/60'/0'/0/${index}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

export async function startContentProcess(options: ContentProcessOptions): Promise<ContentProcess> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await answers(url)) throw new Error(`Something already answers on ${url}. Stop it and try again.`);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  fs.rmSync(`${options.dataDir}-keys`, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_PORT: String(options.port),
    CONTENT_HOST: "127.0.0.1",
    CONTENT_DATA_DIR: options.dataDir,
    RPC_URL: options.rpcUrl,
    CHAIN_ID: String(options.chainId),
    DEPLOYMENT_FILE: options.deploymentFile,
    CONTENT_ORIGINS: options.origins.join(","),
    CONTENT_MODERATORS: options.moderators.map((i) => demoWallet(i).address).join(","),
    CONTENT_ERASURE_OFFICERS: options.erasureOfficers.map((i) => demoWallet(i).address).join(","),
    // The demo's payees are associations and a company: their names may be shown.
    CONTENT_PUBLISH_COMPANY_IDENTITIES: "true",
    ANCHOR_KEY: demoWallet(options.anchorer).privateKey,
    ANCHOR_CONTRACT: options.anchorContract,
  };
  delete env.DATABASE_URL;
  delete env.KEYS_DATABASE_URL;
  const child = spawn(TS_NODE, ["--transpile-only", path.join(ROOT, "content", "src", "main.ts")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env,
  });
  const service: ContentProcess = { url, process: child, stop: () => killGroup(child) };
  try {
    await waitFor(() => answers(url), "The content service", 240);
  } catch (error) {
    service.stop();
    throw error;
  }
  return service;
}
