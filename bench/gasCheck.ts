/**
 * The gas snapshot check `npm test` runs, as Uniswap keeps theirs: measures every operation of
 * bench/gas.ts again and fails when one has moved from the committed bench/results/gas.json by
 * more than the tolerance, or a contract's size has changed at all. A change in gas lands with
 * its new figures: run `npm run bench:gas` and commit bench/results/gas.json with it.
 */
import { readFileSync } from "node:fs";
import { GAS_RESULTS_FILE, measureGas } from "./gasMeasure";
import { gasDrift } from "./gasDrift";

async function main(): Promise<void> {
  const committed = JSON.parse(readFileSync(GAS_RESULTS_FILE, "utf8")) as Parameters<typeof gasDrift>[0];
  const drift = gasDrift(committed, await measureGas());
  if (drift.length === 0) {
    console.log(`Gas and sizes match ${GAS_RESULTS_FILE}.`);
    return;
  }
  console.error(`Gas or sizes moved from ${GAS_RESULTS_FILE}:\n${drift.map((d) => `  - ${d}`).join("\n")}`);
  console.error("If the change is meant, run `npm run bench:gas` and commit the new figures with it.");
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
