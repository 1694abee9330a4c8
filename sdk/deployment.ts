import type { Address } from "viem";
import type { FundAddresses } from "./contracts/kinds";

/** How votes are counted: one member one vote, or by holdings of a community token. */
export type VotingMode = "membership" | "token";

/** An ERC-20 the fund keeps (its balance is shown and reconciled), besides ETH. */
export interface TrackedAsset {
  symbol: string;
  address: Address;
}

/** A fund's configuration as the deployments file keeps it: durations in seconds, amounts as decimal strings. */
export interface FundConfigJson {
  name: string;
  votingMode: VotingMode;
  districts: readonly string[];
  votingDelay: number;
  votingPeriod: number;
  lateQuorumExtension: number;
  timelockDelay: number;
  quorumPercent: number;
  /** The share of For among For + Against a proposal needs (absent in records written before it: one half). */
  majority?: { numerator: number; denominator: number };
  proposalThreshold: string;
  registrars: readonly Address[];
  registrarContact: string;
  guardian: Address | null;
  members: readonly { account: Address; district: string }[];
  token: { name: string; symbol: string; holders: readonly { account: Address; amount: string }[] } | null;
  assets: readonly TrackedAsset[];
  verifiers: readonly Address[];
  requireVerifiedPayees: boolean;
  stewards: readonly Address[];
  milestoneVetoWindow: number;
  admissionLimit: { count: number; period: number };
  /** Who may anchor the erasure log's root (absent in records written before the erasure anchor). */
  erasureAnchorers?: readonly Address[];
  /** Absent in records written before passkey accounts. */
  passkeyAccounts?: boolean;
  /** `maxFeePerGas` in wei per gas, as a decimal string (absent in records written before the fee cap). */
  sponsorship?: { gasPerPeriod: number; period: number; maxFeePerGas?: string } | null;
}

/** A demo account on the local chain and what it is for (labels never go on chain). */
export interface DemoAccount {
  index: number;
  address: Address;
  name: string;
  role:
    | "deployer"
    | "registrar"
    | "guardian"
    | "member"
    | "holder"
    | "payee"
    | "resident"
    | "verifier"
    | "steward"
    | "moderator"
    | "erasureOfficer";
  district?: string;
}

/**
 * A demo member with a passkey account (ERC-4337) instead of a wallet: the passkey is a software
 * P-256 key, public like the test mnemonic, so scripts and browser tests can act as them.
 */
export interface DemoPasskeyMember {
  name: string;
  district: string;
  /** The account's counterfactual address (it exists on chain after its first operation). */
  address: Address;
  /** The passkey's P-256 private key (never use it anywhere but the local demo). */
  passkeyPrivateKey: `0x${string}`;
}

/**
 * What `deployments/<chainId>.json` holds: every address, where history starts, and the config
 * used. Nothing time-dependent: the local demo's file is the same on every `npm start`, so it
 * is committed and the generated SDK file can be checked for staleness.
 */
export interface DeploymentRecord {
  name: string;
  chainId: number;
  network: string;
  deployer: Address;
  deploymentBlock: number;
  votingMode: VotingMode;
  contracts: FundAddresses;
  /** ERC-20s the fund keeps besides ETH (from the config, plus the demo token on the local chain). */
  assets: readonly TrackedAsset[];
  /** Passkey accounts (ERC-4337), when the fund has them: the EntryPoint v0.8, the WebAuthn verifier
   * every passkey signer names, and the account implementation the factory clones. */
  accounts?: { entryPoint: Address; webAuthnVerifier: Address; accountImplementation: Address };
  /** A Multicall3-compatible contract for batched reads where the chain has none at the canonical address. */
  multicall?: Address;
  /** The fund's configuration as deployed. */
  config: FundConfigJson;
  /** Only on the local demo chain: the demo accounts and their roles, and the passkey members. */
  demo?: { accounts: readonly DemoAccount[]; passkeyMembers?: readonly DemoPasskeyMember[] };
}

/** What a history reader needs to know about a deployment (a deployments file has all of it). */
export type FundDeployment = Pick<DeploymentRecord, "chainId" | "deploymentBlock" | "contracts" | "assets">;
