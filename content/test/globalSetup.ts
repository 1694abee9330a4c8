/**
 * Once for all content tests: a local Hardhat node with a fund deployed by the real deployment
 * module, the test-only contracts (a smart-account factory, an emitter that is not the fund's,
 * the erasure anchor), and — unless CONTENT_DATABASES leaves it out — a throwaway PostgreSQL
 * cluster. Tests read what they need with `inject`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalChain, type LocalChain } from "../../scripts/lib/localChain";
import {
  ErasureAnchor__factory,
  TestSmartAccountFactory__factory,
  TextCommitmentEmitter__factory,
} from "../../typechain-types";
import { ACCOUNTS } from "./helpers/accounts";
import { databasesUnderTest } from "./helpers/databases";
import { startPostgres, type PostgresCluster } from "./helpers/postgres";
import { deployTestFund } from "./helpers/testFund";

// Ports of their own (8560–8599 are the content service's): the chain and PostgreSQL.
const CHAIN_PORT = 8560;
const POSTGRES_PORT = 8561;

declare module "vitest" {
  export interface ProvidedContext {
    rpcUrl: string;
    deploymentFile: string;
    postgresUrl: string | null;
    smartAccountFactory: string;
    emitter: string;
    erasureAnchor: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(__dirname, "..", "..");
  const chain: LocalChain = await startLocalChain({
    port: CHAIN_PORT,
    logFile: path.join(root, ".pulje", "content-test-node.log"),
  });
  let postgres: PostgresCluster | null = null;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-content-test-"));
  try {
    const { record, deploymentFile, deployer, provider } = await deployTestFund(chain.url, work);
    const factory = await (await new TestSmartAccountFactory__factory(deployer).deploy()).waitForDeployment();
    const emitter = await (await new TextCommitmentEmitter__factory(deployer).deploy()).waitForDeployment();
    const anchor = await (
      await new ErasureAnchor__factory(deployer).deploy(record.contracts.timelock, [ACCOUNTS.anchorer.address])
    ).waitForDeployment();
    provider.destroy();

    if (databasesUnderTest().includes("postgres")) postgres = startPostgres(POSTGRES_PORT);
    project.provide("rpcUrl", chain.url);
    project.provide("deploymentFile", deploymentFile);
    project.provide("postgresUrl", postgres?.url ?? null);
    project.provide("smartAccountFactory", await factory.getAddress());
    project.provide("emitter", await emitter.getAddress());
    project.provide("erasureAnchor", await anchor.getAddress());
  } catch (error) {
    chain.stop();
    postgres?.stop();
    throw error;
  }
  return async () => {
    chain.stop();
    postgres?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  };
}
