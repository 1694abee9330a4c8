/**
 * `npm run bench:sponsored`: what the fund pays for members' passkey operations.
 *
 * 1. Gas of a vote, a round ballot, an idea and a delegation sent directly and as a sponsored user
 *    operation, and an account's first operation: bench/sponsoredMeasure.ts on the in-process
 *    chain, once with the P-256 precompile (Osaka) and once without (Prague). With the precompile
 *    also the sponsored vote part by part from its trace, what the fund pays for it with a
 *    bundler's gas limits instead of the test's, and ten votes in one bundle.
 * 2. A burst of BURST (default 1,000) sponsored votes through Pimlico's Alto against a
 *    `hardhat node`: bench/sponsoredBurst.ts. The node and Alto listen on free ports (or
 *    SPONSORED_NODE_PORT / SPONSORED_BUNDLER_PORT) and are stopped on exit, error or Ctrl-C.
 *    SPONSORED_BURST=0 skips it and keeps the burst section already in the results.
 *
 * Prints the tables and writes bench/results/sponsored.json (the burst in its own section).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { JsonRpcProvider } from "ethers";
import { ensureEntryPoint } from "../deploy/accounts";
import { HARDHAT, killGroup, startBundler, startLocalChain } from "../scripts/lib/localChain";
import {
  breakdownTable,
  bundledVotesTable,
  calldataLine,
  fundPaysTable,
  gasSection,
  gasTable,
  yearTable,
  type SponsoredGas,
} from "./sponsoredReport";
import { withTeardown } from "./teardown";

const ROOT = path.resolve(__dirname, "..");
const RESULTS_FILE = path.join(__dirname, "results", "sponsored.json");
const LOG_DIR = path.join(ROOT, ".pulje");
const HARDFORKS = ["osaka", "prague"];

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a bench script under `hardhat run`, its output shown; fails if it fails. */
function hardhatRun(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(HARDHAT, ["run", ...args], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`hardhat run ${args.join(" ")} exited with ${code}`)),
    );
  });
}

async function measureGas(dir: string): Promise<SponsoredGas[]> {
  const runs: SponsoredGas[] = [];
  for (const hardfork of HARDFORKS) {
    const out = path.join(dir, `gas-${hardfork}.json`);
    await hardhatRun(["bench/sponsoredMeasure.ts"], { PULJE_HARDFORK: hardfork, SPONSORED_GAS_OUT: out });
    runs.push(JSON.parse(readFileSync(out, "utf8")) as SponsoredGas);
  }
  if (!runs[0].p256Precompile || runs[1].p256Precompile)
    throw new Error("bench: expected the P-256 precompile on osaka and none on prague");
  return runs;
}

async function measureBurst(dir: string): Promise<unknown> {
  return withTeardown(async (teardown) => {
    const nodePort = Number(process.env.SPONSORED_NODE_PORT) || (await freePort());
    const bundlerPort = Number(process.env.SPONSORED_BUNDLER_PORT) || (await freePort());
    mkdirSync(LOG_DIR, { recursive: true });
    const chain = await startLocalChain({
      port: nodePort,
      logFile: path.join(LOG_DIR, `bench-sponsored-node-${nodePort}.log`),
    });
    teardown.add(() => chain.stop());
    // Alto deploys its own contracts through the deterministic deployment proxy, and tries (and
    // fails, on Hardhat) to create the proxy when it is missing: the EntryPoint comes first.
    const provider = new JsonRpcProvider(chain.url);
    await ensureEntryPoint(await provider.getSigner(0), 31337);
    provider.destroy();
    const bundler = await startBundler(chain.url, bundlerPort, LOG_DIR);
    teardown.add(() => killGroup(bundler.process));
    const out = path.join(dir, "burst.json");
    await hardhatRun(["--network", "localhost", "bench/sponsoredBurst.ts"], {
      LOCAL_RPC_URL: chain.url,
      BUNDLER_URL: bundler.url,
      BURST: process.env.BURST ?? "1000",
      SPONSORED_BURST_OUT: out,
    });
    return JSON.parse(readFileSync(out, "utf8")) as unknown;
  });
}

/** The vote part by part, what the fund pays for it, and ten votes in one bundle (measured with the precompile only). */
function printVoteParts(run: SponsoredGas): void {
  const { castVoteBreakdown: parts, votesInOneBundle: bundled } = run;
  if (!parts || !bundled) return;
  const direct = run.actions.castVote.direct;
  console.log(`\n${run.hardfork}: the sponsored vote, part by part, from its trace (debug_traceTransaction)\n`);
  console.log(
    breakdownTable([
      { heading: "one vote", parts: parts.handleOps },
      { heading: `per vote, ${bundled.runs.at(-1)!.votes} in one`, parts: bundled.partsPerVote },
    ]),
  );
  console.log(`${calldataLine(parts.handleOps)}\n`);
  console.log(`${fundPaysTable(parts, direct)}\n`);
  console.log(`${bundledVotesTable(bundled)}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "pulje-sponsored-"));
  const runs = await measureGas(dir);
  console.log(`\n${gasTable(runs)}\n\n${yearTable(runs)}\n`);
  for (const run of runs)
    console.log(`${run.hardfork}: one passkey signature's WebAuthn check alone ${run.passkeyCheck} gas`);
  for (const run of runs) printVoteParts(run);
  const previous = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as { burst?: unknown })
    : {};
  const burst = process.env.SPONSORED_BURST === "0" ? (previous.burst ?? null) : await measureBurst(dir);
  if (burst) console.log(JSON.stringify(burst, null, 2));
  const results = {
    gasUnits:
      "gas; direct is the EOA transaction's gasUsed, handleOps one operation alone in its bundle; " +
      "castVote's voters have both voted before, delegate's delegators have neither delegated before",
    withPrecompile: gasSection(runs[0]),
    withoutPrecompile: gasSection(runs[1]),
    burst,
  };
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
