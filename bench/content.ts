/**
 * The content service's latency: `npx ts-node --transpile-only bench/content.ts`. On a fresh
 * local node with a fund, for PGlite and for a throwaway PostgreSQL cluster in turn, it starts
 * the service, writes 100 texts through the API (timing each write), publishes them with one
 * real proposal and confirms each, then times single reads and lookups of the page of 100, over
 * HTTP with the typed client. Prints a table and writes bench/results/content.json. Stops the
 * node and the cluster, also on errors and Ctrl-C.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { concatHex, createPublicClient, createWalletClient, http, parseEventLogs, type Hex } from "viem";
import { startLocalChain } from "../scripts/lib/localChain";
import { ContentClient } from "../sdk/content/client";
import { proposalDescription } from "../sdk/model/description";
import { ABIS } from "../sdk/contracts/kinds";
import { fundChainDefinition } from "../content/src/chain/fundChain";
import { startContentService, type ContentService } from "../content/src/service";
import type { DatabaseTarget } from "../content/src/db/database";
import { ACCOUNTS } from "../content/test/helpers/accounts";
import { startPostgres, type PostgresCluster } from "../content/test/helpers/postgres";
import { deployTestFund, type TestFund } from "../content/test/helpers/testFund";
import { withTeardown } from "./teardown";
import { textTable } from "./textTable";

const ROOT = path.resolve(__dirname, "..");
const RESULTS_FILE = path.join(__dirname, "results", "content.json");
// Ports of its own (8560–8599 are the content service's; its tests use 8560–8599 too, but not at once).
const CHAIN_PORT = 8590;
const POSTGRES_PORT = 8591;
const SERVICE_PORT = 8592;
const CHAIN_ID = 31337;

const PAGE = 100;
const LOOKUPS = 200;
const READS = 500;
const DAPP = { origin: "http://localhost:5173", domain: "localhost:5173" };

interface Latency {
  samples: number;
  p50Ms: number;
  p95Ms: number;
}

type Measured = Record<"write" | "read" | "lookup100", Latency>;

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { samples: sorted.length, p50Ms: round(at(0.5)), p95Ms: round(at(0.95)) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** One proposal whose single action's calldata carries all `commitments`: one transaction confirms them all. */
async function proposeAll(rpcUrl: string, fund: TestFund, commitments: Hex[]): Promise<Hex> {
  const chain = fundChainDefinition(CHAIN_ID, rpcUrl);
  const member = ACCOUNTS.members[0];
  const wallet = createWalletClient({ account: member, chain, transport: http() });
  const client = createPublicClient({ chain, transport: http() });
  const { governor, treasury } = fund.record.contracts;
  const hash = await wallet.writeContract({
    address: governor,
    abi: ABIS.governor,
    functionName: "propose",
    args: [
      [treasury],
      [0n],
      [concatHex(["0x12345678", ...commitments])],
      proposalDescription(null, commitments[0], member.address),
    ],
  });
  const receipt = await client.waitForTransactionReceipt({ hash });
  const [created] = parseEventLogs({ abi: ABIS.governor, logs: receipt.logs, eventName: "ProposalCreated" });
  // Free the member for the next database's proposal (one live proposal each).
  const guardian = createWalletClient({ account: ACCOUNTS.guardian, chain, transport: http() });
  await client.waitForTransactionReceipt({
    hash: await guardian.writeContract({
      address: governor,
      abi: ABIS.governor,
      functionName: "cancel",
      args: [created.args.proposalId],
    }),
  });
  return hash;
}

async function measure(
  rpcUrl: string,
  fund: TestFund,
  database: DatabaseTarget,
  keys: DatabaseTarget,
): Promise<Measured> {
  const service: ContentService = await startContentService({
    port: SERVICE_PORT,
    database,
    keysDatabase: keys,
    rpcUrl,
    chainId: CHAIN_ID,
    deployment: fund.record,
    origins: [DAPP.origin],
    retentionIntervalSeconds: 0,
    log: () => {},
  });
  try {
    const client = new ContentClient({ url: service.url });
    const author = ACCOUNTS.residents[0];
    await client.signIn({
      address: author.address,
      chainId: CHAIN_ID,
      domain: DAPP.domain,
      uri: DAPP.origin,
      signMessage: (message) => author.signMessage({ message }),
    });
    const writes: number[] = [];
    const commitments: Hex[] = [];
    for (let i = 0; i < PAGE; i++) {
      writes.push(
        await timed(async () => {
          const { commitment } = await client.writeText({
            kind: "idea",
            contract: fund.record.contracts.governor,
            fields: {
              title: `Idé nummer ${i + 1}`,
              description: "Ti egetræsbænke mellem biblioteket og bådklubben. ".repeat(8),
            },
            language: "da",
          });
          commitments.push(commitment);
        }),
      );
    }
    const txHash = await proposeAll(rpcUrl, fund, commitments);
    for (const commitment of commitments) await client.confirmText(commitment, txHash);
    const reader = new ContentClient({ url: service.url });
    const page = await reader.lookupTexts(commitments);
    const unpublished = page.filter((r) => r.status !== "published").length;
    if (unpublished > 0) throw new Error(`bench: ${unpublished} of the page's texts are not published and verified`);
    // Warm up the connection and the database's caches before timing.
    for (let i = 0; i < 10; i++) await reader.lookupTexts(commitments);
    const lookups: number[] = [];
    for (let i = 0; i < LOOKUPS; i++) lookups.push(await timed(() => reader.lookupTexts(commitments)));
    const reads: number[] = [];
    for (let i = 0; i < READS; i++) reads.push(await timed(() => reader.readText(commitments[i % PAGE])));
    return { write: latency(writes), read: latency(reads), lookup100: latency(lookups) };
  } finally {
    await service.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  await withTeardown(async (teardown) => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-bench-content-"));
    teardown.add(() => fs.rmSync(work, { recursive: true, force: true }));
    const chain = await startLocalChain({
      port: CHAIN_PORT,
      logFile: path.join(ROOT, ".pulje", "bench-content-node.log"),
    });
    teardown.add(() => chain.stop());
    const fund = await deployTestFund(chain.url, work);
    fund.provider.destroy();
    const postgres: PostgresCluster = startPostgres(POSTGRES_PORT);
    teardown.add(() => postgres.stop());
    const admin = new (await import("pg")).default.Client({ connectionString: postgres.url });
    await admin.connect();
    for (const name of ["bench_content", "bench_keys"]) await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();

    console.log(`Content service: ${PAGE} writes, ${READS} reads, ${LOOKUPS} lookups of ${PAGE}, per database`);
    const results = {
      pglite: await measure(chain.url, fund, { dir: path.join(work, "content") }, { dir: path.join(work, "keys") }),
      postgres: await measure(
        chain.url,
        fund,
        { url: postgres.urlOf("bench_content") },
        { url: postgres.urlOf("bench_keys") },
      ),
    };
    const rows = (["pglite", "postgres"] as const).flatMap((db) =>
      (["lookup100", "read", "write"] as const).map((op) => [
        db === "pglite" ? "PGlite" : "PostgreSQL",
        { lookup100: "lookup, page of 100", read: "read one", write: "write one" }[op],
        String(results[db][op].samples),
        results[db][op].p50Ms.toFixed(2),
        results[db][op].p95Ms.toFixed(2),
      ]),
    );
    console.log(
      `\n${textTable(["database", "operation", "samples", "p50 ms", "p95 ms"], rows, [false, false, true, true, true])}\n`,
    );
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(
      RESULTS_FILE,
      JSON.stringify(
        {
          ...results,
          notes: {
            method: `HTTP round trips with the typed client (sdk/content/client.ts) on loopback, timed with performance.now(); ${PAGE} writes (each: validation, a new data key in the key store, AES-256-GCM, an insert), then after one proposal confirming all ${PAGE}, ${READS} single reads and ${LOOKUPS} lookups of the whole page, each after 10 untimed lookups; the client recomputes every commitment, which is part of the time`,
            databases:
              "PGlite 0.5 in a data directory (the default); PostgreSQL 15 from Debian in a throwaway cluster with fsync off, content and keys in two databases of it",
            machine: `${os.cpus().length} cores, Node ${process.version}`,
          },
        },
        null,
        2,
      ) + "\n",
    );
    console.log(`Wrote ${path.relative(ROOT, RESULTS_FILE)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
