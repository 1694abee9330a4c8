/**
 * Which chain and fund this build talks to. Chosen at build time by environment
 * (VITE_CHAIN_ID, VITE_RPC_URL); the addresses come from the SDK's generated deployments, or
 * from the record file the build was given (PULJE_DEPLOYMENT_FILE, see vite.config.ts).
 */
import { defineChain, type Address } from "viem";
import type { FundAddresses } from "@sdk/contracts/kinds";
import type { DemoAccount, DeploymentRecord, TrackedAsset, VotingMode } from "@sdk/deployment";
import { deployments } from "@sdk/generated/pulje";

export type { DemoAccount } from "@sdk/deployment";

export const LOCAL_CHAIN_ID = 31337;
export const CHAIN_ID = Number(import.meta.env.VITE_CHAIN_ID ?? LOCAL_CHAIN_ID);
export const RPC_URL: string = import.meta.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
export const IS_LOCAL = CHAIN_ID === LOCAL_CHAIN_ID;

/** Multicall3's address on every public chain that has it. */
const CANONICAL_MULTICALL3: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";

/** The generated deployments, checked against the record's type when the dApp is compiled. */
const RECORDS: Readonly<Record<number, DeploymentRecord | undefined>> = deployments;

export interface FundInfo {
  name: string;
  chainId: number;
  deploymentBlock: number;
  votingMode: VotingMode;
  contracts: FundAddresses;
  assets: readonly TrackedAsset[];
  multicall: Address;
  districts: readonly string[];
  registrarContact: string;
  demoAccounts: readonly DemoAccount[];
  /** The voting token's name and symbol in a token-weighted fund, else null. */
  token: { name: string; symbol: string } | null;
}

function toFundInfo(record: DeploymentRecord): FundInfo {
  return {
    name: record.name,
    chainId: record.chainId,
    deploymentBlock: record.deploymentBlock,
    votingMode: record.votingMode,
    contracts: record.contracts,
    assets: record.assets,
    multicall: record.multicall ?? CANONICAL_MULTICALL3,
    districts: record.config.districts,
    registrarContact: record.config.registrarContact,
    demoAccounts: record.demo?.accounts ?? [],
    token: record.config.token ? { name: record.config.token.name, symbol: record.config.token.symbol } : null,
  };
}

/** A record given at build time (PULJE_DEPLOYMENT_FILE, e.g. the token-weighted demo's) wins. */
const override = import.meta.env.VITE_DEPLOYMENT_RECORD;
const record = override ? (JSON.parse(override) as DeploymentRecord) : RECORDS[CHAIN_ID];

/** The fund deployed on this build's chain, or null when there is none. */
export const FUND: FundInfo | null = record ? toFundInfo(record) : null;

export const CHAIN = defineChain({
  id: CHAIN_ID,
  name: IS_LOCAL ? "Local demo chain" : `Chain ${CHAIN_ID}`,
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [RPC_URL] } },
  contracts: { multicall3: { address: FUND?.multicall ?? CANONICAL_MULTICALL3 } },
});
