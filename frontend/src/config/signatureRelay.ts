/**
 * What a wallet member with no ETH needs to take part by signature: the fund's signature relay,
 * its paymaster and an ERC-4337 bundler (./bundler.ts). Null when any is missing: such a member
 * then sends their own transactions, as before.
 */
import type { Address } from "viem";
import { BUNDLER_URL } from "./bundler";
import { FUND } from "./deployment";

export interface SignatureRelayConfig {
  relay: Address;
  paymaster: Address;
  bundlerUrl: string;
}

function relayConfig(): SignatureRelayConfig | null {
  const relay = FUND?.contracts.signatureRelay;
  const paymaster = FUND?.contracts.paymaster;
  if (!relay || !paymaster || !BUNDLER_URL) return null;
  return { relay, paymaster, bundlerUrl: BUNDLER_URL };
}

export const SIGNATURE_RELAY: SignatureRelayConfig | null = relayConfig();
