/**
 * A demo served for the browser tests: a fresh local chain with a seeded demo and its content
 * service, the dApp built for both, and `vite preview` serving that build. Each vitest project's
 * global setup serves one (globalSetup.ts the citizen million, tokenSetup.ts the token-weighted
 * creators' fund) and gives its tests the addresses (`inject`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { killGroup, startLocalChain, waitFor, type DemoOptions } from "../scripts/lib/localChain";

const ROOT = path.resolve(__dirname, "..");
const VITE = path.join(ROOT, "node_modules", ".bin", "vite");

declare module "vitest" {
  export interface ProvidedContext {
    rpcUrl: string;
    appUrl: string;
    contentUrl: string;
    /** The served demo's deployment record. */
    deploymentFile: string;
    /** The bundler's URL, or "" when the demo fund has no paymaster. */
    bundlerUrl: string;
  }
}

export interface ServedDemo {
  chainPort: number;
  appPort: number;
  contentPort: number;
  /** Where the bundler (Alto) listens, when the demo fund has a paymaster. */
  bundlerPort: number;
  /** Where the build goes, under frontend/. */
  outDir: string;
  /** Names the node's and the preview's logs in .pulje/. */
  logName: string;
  /** The language the demo's members write in, for texts too short to tell. */
  contentLang: string;
  /** Which demo (config/demo.json unless given) and where its record goes. */
  demo?: Pick<DemoOptions, "configFile" | "deploymentsDir">;
}

export async function serveDemo(project: TestProject, served: ServedDemo): Promise<() => void> {
  const logs = path.join(ROOT, ".pulje");
  const rpcUrl = `http://127.0.0.1:${served.chainPort}`;
  const appUrl = `http://127.0.0.1:${served.appPort}`;
  const chain = await startLocalChain({
    port: served.chainPort,
    backdateDays: 30,
    // The dApp at "localhost" too: WebAuthn needs a host name as its relying party, not an IP address.
    demo: {
      contentPort: served.contentPort,
      bundlerPort: served.bundlerPort,
      appUrls: [appUrl, appUrl.replace("127.0.0.1", "localhost")],
      ...served.demo,
    },
    intervalMiningMs: 2_000,
    logFile: path.join(logs, `${served.logName}-node.log`),
  });
  let preview: ChildProcess | null = null;
  try {
    const build = spawnSync(
      VITE,
      ["build", "--config", "frontend/vite.config.ts", "--outDir", served.outDir, "--logLevel", "warn"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          VITE_CHAIN_ID: "31337",
          VITE_RPC_URL: rpcUrl,
          VITE_CONTENT_URL: chain.content!.url,
          VITE_CONTENT_LANG: served.contentLang,
          ...(chain.bundler ? { VITE_BUNDLER_URL: chain.bundler.url } : {}),
          // Only a demo whose record is not the committed one needs it named.
          ...(served.demo?.deploymentsDir ? { PULJE_DEPLOYMENT_FILE: chain.deploymentFile! } : {}),
        },
        encoding: "utf8",
      },
    );
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);

    const log = fs.openSync(path.join(logs, `${served.logName}-preview.log`), "w");
    preview = spawn(
      VITE,
      [
        "preview",
        "--config",
        "frontend/vite.config.ts",
        "--outDir",
        served.outDir,
        "--host",
        "127.0.0.1",
        "--port",
        String(served.appPort),
        "--strictPort",
      ],
      { cwd: ROOT, detached: true, stdio: ["ignore", log, log] },
    );
    await waitFor(
      async () => {
        try {
          return (await fetch(appUrl, { signal: AbortSignal.timeout(1000) })).ok;
        } catch {
          return false;
        }
      },
      "vite preview",
      30,
    );
  } catch (error) {
    if (preview) killGroup(preview);
    chain.stop();
    throw error;
  }
  project.provide("rpcUrl", rpcUrl);
  project.provide("appUrl", appUrl);
  project.provide("contentUrl", chain.content!.url);
  project.provide("deploymentFile", chain.deploymentFile!);
  project.provide("bundlerUrl", chain.bundler?.url ?? "");

  return () => {
    if (preview) killGroup(preview);
    chain.stop();
  };
}
