import { ethers } from "hardhat";
import { parseEther } from "ethers";
import { deployFund, type DeployedFund } from "../../deploy/deployFund";
import { toDeploymentRecord } from "../../deploy/deployments";
import { parseFundConfig, type FundConfig } from "../../sdk/config/fund";
import type { FundAddresses } from "../../sdk/contracts/kinds";
import { DemoStablecoin__factory } from "../../typechain-types";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";

export const DAY = 86_400;
export const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"];

/** The rules every test fund starts with; quorum 25 % of 8 votes is 2 votes. */
export const RULES = {
  votingDelay: DAY,
  votingPeriod: 5 * DAY,
  lateQuorumExtension: DAY,
  timelockDelay: 2 * DAY,
  quorumPercent: 25,
};

/** Token mode: 8 holders with 100 tokens each (the same shares as 8 members). */
export const HOLDER_BALANCE = parseEther("100");

export interface FundFixture {
  fund: DeployedFund;
  /** Its addresses as the deployments record has them: what proposals are built from. */
  contracts: FundAddresses;
  config: FundConfig;
  deployer: HardhatEthersSigner;
  registrar: HardhatEthersSigner;
  guardian: HardhatEthersSigner;
  outsider: HardhatEthersSigner;
  /** Eight voters: members in membership mode (two per district), holders in token mode. */
  voters: HardhatEthersSigner[];
  recipient: HardhatEthersSigner;
  /** One vote in the fund's own units: 1 membership, or one holder's balance. */
  oneVote: bigint;
}

async function signers() {
  const [deployer, registrar, guardian, outsider, recipient, ...rest] = await ethers.getSigners();
  return { deployer, registrar, guardian, outsider, recipient, voters: rest.slice(0, 8) };
}

/** A membership fund built by the real deployment module from a validated config. */
export async function membershipFund(overrides: Record<string, unknown> = {}): Promise<FundFixture> {
  const s = await signers();
  const config = parseFundConfig({
    name: "Test Fund",
    votingMode: "membership",
    districts: DISTRICTS,
    ...RULES,
    proposalThreshold: 1,
    registrars: [s.registrar.address],
    registrarContact: "borgerbudget@example.dk",
    guardian: s.guardian.address,
    members: s.voters.map((v, i) => ({ account: v.address, district: DISTRICTS[i % DISTRICTS.length] })),
    // Municipal staff: the registrar also verifies payees and confirms milestones.
    verifiers: [s.registrar.address],
    stewards: [s.registrar.address],
    ...overrides,
  });
  const fund = await deployFund(s.deployer, config);
  return { ...s, fund, contracts: await contractsOf(fund), config, oneVote: 1n };
}

/** A token-weighted fund built by the same module. */
export async function tokenFund(overrides: Record<string, unknown> = {}): Promise<FundFixture> {
  const s = await signers();
  const config = parseFundConfig({
    name: "Token Fund",
    votingMode: "token",
    ...RULES,
    proposalThreshold: "100",
    guardian: s.guardian.address,
    token: {
      name: "Creators Fund Vote",
      symbol: "CFV",
      holders: s.voters.map((v) => ({ account: v.address, amount: "100" })),
    },
    verifiers: [s.registrar.address],
    stewards: [s.registrar.address],
    ...overrides,
  });
  const fund = await deployFund(s.deployer, config);
  return { ...s, fund, contracts: await contractsOf(fund), config, oneVote: HOLDER_BALANCE };
}

/** A deployed fund's addresses, as its deployments record has them. */
export async function contractsOf(fund: DeployedFund): Promise<FundAddresses> {
  return (await toDeploymentRecord(fund, "hardhat")).contracts;
}

/** A demo stable-coin with 1,000,000 DKKT minted to `holder`. */
export async function stablecoin(owner: HardhatEthersSigner, holder: string) {
  const token = await new DemoStablecoin__factory(owner).deploy("Demo Danish Krone", "DKKT");
  await token.mint(holder, 1_000_000n * 10n ** 6n);
  return token;
}
