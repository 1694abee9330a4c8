/**
 * The bundle part of the dApp benchmark: production builds of the dApp, `vite preview` to
 * serve them, and the gzip sizes of what a visitor downloads.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { killGroup, waitFor } from "../scripts/lib/localChain";

const ROOT = path.resolve(__dirname, "..");
const VITE = path.join(ROOT, "node_modules", ".bin", "vite");
const CONFIG = "frontend/vite.config.ts";
/** Where a build without VITE_RPC_URL reads the chain (frontend/src/config/deployment.ts). */
export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";

export interface BundleStats {
  totalJsGzipBytes: number;
  largestChunk: { name: string; gzipBytes: number };
  initialJsGzipBytes: number;
}

/** Gzip size of every .js asset of a build, by its path as the page asks for it ("/assets/…"). */
export type JsSizes = Map<string, number>;

/**
 * Builds the dApp into `outDir`. `env` sets VITE_* variables; the ones not given are removed,
 * so a variable set in the caller's shell cannot leak into the "default" build.
 */
export function buildDapp(
  outDir: string,
  env: { VITE_RPC_URL?: string; VITE_CHAIN_ID?: string; VITE_CONTENT_URL?: string },
): void {
  const buildEnv: NodeJS.ProcessEnv = { ...process.env };
  delete buildEnv.VITE_RPC_URL;
  delete buildEnv.VITE_CHAIN_ID;
  const build = spawnSync(
    VITE,
    ["build", "--config", CONFIG, "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: ROOT,
      env: { ...buildEnv, ...env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
      encoding: "utf8",
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
}

export function jsSizes(outDir: string): JsSizes {
  const assets = path.join(outDir, "assets");
  const sizes: JsSizes = new Map();
  for (const file of fs.readdirSync(assets).sort()) {
    if (file.endsWith(".js")) sizes.set(`/assets/${file}`, gzipSync(fs.readFileSync(path.join(assets, file))).length);
  }
  return sizes;
}

/** The scripts index.html makes the browser fetch at once: the entry and its modulepreloads. */
export function htmlScripts(outDir: string): string[] {
  const html = fs.readFileSync(path.join(outDir, "index.html"), "utf8");
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attribute(m[0], "src"));
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .filter((m) => attribute(m[0], "rel") === "modulepreload")
    .map((m) => attribute(m[0], "href"));
  return [...scripts, ...preloads].filter((src): src is string => src !== undefined);
}

export function bundleStats(sizes: JsSizes, initialScripts: Iterable<string>): BundleStats {
  const entries = [...sizes.entries()];
  if (entries.length === 0) throw new Error("The build has no JavaScript");
  const [largestPath, largestBytes] = entries.reduce((a, b) => (b[1] > a[1] ? b : a));
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, p) => total + (sizes.get(p) ?? 0), 0);
  return {
    totalJsGzipBytes: sum(sizes.keys()),
    largestChunk: { name: path.basename(largestPath), gzipBytes: largestBytes },
    initialJsGzipBytes: sum(new Set(initialScripts)),
  };
}

/**
 * The build's .js files the browser loads when opening "/" (the Overview), until the network
 * is idle, and how many RPC requests the page made meanwhile. The default build reads from
 * DEFAULT_RPC_URL; those requests are answered by `rpcUrl`, so the Overview renders with data
 * whatever runs, or does not, on that port.
 */
export async function overviewLoad(
  browser: Browser,
  appUrl: string,
  rpcUrl: string,
): Promise<{ scripts: string[]; rpcRequests: number }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  try {
    const rpcOrigin = new URL(DEFAULT_RPC_URL).origin;
    let rpcRequests = 0;
    await context.route(
      (url) => url.origin === rpcOrigin,
      async (route) => {
        rpcRequests++;
        await route.fulfill({ response: await route.fetch({ url: rpcUrl }) });
      },
    );
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin === new URL(appUrl).origin && url.pathname.endsWith(".js")) scripts.push(url.pathname);
    });
    await page.goto(`${appUrl}/`, { waitUntil: "networkidle" });
    return { scripts, rpcRequests };
  } finally {
    await context.close();
  }
}

export interface Preview {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/** `vite preview` of a build, in its own process group (it starts children of its own). */
export async function startPreview(outDir: string, port: number, logFile: string): Promise<Preview> {
  const log = fs.openSync(logFile, "w");
  const child = spawn(
    VITE,
    ["preview", "--config", CONFIG, "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: ROOT, detached: true, stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);
  const preview: Preview = { url: `http://127.0.0.1:${port}`, process: child, stop: () => killGroup(child) };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}); see ${logFile}`);
        try {
          return (await fetch(preview.url, { signal: AbortSignal.timeout(1000) })).ok;
        } catch {
          return false;
        }
      },
      "vite preview",
      30,
    );
  } catch (error) {
    preview.stop();
    throw error;
  }
  return preview;
}
