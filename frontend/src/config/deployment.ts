/**
 * Which chain and fund this build talks to. Chosen at build time by environment
 * (VITE_CHAIN_ID, VITE_RPC_URL); the addresses come only from the generated deployments.
 */
import { defineChain, type Address } from "viem";
import { deployments } from "../generated/pulje";

export const LOCAL_CHAIN_ID = 31337;
export const CHAIN_ID = Number(import.meta.env.VITE_CHAIN_ID ?? LOCAL_CHAIN_ID);
export const RPC_URL: string = import.meta.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
export const IS_LOCAL = CHAIN_ID === LOCAL_CHAIN_ID;

/** Multicall3's address on every public chain that has it. */
const CANONICAL_MULTICALL3: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";

type Deployments = typeof deployments;
type AnyDeployment = Deployments[keyof Deployments];

export interface FundInfo {
  name: string;
  chainId: number;
  deploymentBlock: number;
  votingMode: "membership" | "token";
  contracts: {
    governor: Address;
    timelock: Address;
    treasury: Address;
    membership: Address | null;
    token: Address | null;
    /** Opens budget rounds (membership funds only). */
    roundFactory: Address | null;
    /** Stewards' delegated money: verified payees, pools and milestone grants (absent in older deployments). */
    payeeRegistry?: Address | null;
    poolFactory?: Address | null;
    milestoneGrants?: Address | null;
  };
  assets: readonly { symbol: string; address: Address }[];
  multicall: Address;
  districts: readonly string[];
  registrarContact: string;
  demoAccounts: readonly DemoAccount[];
}

export interface DemoAccount {
  index: number;
  address: Address;
  name: string;
  role: "deployer" | "registrar" | "guardian" | "member" | "payee" | "resident" | "verifier" | "steward";
  district?: string;
}

function toFundInfo(record: AnyDeployment): FundInfo {
  const multicall =
    "multicall" in record && typeof record.multicall === "string"
      ? (record.multicall as Address)
      : CANONICAL_MULTICALL3;
  const demo = "demo" in record ? (record.demo as { accounts: readonly DemoAccount[] }).accounts : [];
  return {
    name: record.name,
    chainId: record.chainId,
    deploymentBlock: record.deploymentBlock,
    votingMode: record.votingMode,
    contracts: record.contracts as FundInfo["contracts"],
    assets: record.assets as FundInfo["assets"],
    multicall,
    districts: record.config.districts,
    registrarContact: record.config.registrarContact,
    demoAccounts: demo,
  };
}

const record = (deployments as Record<number, AnyDeployment | undefined>)[CHAIN_ID];

/** The fund deployed on this build's chain, or null when there is none. */
export const FUND: FundInfo | null = record ? toFundInfo(record) : null;

export const CHAIN = defineChain({
  id: CHAIN_ID,
  name: IS_LOCAL ? "Local demo chain" : `Chain ${CHAIN_ID}`,
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [RPC_URL] } },
  contracts: { multicall3: { address: FUND?.multicall ?? CANONICAL_MULTICALL3 } },
});
