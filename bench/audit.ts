/**
 * The audit benchmark: `npx ts-node --transpile-only bench/audit.ts`. Writes a long fund
 * history on a fresh local node (1,000 proposals, 20,000 votes, 2 budget rounds), then audits it as
 * `npx hardhat audit` does and counts the JSON-RPC traffic: a cold run (empty cache), a warm
 * run (the same cache), and cold runs with smaller block ranges. Prints tables and writes
 * bench/results/audit.json. Stops the node and removes the caches, also on errors and Ctrl-C.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalChain } from "../scripts/lib/localChain";
import { generateHistory, type GeneratedHistory } from "./auditHistory";
import { entriesByKind, historyFacts, measureAudit, type AuditRun, type HistoryFacts } from "./auditMeasure";
import { historyTable, resultsJson, runsTable, verdictLines, verdicts } from "./auditReport";
import { withTeardown, type Teardown } from "./teardown";

const ROOT = path.resolve(__dirname, "..");
const RESULTS_FILE = path.join(__dirname, "results", "audit.json");
const NODE_LOG = path.join(ROOT, ".pulje", "bench-audit-node.log");

// Ports of its own: npm start has 8545, the e2e tests 8547, the dApp benchmark 8548 and 8549.
const CHAIN_PORT = 8550;

/**
 * The history: 1,000 proposals (two of them open the budget rounds), 20,000 votes, and
 * 2 budget rounds with 24 ideas each and a ballot from every member, 500 of whom join for them.
 */
const PLAN = {
  proposals: 1_000,
  votesPerProposal: 20,
  budgetRounds: { rounds: 2, newMembers: 500, ideasPerDistrict: 6 },
};
/** The audit task's default range, then smaller ones to show requests follow the ranges. */
const DEFAULT_RANGE = 10_000;
const SMALL_RANGES = [2_000, 500];

/** Cold then warm (same cache) with the default range; then cold with smaller ranges, each its own cache. */
async function auditRuns(
  url: string,
  history: GeneratedHistory,
  facts: HistoryFacts,
  teardown: Teardown,
): Promise<AuditRun[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-bench-audit-"));
  teardown.add(() => fs.rmSync(work, { recursive: true, force: true }));
  const run = (label: string, kind: AuditRun["kind"], rangeSize: number, cache: string) =>
    measureAudit(url, history.deployment, {
      label,
      kind,
      rangeSize,
      cacheDir: path.join(work, cache),
      events: facts.events,
      blocks: facts.blocks,
    });
  const runs = [
    await run("cold", "cold", DEFAULT_RANGE, "default"),
    await run("warm", "warm", DEFAULT_RANGE, "default"),
  ];
  for (const size of SMALL_RANGES)
    runs.push(await run(`cold (${size.toLocaleString("en-US")})`, "cold", size, `range-${size}`));
  return runs;
}

/** The ledger must hold exactly what was generated, or the benchmark measured something else. */
function checkLedger(history: GeneratedHistory, ledger: Record<string, number>): string[] {
  const { budget } = history;
  const expected: Record<string, number> = {
    proposal: history.proposals,
    vote: history.votes,
    execution: history.payments,
    payment: history.payments,
    deposit: history.deposits,
    membership: history.members,
    roundCreated: budget.rounds,
    idea: budget.ideas,
    review: budget.reviews,
    ballot: budget.ballots,
    roundFinalized: budget.finalized,
    ideaFunded: budget.funded,
    release: budget.releases,
    unspentReturned: budget.unspentReturned,
  };
  return Object.entries(expected)
    .filter(([kind, count]) => (ledger[kind] ?? 0) !== count)
    .map(([kind, count]) => `the ledger has ${ledger[kind] ?? 0} ${kind} entries, ${count} were generated`);
}

async function run(teardown: Teardown): Promise<void> {
  const started = performance.now();
  const chain = await startLocalChain({ port: CHAIN_PORT, logFile: NODE_LOG });
  teardown.add(() => chain.stop());

  console.log(
    `Generating ${PLAN.proposals} proposals with ${PLAN.votesPerProposal} votes each and` +
      ` ${PLAN.budgetRounds.rounds} budget rounds on ${chain.url}`,
  );
  const history = await generateHistory(chain.url, PLAN, (line) => console.log(line));
  const facts = await historyFacts(chain.url, history.deployment, DEFAULT_RANGE, history.budget.roundAddresses);
  const runs = await auditRuns(chain.url, history, facts, teardown);

  const ledger = entriesByKind(runs[0].result);
  const v = verdicts(runs, facts);
  console.log(`\n${historyTable(history, facts)}\n\n${runsTable(runs)}\n`);
  for (const line of verdictLines(v, runs, facts, history)) console.log(line);

  const problems = [
    ...checkLedger(history, ledger),
    ...runs.flatMap((r) =>
      r.result.checks.filter((c) => !c.passed).map((c) => `${r.label}: check ${c.id} failed: ${c.evidence.join("; ")}`),
    ),
  ];
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, resultsJson(history, facts, ledger, runs, v));
  console.log(`\nWrote ${path.relative(ROOT, RESULTS_FILE)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  // The node runs in its own process group and would outlive an interrupted benchmark.
  await withTeardown(run);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
