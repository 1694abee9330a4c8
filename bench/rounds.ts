/**
 * Gas of budget rounds, operation by operation, and finalize after few and after many ballots.
 * `npx hardhat run bench/rounds.ts` (in-process network: gas is the same every run). Prints the
 * tables and writes bench/results/rounds.json. ROUNDS_BENCH_BALLOTS overrides the 5,000 (for a
 * quick run); it must be a multiple of 100 so the big crowd ranks the ideas as the small one.
 */
import { takeSnapshot } from "@nomicfoundation/hardhat-network-helpers";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  roundsJson,
  roundsTable,
  byBallotsTable,
  methodText,
  type RoundsMeasured,
  type FinalizeByBallots,
} from "./roundsReport";
import { crowdRound, measureBallots, PATTERN, prepareRound, setUp } from "./roundsScenario";

const RESULTS_FILE = join(__dirname, "results", "rounds.json");
const FEW_BALLOTS = PATTERN;
const MANY_BALLOTS = Number(process.env.ROUNDS_BENCH_BALLOTS ?? 5_000);

async function main(): Promise<void> {
  const started = Date.now();
  if (MANY_BALLOTS % PATTERN !== 0) throw new Error(`bench: ROUNDS_BENCH_BALLOTS must be a multiple of ${PATTERN}`);
  const bench = await setUp();
  const fundReady = await takeSnapshot();

  // One reviewed round with 16 ideas per district; every branch below starts from it again.
  const round16 = await prepareRound(bench, { districts: 4, ideasPerDistrict: 16, title: "Borgermillion, 16 ideas" });
  const reviewed = await takeSnapshot();
  const ballots = await measureBallots(bench, round16);
  await reviewed.restore();
  const few = await crowdRound(bench, round16, FEW_BALLOTS, true);
  await reviewed.restore();
  const many = await crowdRound(bench, round16, MANY_BALLOTS);
  log(started, `finalize after ${MANY_BALLOTS} ballots measured`);

  // A second round, on the chain as it was before the first, with 64 ideas per district.
  await fundReady.restore();
  const round64 = await prepareRound(bench, { districts: 4, ideasPerDistrict: 64, title: "Borgermillion, 64 ideas" });
  const big = await crowdRound(bench, round64, FEW_BALLOTS, false, true);

  const ours: RoundsMeasured = {
    ...round16.measured,
    ...ballots,
    "finalize (4 districts × 16 ideas)": few.finalize,
    "finalize (4 districts × 64 ideas)": big.finalize,
    "finalizeDistrict (one district, 64 ideas)": big.finalizeDistrict!,
    ...few.payouts,
  };
  const byBallots: FinalizeByBallots = {
    few: { ballots: FEW_BALLOTS, gas: few.finalize },
    many: { ballots: MANY_BALLOTS, gas: many.finalize },
  };
  const facts = {
    funded16: few.funded,
    funded64: big.funded,
    finalize64: big.finalize,
    district64: big.finalizeDistrict!,
  };
  if (many.funded !== few.funded) throw new Error("bench: the two crowds funded different numbers of ideas");

  console.log("\nBudget rounds: gas (receipt.gasUsed)\n");
  console.log(methodText(facts) + "\n");
  console.log(roundsTable(ours));
  console.log("\nfinalize, same ideas, after few and many ballots\n");
  console.log(byBallotsTable(byBallots));
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(RESULTS_FILE, roundsJson(ours, byBallots, facts));
  log(started, `wrote ${RESULTS_FILE}`);
}

function log(started: number, message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
