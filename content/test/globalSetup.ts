/**
 * Once for all content tests: a local Hardhat node with a fund deployed by the real deployment
 * module, the test-only contracts (a smart-account factory, an emitter that is not the fund's,
 * the erasure anchor), and — unless CONTENT_DATABASES leaves it out — a throwaway PostgreSQL
 * cluster. Tests read what they need with `inject`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { HDNodeWallet, JsonRpcProvider, NonceManager } from "ethers";
import type { TestProject } from "vitest/node";
import { deployFund } from "../../deploy/deployFund";
import { toDeploymentRecord, writeDeployment } from "../../deploy/deployments";
import { startLocalChain, type LocalChain } from "../../scripts/lib/localChain";
import { parseFundConfig } from "../../sdk/config/fund";
import {
  ErasureAnchor__factory,
  TestSmartAccountFactory__factory,
  TextCommitmentEmitter__factory,
} from "../../typechain-types";
import { ACCOUNTS, MNEMONIC } from "./helpers/accounts";
import { databasesUnderTest } from "./helpers/databases";
import { startPostgres, type PostgresCluster } from "./helpers/postgres";

// Ports of their own (8560–8599 are the content service's): the chain and PostgreSQL.
const CHAIN_PORT = 8560;
const POSTGRES_PORT = 8561;
const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"];

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
    const provider = new JsonRpcProvider(chain.url, undefined, { staticNetwork: true, polling: true, pollingInterval: 50 });
    const wallet = HDNodeWallet.fromPhrase(MNEMONIC, undefined, "m/44'/60'/0'/0/0").connect(provider);
    const deployer = new NonceManager(wallet);
    const config = parseFundConfig({
      name: "Content Test Fund",
      votingMode: "membership",
      districts: DISTRICTS,
      votingDelay: 86_400,
      votingPeriod: 5 * 86_400,
      lateQuorumExtension: 86_400,
      timelockDelay: 2 * 86_400,
      quorumPercent: 25,
      proposalThreshold: 1,
      registrars: [ACCOUNTS.registrar.address],
      registrarContact: "borgerbudget@example.dk",
      guardian: ACCOUNTS.guardian.address,
      members: ACCOUNTS.members.map((m, i) => ({ account: m.address, district: DISTRICTS[i % DISTRICTS.length] })),
      verifiers: [ACCOUNTS.verifier.address],
      stewards: [ACCOUNTS.verifier.address],
    });
    const fund = await deployFund(deployer, config);
    const record = await toDeploymentRecord(fund, "localhost");
    const deploymentFile = writeDeployment(record, work);
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
