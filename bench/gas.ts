/**
 * Gas of our fund next to a stock OpenZeppelin setup, operation by operation, plus contract
 * sizes. `npx hardhat run bench/gas.ts` (in-process network: gas is the same every run).
 * Prints the tables and writes bench/results/gas.json; exits non-zero if a Pulje contract is
 * over the EIP-170 size limit. `npm test` compares a fresh run with that file (bench/gasCheck.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GAS_RESULTS_FILE, measureGas } from "./gasMeasure";
import { gasTable, resultsJson, SIZE_LIMIT, sizeTable, unexplained } from "./report";

async function main(): Promise<void> {
  const started = Date.now();
  const { ours, reference, sizes } = await measureGas();

  console.log("\nGas (receipt.gasUsed): ours = deployFund, membership mode; reference = stock OpenZeppelin\n");
  console.log(gasTable(ours, reference));
  console.log("\nRuntime contract sizes\n");
  console.log(sizeTable(sizes));

  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(GAS_RESULTS_FILE, resultsJson(ours, reference, sizes));
  console.log(`\nWrote ${GAS_RESULTS_FILE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const missing = unexplained(ours, reference);
  if (missing.length > 0)
    console.warn(`\nwarning: ours costs more with no note in bench/report.ts: ${missing.join(", ")}`);
  const over = sizes.filter((s) => s.pulje && s.bytes > SIZE_LIMIT);
  if (over.length > 0) {
    console.error(`\nOver the ${SIZE_LIMIT}-byte limit: ${over.map((s) => `${s.name} (${s.bytes})`).join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
