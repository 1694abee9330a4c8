import fs from "node:fs";
import path from "node:path";
import type { ContractRunner } from "ethers";
import {
  BudgetRoundFactory__factory,
  CommunityToken__factory,
  Membership__factory,
  MilestoneGrants__factory,
  PayeeRegistry__factory,
  PuljeGovernor__factory,
  PuljeTimelock__factory,
  StewardPoolFactory__factory,
  Treasury__factory,
} from "../typechain-types";
import { configToJson, type FundConfig, type TrackedAsset, type VotingMode } from "./config";
import type { DeployedFund } from "./deployFund";

/**
 * What `deployments/<chainId>.json` holds: every address, where history starts, and the config
 * used. Nothing time-dependent: the local demo's file is the same on every `npm start`, so it
 * is committed and the dApp's generated config can be checked for staleness.
 */
export interface DeploymentRecord {
  name: string;
  chainId: number;
  network: string;
  deployer: string;
  deploymentBlock: number;
  votingMode: VotingMode;
  contracts: {
    governor: string;
    timelock: string;
    treasury: string;
    membership: string | null;
    token: string | null;
    /** Budget rounds (membership mode): the factory, the rule rounds use by default, and the round code clones run. */
    roundFactory: string | null;
    allocationRule: string | null;
    roundImplementation: string | null;
    /** Verified payees, steward pools (the factory and the code clones run), milestone grants. */
    payeeRegistry: string;
    poolFactory: string;
    poolImplementation: string;
    milestoneGrants: string;
  };
  /** ERC-20s the fund keeps besides ETH (from the config, plus the demo token on the local chain). */
  assets: TrackedAsset[];
  /** A Multicall3-compatible contract for batched reads where the chain has none at the canonical address. */
  multicall?: string;
  config: Record<string, unknown>;
  /** Only on the local demo chain: the demo accounts and their roles (labels never go on chain). */
  demo?: { accounts: { index: number; address: string; name: string; role: string; district?: string }[] };
}

export const DEPLOYMENTS_DIR = path.join(__dirname, "..", "deployments");

export function deploymentPath(chainId: number, dir = DEPLOYMENTS_DIR): string {
  return path.join(dir, `${chainId}.json`);
}

export async function toDeploymentRecord(fund: DeployedFund, network: string): Promise<DeploymentRecord> {
  return {
    name: fund.config.name,
    chainId: fund.chainId,
    network,
    deployer: fund.deployer,
    deploymentBlock: fund.deploymentBlock,
    votingMode: fund.config.votingMode,
    contracts: {
      governor: await fund.governor.getAddress(),
      timelock: await fund.timelock.getAddress(),
      treasury: await fund.treasury.getAddress(),
      membership: fund.membership ? await fund.membership.getAddress() : null,
      token: fund.token ? await fund.token.getAddress() : null,
      roundFactory: fund.rounds ? await fund.rounds.factory.getAddress() : null,
      allocationRule: fund.rounds ? await fund.rounds.rule.getAddress() : null,
      roundImplementation: fund.rounds?.implementation ?? null,
      payeeRegistry: await fund.payees.getAddress(),
      poolFactory: await fund.pools.factory.getAddress(),
      poolImplementation: fund.pools.implementation,
      milestoneGrants: await fund.milestones.getAddress(),
    },
    assets: fund.config.assets,
    config: configToJson(fund.config as FundConfig),
  };
}

export function writeDeployment(record: DeploymentRecord, dir = DEPLOYMENTS_DIR): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = deploymentPath(record.chainId, dir);
  fs.writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  return file;
}

export function readDeployment(chainId: number, dir = DEPLOYMENTS_DIR): DeploymentRecord {
  const file = deploymentPath(chainId, dir);
  if (!fs.existsSync(file)) {
    throw new Error(
      `No deployment for chain ${chainId}: ${path.relative(process.cwd(), file)} does not exist. Deploy first (npx hardhat deploy).`,
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
  };
}

export type ConnectedFund = ReturnType<typeof connectFund>;
