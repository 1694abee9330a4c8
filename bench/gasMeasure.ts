import { artifacts } from "hardhat";
import { join } from "node:path";
import type { ContractSize, Measured } from "./report";
import { deployOurs, deployReference, getActors, runScenario, type Setup } from "./scenario";

export const GAS_RESULTS_FILE = join(__dirname, "results", "gas.json");

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

/** Our fund and the stock reference through the same scenario, on the in-process network, and every contract's size. */
export async function measureGas(): Promise<{ ours: Measured; reference: Measured; sizes: ContractSize[] }> {
  const actors = await getActors();
  // Both setups share one chain but no state the scenario touches (separate contracts,
  // tokens and nonces), and warm storage does not outlive a transaction.
  const oursSetup = await deployOurs(actors);
  const ours = withDeployment(oursSetup, await runScenario(oursSetup, actors));
  const referenceSetup = await deployReference(actors);
  const reference = withDeployment(referenceSetup, await runScenario(referenceSetup, actors));
  return { ours, reference, sizes: await contractSizes() };
}
