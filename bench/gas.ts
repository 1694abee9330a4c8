/**
 * Gas of our fund next to a stock OpenZeppelin setup, operation by operation, plus contract
 * sizes. `npx hardhat run bench/gas.ts` (in-process network: gas is the same every run).
 * Prints the tables and writes bench/results/gas.json; exits non-zero if a Pulje contract is
 * over the EIP-170 size limit.
 */
import { artifacts } from "hardhat";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gasTable, resultsJson, SIZE_LIMIT, sizeTable, unexplained, type ContractSize, type Measured } from "./report";
import { deployOurs, deployReference, getActors, runScenario, type Setup } from "./scenario";

const RESULTS_FILE = join(__dirname, "results", "gas.json");

/** The deployment rows (measured while deploying) followed by the scenario's. */
function withDeployment(setup: Setup, scenario: Measured): Measured {
  const { deployment } = setup;
  return {
    "deploy: votes source": deployment.votes,
    "deploy: timelock": deployment.timelock,
    "deploy: governor": deployment.governor,
    "deploy: treasury": deployment.treasury,
    "setup total (deploy + wiring + 10 voters)": deployment.total,
    ...scenario,
  };
}

/** Runtime size of every deployable contract of the project; mocks are test-only and left out. */
async function contractSizes(): Promise<ContractSize[]> {
  const sizes: ContractSize[] = [];
  for (const name of await artifacts.getAllFullyQualifiedNames()) {
    if (!name.startsWith("contracts/") || name.startsWith("contracts/mocks/")) continue;
    const artifact = await artifacts.readArtifact(name);
    const bytes = (artifact.deployedBytecode.length - 2) / 2;
    if (bytes === 0) continue; // interfaces and abstract modules
    const pulje = !name.startsWith("contracts/bench/") && !name.startsWith("contracts/demo/");
    sizes.push({ name: artifact.contractName, bytes, pulje });
  }
  return sizes.sort((a, b) => Number(b.pulje) - Number(a.pulje) || b.bytes - a.bytes);
}

async function main(): Promise<void> {
  const started = Date.now();
  const actors = await getActors();

  // Both setups share one chain but no state the scenario touches (separate contracts,
  // tokens and nonces), and warm storage does not outlive a transaction.
  const oursSetup = await deployOurs(actors);
  const ours = withDeployment(oursSetup, await runScenario(oursSetup, actors));
  const referenceSetup = await deployReference(actors);
  const reference = withDeployment(referenceSetup, await runScenario(referenceSetup, actors));
  const sizes = await contractSizes();

  console.log("\nGas (receipt.gasUsed): ours = deployFund, membership mode; reference = stock OpenZeppelin\n");
  console.log(gasTable(ours, reference));
  console.log("\nRuntime contract sizes\n");
  console.log(sizeTable(sizes));

  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(RESULTS_FILE, resultsJson(ours, reference, sizes));
  console.log(`\nWrote ${RESULTS_FILE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

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
