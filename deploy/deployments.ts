import fs from "node:fs";
import path from "node:path";
import type { ContractRunner } from "ethers";
import {
  BudgetRoundFactory__factory,
  CommunityToken__factory,
  ErasureAnchor__factory,
  FundPaymaster__factory,
  SignatureRelay__factory,
  Membership__factory,
  PasskeyAccountFactory__factory,
  MilestoneGrants__factory,
  PayeeRegistry__factory,
  PuljeGovernor__factory,
  PuljeTimelock__factory,
  StewardPoolFactory__factory,
  Treasury__factory,
} from "../typechain-types";
import type { Address } from "viem";
import type { DeploymentRecord } from "../sdk/deployment";
import { configToJson, type FundConfig } from "../sdk/config/fund";
import type { DeployedFund } from "./deployFund";

export const DEPLOYMENTS_DIR = path.join(__dirname, "..", "deployments");

export function deploymentPath(chainId: number, dir = DEPLOYMENTS_DIR): string {
  return path.join(dir, `${chainId}.json`);
}

/** A deployed contract's address (ethers gives them checksummed). */
const address = async (contract: { getAddress(): Promise<string> }) => (await contract.getAddress()) as Address;

export async function toDeploymentRecord(fund: DeployedFund, network: string): Promise<DeploymentRecord> {
  return {
    name: fund.config.name,
    chainId: fund.chainId,
    network,
    deployer: fund.deployer as Address,
    deploymentBlock: fund.deploymentBlock,
    votingMode: fund.config.votingMode,
    contracts: {
      governor: await address(fund.governor),
      timelock: await address(fund.timelock),
      treasury: await address(fund.treasury),
      membership: fund.membership ? await address(fund.membership) : null,
      token: fund.token ? await address(fund.token) : null,
      roundFactory: fund.rounds ? await address(fund.rounds.factory) : null,
      allocationRule: fund.rounds ? await address(fund.rounds.rule) : null,
      roundImplementation: (fund.rounds?.implementation as Address | undefined) ?? null,
      payeeRegistry: await address(fund.payees),
      poolFactory: await address(fund.pools.factory),
      poolImplementation: fund.pools.implementation as Address,
      milestoneGrants: await address(fund.milestones),
      erasureAnchor: await address(fund.erasureAnchor),
      accountFactory: fund.accounts ? await address(fund.accounts.accountFactory) : null,
      paymaster: fund.paymaster ? await address(fund.paymaster) : null,
      signatureRelay: fund.signatureRelay ? await address(fund.signatureRelay) : null,
    },
    ...(fund.accounts
      ? {
          accounts: {
            entryPoint: fund.accounts.entryPoint as Address,
            webAuthnVerifier: fund.accounts.webAuthnVerifier as Address,
            accountImplementation: fund.accounts.accountImplementation as Address,
          },
        }
      : {}),
    assets: fund.config.assets.map((a) => ({ symbol: a.symbol, address: a.address as Address })),
    config: configToJson(fund.config as FundConfig),
  };
}

export function writeDeployment(record: DeploymentRecord, dir = DEPLOYMENTS_DIR): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = deploymentPath(record.chainId, dir);
  fs.writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  return file;
}

export type { DeploymentRecord };

export function readDeployment(chainId: number, dir = DEPLOYMENTS_DIR): DeploymentRecord {
  const file = deploymentPath(chainId, dir);
  if (!fs.existsSync(file)) {
    throw new Error(
      `No deployment for chain ${chainId}: ${path.relative(process.cwd(), file)} does not exist; deploy first (npx hardhat deploy).`,
    );
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as DeploymentRecord;
}

/** Typed handles on a recorded deployment, talking through `runner` (a signer to send, a provider to read). */
export function connectFund(record: DeploymentRecord, runner: ContractRunner) {
  const { contracts } = record;
  return {
    record,
    governor: PuljeGovernor__factory.connect(contracts.governor, runner),
    timelock: PuljeTimelock__factory.connect(contracts.timelock, runner),
    treasury: Treasury__factory.connect(contracts.treasury, runner),
    membership: contracts.membership ? Membership__factory.connect(contracts.membership, runner) : null,
    token: contracts.token ? CommunityToken__factory.connect(contracts.token, runner) : null,
    roundFactory: contracts.roundFactory ? BudgetRoundFactory__factory.connect(contracts.roundFactory, runner) : null,
    payees: PayeeRegistry__factory.connect(contracts.payeeRegistry, runner),
    poolFactory: StewardPoolFactory__factory.connect(contracts.poolFactory, runner),
    milestones: MilestoneGrants__factory.connect(contracts.milestoneGrants, runner),
    erasureAnchor: ErasureAnchor__factory.connect(contracts.erasureAnchor, runner),
    accountFactory: contracts.accountFactory
      ? PasskeyAccountFactory__factory.connect(contracts.accountFactory, runner)
      : null,
    paymaster: contracts.paymaster ? FundPaymaster__factory.connect(contracts.paymaster, runner) : null,
    signatureRelay: contracts.signatureRelay ? SignatureRelay__factory.connect(contracts.signatureRelay, runner) : null,
  };
}

export type ConnectedFund = ReturnType<typeof connectFund>;
