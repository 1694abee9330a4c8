/**
 * Before the browser tests: a fresh local chain with the seeded demo (port 8547), its content
 * service (port 8546) and its bundler (Alto, port 10547, when the fund has a paymaster), the dApp
 * built for them, and `vite preview` serving that build (port 4173). After: all of it stopped.
 * E2E_CHAIN_PORT, E2E_CONTENT_PORT, E2E_BUNDLER_PORT and E2E_APP_PORT move them, so two
 * checkouts can run their browser tests at once.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { killGroup, startLocalChain, waitFor, type LocalChain } from "../scripts/lib/localChain";

const ROOT = path.resolve(__dirname, "..");
const VITE = path.join(ROOT, "node_modules", ".bin", "vite");
const CHAIN_PORT = Number(process.env.E2E_CHAIN_PORT ?? 8547);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
const CONTENT_PORT = Number(process.env.E2E_CONTENT_PORT ?? 8546);
// The bundler (Alto) beside the chain: E2E_BUNDLER_PORT, or the chain's port + 2000.
const BUNDLER_PORT = Number(process.env.E2E_BUNDLER_PORT ?? CHAIN_PORT + 2000);
export const E2E_RPC_URL = `http://127.0.0.1:${CHAIN_PORT}`;
export const E2E_APP_URL = `http://127.0.0.1:${APP_PORT}`;
const OUT_DIR = "dist-e2e";

let chain: LocalChain | null = null;
let preview: ChildProcess | null = null;

declare module "vitest" {
  export interface ProvidedContext {
    rpcUrl: string;
    appUrl: string;
    contentUrl: string;
    /** The bundler's URL, or "" when the demo fund has no paymaster. */
    bundlerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const logs = path.join(ROOT, ".pulje");
  chain = await startLocalChain({
    port: CHAIN_PORT,
    backdateDays: 30,
    demo: { contentPort: CONTENT_PORT, bundlerPort: BUNDLER_PORT, appUrls: [E2E_APP_URL] },
    intervalMiningMs: 2_000,
    logFile: path.join(logs, "e2e-node.log"),
  });

  const build = spawnSync(
    VITE,
    ["build", "--config", "frontend/vite.config.ts", "--outDir", OUT_DIR, "--logLevel", "warn"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        VITE_CHAIN_ID: "31337",
        VITE_RPC_URL: E2E_RPC_URL,
        VITE_CONTENT_URL: chain.content!.url,
        ...(chain.bundler ? { VITE_BUNDLER_URL: chain.bundler.url } : {}),
        // The demo's members write in Danish: texts too short to tell are marked lang="da".
        VITE_CONTENT_LANG: "da",
      },
      encoding: "utf8",
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);

  const log = fs.openSync(path.join(logs, "e2e-preview.log"), "w");
  preview = spawn(
    VITE,
    [
      "preview",
      "--config",
      "frontend/vite.config.ts",
      "--outDir",
      OUT_DIR,
      "--host",
      "127.0.0.1",
      "--port",
      String(APP_PORT),
      "--strictPort",
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  await waitFor(
    async () => {
      try {
        return (await fetch(E2E_APP_URL, { signal: AbortSignal.timeout(1000) })).ok;
      } catch {
        return false;
      }
    },
    "vite preview",
    30,
  );
  project.provide("rpcUrl", E2E_RPC_URL);
  project.provide("appUrl", E2E_APP_URL);
  project.provide("contentUrl", chain.content!.url);
  project.provide("bundlerUrl", chain.bundler?.url ?? "");

  return () => {
    if (preview) killGroup(preview);
    chain?.stop();
  };
}
