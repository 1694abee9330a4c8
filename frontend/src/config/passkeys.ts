/**
 * What passkey accounts need on this build's chain: the fund's account factory, the WebAuthn
 * verifier its accounts name, the paymaster, and an ERC-4337 bundler (./bundler.ts). Null
 * when any is missing: the dApp then offers no passkey account.
 */
import type { Address } from "viem";
import type { DeploymentRecord } from "@sdk/deployment";
import { deployments } from "@sdk/generated/pulje";
import { BUNDLER_URL } from "./bundler";
import { CHAIN_ID, FUND } from "./deployment";

export interface PasskeyConfig {
  factory: Address;
  verifier: Address;
  paymaster: Address;
  bundlerUrl: string;
}

const RECORDS: Readonly<Record<number, DeploymentRecord | undefined>> = deployments;

function passkeyConfig(): PasskeyConfig | null {
  const accounts = RECORDS[CHAIN_ID]?.accounts;
  const factory = FUND?.contracts.accountFactory;
  const paymaster = FUND?.contracts.paymaster;
  const bundlerUrl = BUNDLER_URL;
  if (!accounts || !factory || !paymaster || !bundlerUrl) return null;
  return { factory, verifier: accounts.webAuthnVerifier, paymaster, bundlerUrl };
}

export const PASSKEYS: PasskeyConfig | null = passkeyConfig();
