/**
 * Gas of stewards' delegated money — pools, micro-grants, payee attestations, milestone grants —
 * operation by operation; what a micro-grant saves against a treasury grant through the vote;
 * and what requiring verified payees adds to each paying path. `npx hardhat run bench/stewards.ts`
 * (in-process network: gas is the same every run). Prints the tables and writes
 * bench/results/stewards.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { comparisonTable, methodText, overheadTable, stewardsJson, stewardsTable } from "./stewardsReport";
import { runAll, setUp } from "./stewardsScenario";

const RESULTS_FILE = join(__dirname, "results", "stewards.json");

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await setUp();
  const { measured, comparison, overheads } = await runAll(bench);

  console.log("\nStewards' delegated money: gas (receipt.gasUsed)\n");
  console.log(methodText(measured, comparison) + "\n");
  console.log(stewardsTable(measured));
  console.log("\nPaying 2,500 DKKT: a treasury grant through the vote, or a steward pool\n");
  console.log(comparisonTable(comparison));
  console.log("\nWhat requiring verified payees adds (same state, the payee attested)\n");
  console.log(overheadTable(overheads));
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(RESULTS_FILE, stewardsJson(measured, comparison, overheads));
  console.log(`\nWrote ${RESULTS_FILE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
