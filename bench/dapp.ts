/**
 * The dApp benchmark: `npx ts-node --transpile-only bench/dapp.ts`. Measures the production
 * bundle (gzip sizes, and the JavaScript the first page needs) and the RPC traffic of the
 * proposal list with 20 and with 100 proposals, counted at a proxy in front of a local chain,
 * and each proposal builder page's first render and own download.
 * Prints tables and writes bench/results/dapp.json. Stops everything it started, also on
 * errors and on Ctrl-C.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { readDeployment, type DeploymentRecord } from "../deploy/deployments";
import { ContentTexts } from "../harness/texts";
import { startLocalChain } from "../scripts/lib/localChain";
import {
  buildDapp,
  bundleStats,
  DEFAULT_RPC_URL,
  htmlScripts,
  jsSizes,
  overviewLoad,
  startPreview,
  type BundleStats,
} from "./dappBuild";
import { measurePages, type PageMeasurement } from "./pageLoad";
import { growProposals, measureList, type ListMeasurement } from "./proposalLoad";
import { startRpcProxy } from "./rpcProxy";
import { withTeardown, type Teardown } from "./teardown";
import { textTable } from "./textTable";

const ROOT = path.resolve(__dirname, "..");
const RESULTS_FILE = path.join(__dirname, "results", "dapp.json");
const LOGS = path.join(ROOT, ".pulje");

// Ports of their own, so the benchmark runs beside `npm start` (8545, 5173) and the e2e tests (8547, 4173).
const CHAIN_PORT = 8548;
const PROXY_PORT = 8549;
const PREVIEW_DEFAULT_PORT = 4174;
const PREVIEW_PROXIED_PORT = 4175;
const CONTENT_PORT = 8550;
const BUNDLER_PORT = 8551;
const CONTENT_URL = `http://127.0.0.1:${CONTENT_PORT}`;

const CHAIN_ID = 31337;
// The demo seeds 13 proposals, so the smaller list is one full page of 20 rather than 10:
// what matters is that 100 costs the same requests as a single page.
const PROPOSAL_COUNTS = [20, 100] as const;
const LOADS = 3;
/** The goal for the JavaScript of the first page: the builders must load on demand. */
const INITIAL_JS_GOAL = 250_000;
/**
 * The proposal builders: each is a page of its own, fetched when it is opened. The Rules and
 * roles pages show their forms only to a connected member; the loads here have no wallet.
 */
const BUILDER_ROUTES = [
  "/proposals/new",
  "/rounds/new",
  "/stewards/pools/new",
  "/stewards/milestones/new",
  "/treasury/deposit",
] as const;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

type ProposalList = Record<(typeof PROPOSAL_COUNTS)[number], ListMeasurement>;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function bundleTable(bundle: BundleStats, htmlFiles: number, overviewFiles: number): string {
  const goal = bundle.initialJsGzipBytes <= INITIAL_JS_GOAL ? "ok" : "OVER";
  return textTable(
    ["JavaScript (gzip, zlib default level)", "size", ""],
    [
      ["total, all chunks", kB(bundle.totalJsGzipBytes), ""],
      ["largest chunk", kB(bundle.largestChunk.gzipBytes), bundle.largestChunk.name],
      [
        `initial: index.html (${htmlFiles} files) + "/" (${overviewFiles} more)`,
        kB(bundle.initialJsGzipBytes),
        `goal ≤ ${kB(INITIAL_JS_GOAL)}: ${goal}`,
      ],
    ],
  );
}

function listTable(list: ProposalList): string {
  const methods = [...new Set(PROPOSAL_COUNTS.flatMap((n) => Object.keys(list[n].byMethod)))].sort();
  const column = (n: (typeof PROPOSAL_COUNTS)[number]) => list[n];
  const row = (label: string, value: (m: ListMeasurement) => number | string) => [
    label,
    ...PROPOSAL_COUNTS.map((n) => String(value(column(n)))),
  ];
  return textTable(
    ["proposals in the fund", ...PROPOSAL_COUNTS.map(String)],
    [
      row(`HTTP requests (JSON-RPC POSTs, most of ${LOADS})`, (m) => m.httpRequests),
      row("  each load", (m) => m.httpRequestsRuns.join(", ")),
      row("CORS preflights", (m) => m.preflights),
      row("JSON-RPC calls", (m) => m.rpcCalls),
      ...methods.map((method) => row(`  ${method}`, (m) => m.byMethod[method] ?? 0)),
      row(`first render, ms (median of ${LOADS})`, (m) => m.firstRenderMs),
      row("  each load", (m) => m.firstRenderRuns.join(", ")),
    ],
  );
}

/** "7", or "6–7" when the loads differ. */
function spread(values: number[]): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? String(low) : `${low}–${high}`;
}

/** What grows between the smallest and the largest fund, said plainly. */
function growthNote(list: ProposalList): string {
  const [small, large] = [list[PROPOSAL_COUNTS[0]], list[PROPOSAL_COUNTS[PROPOSAL_COUNTS.length - 1]]];
  // Requests grow only if every load of the larger fund needs more than any of the smaller.
  const requestsGrow = Math.min(...large.httpRequestsRuns) > Math.max(...small.httpRequestsRuns);
  const requests = `HTTP requests ${requestsGrow ? "grow" : "do not grow"} (${spread(small.httpRequestsRuns)} → ${spread(large.httpRequestsRuns)})`;
  const grown = Object.keys(large.byMethod).filter((m) => (large.byMethod[m] ?? 0) > (small.byMethod[m] ?? 0));
  const calls =
    grown.length === 0
      ? "nor do JSON-RPC calls"
      : `JSON-RPC calls grow (${small.rpcCalls} → ${large.rpcCalls}), in ${grown.join(", ")}`;
  return `${PROPOSAL_COUNTS[0]} → ${PROPOSAL_COUNTS[PROPOSAL_COUNTS.length - 1]} proposals: ${requests}; ${calls}.`;
}

function pagesTable(pages: Record<string, PageMeasurement>): string {
  return textTable(
    ["builder page", `first render, ms (median of ${LOADS})`, "each load", "its own JS (gzip)"],
    Object.entries(pages).map(([route, m]) => [
      route,
      String(m.firstRenderMs),
      m.firstRenderRuns.join(", "),
      kB(m.ownJsGzipBytes),
    ]),
  );
}

/** The results file: no timings but the medians, no timestamps. */
function resultsJson(bundle: BundleStats, list: ProposalList, pages: Record<string, PageMeasurement>): string {
  const entry = (m: ListMeasurement) => ({
    httpRequests: m.httpRequests,
    preflights: m.preflights,
    rpcCalls: m.rpcCalls,
    byMethod: m.byMethod,
    firstRenderMs: m.firstRenderMs,
  });
  const proposalList = Object.fromEntries(PROPOSAL_COUNTS.map((n) => [String(n), entry(list[n])]));
  const builderPages = Object.fromEntries(
    Object.entries(pages).map(([route, m]) => [
      route,
      { firstRenderMs: m.firstRenderMs, ownJsGzipBytes: m.ownJsGzipBytes },
    ]),
  );
  return JSON.stringify({ bundle, proposalList, builderPages }, null, 2) + "\n";
}

/** The dApp is built with the committed deployment's addresses; a different seed would show an empty fund. */
function checkSameFund(seeded: DeploymentRecord): void {
  const committed = readDeployment(CHAIN_ID);
  if (committed.contracts.governor !== seeded.contracts.governor)
    throw new Error(
      `The seeded governor (${seeded.contracts.governor}) is not the dApp's (${committed.contracts.governor}): run npm run generate`,
    );
}

/** The bundle's sizes; "initial" is what index.html fetches plus what opening "/" adds. */
async function measureBundle(browser: Browser, outDir: string, chainUrl: string, teardown: Teardown) {
  const preview = await startPreview(outDir, PREVIEW_DEFAULT_PORT, path.join(LOGS, "bench-preview-default.log"));
  teardown.add(() => preview.stop());
  const overview = await overviewLoad(browser, preview.url, chainUrl);
  // Without RPC traffic the Overview was not fed by our chain, and may have loaded less than a visitor's would.
  if (overview.rpcRequests === 0) console.warn(`warning: the Overview sent nothing to ${DEFAULT_RPC_URL}`);
  const fromHtml = htmlScripts(outDir);
  const added = new Set(overview.scripts.filter((s) => !fromHtml.includes(s)));
  const stats = bundleStats(jsSizes(outDir), [...fromHtml, ...added]);
  return { stats, htmlFiles: fromHtml.length, overviewFiles: added.size };
}

async function run(teardown: Teardown): Promise<void> {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-bench-dapp-"));
  teardown.add(() => fs.rmSync(work, { recursive: true, force: true }));
  fs.mkdirSync(LOGS, { recursive: true });

  const defaultBuild = path.join(work, "default");
  const proxiedBuild = path.join(work, "proxied");
  const proxyUrl = `http://127.0.0.1:${PROXY_PORT}`;
  buildDapp(defaultBuild, {});
  buildDapp(proxiedBuild, { VITE_RPC_URL: proxyUrl, VITE_CHAIN_ID: String(CHAIN_ID), VITE_CONTENT_URL: CONTENT_URL });

  // The demo task writes its deployment record into a directory of our own, not over the
  // committed deployments/31337.json that others may be reading.
  const deployments = path.join(work, "deployments");
  process.env.PULJE_DEPLOYMENTS_DIR = deployments;
  const chain = await startLocalChain({
    port: CHAIN_PORT,
    backdateDays: 30,
    demo: {
      contentPort: CONTENT_PORT,
      bundlerPort: BUNDLER_PORT,
      appUrls: [`http://127.0.0.1:${PREVIEW_PROXIED_PORT}`, `http://127.0.0.1:${PREVIEW_DEFAULT_PORT}`],
    },
    logFile: path.join(LOGS, "bench-node.log"),
  });
  teardown.add(() => chain.stop());
  const record = readDeployment(CHAIN_ID, deployments);
  checkSameFund(record);

  // The benchmark's proposals are written as the dApp writes them: texts first, to the service.
  const content = new ContentTexts({
    url: chain.content!.url,
    chainId: CHAIN_ID,
    appUrl: `http://127.0.0.1:${PREVIEW_PROXIED_PORT}`,
    language: "da",
  });
  const proxy = await startRpcProxy(chain.url, PROXY_PORT);
  teardown.add(() => proxy.close());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    // Playwright's own handlers would exit the process once the browser is closed, before
    // the chain and the previews are stopped: the teardown closes the browser instead.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  teardown.add(() => browser.close());

  const { stats: bundle, htmlFiles, overviewFiles } = await measureBundle(browser, defaultBuild, chain.url, teardown);

  const preview = await startPreview(proxiedBuild, PREVIEW_PROXIED_PORT, path.join(LOGS, "bench-preview-proxied.log"));
  teardown.add(() => preview.stop());
  const list: Partial<ProposalList> = {};
  for (const proposals of PROPOSAL_COUNTS) {
    await growProposals(chain.url, record, proposals, content);
    list[proposals] = await measureList(browser, `${preview.url}/proposals`, proxy, proposals, LOADS);
  }
  const proposalList = list as ProposalList;
  const pages = await measurePages(browser, preview.url, BUILDER_ROUTES, LOADS, jsSizes(proxiedBuild));

  console.log("\ndApp bundle (production build, default environment)\n");
  console.log(bundleTable(bundle, htmlFiles, overviewFiles));
  console.log(
    "\nProposal list (/proposals, first page of 20), RPC counted at a proxy; cold loads, each in a fresh browser context\n",
  );
  console.log(listTable(proposalList));
  console.log(`\n${growthNote(proposalList)}`);
  console.log("\nProposal builders, cold loads: until the form is painted\n");
  console.log(pagesTable(pages));

  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, resultsJson(bundle, proposalList, pages));
  console.log(`\nWrote ${path.relative(ROOT, RESULTS_FILE)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  // The chain and the previews run in process groups of their own: Ctrl-C would leave them running.
  await withTeardown(run);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
