import type { Config } from "wagmi";
import { getAccount, getBlock } from "wagmi/actions";
import type { estimateContractGas } from "viem/actions";
import type { Address, Hex } from "viem";
import type { MemberAction } from "@sdk/accounts/signedActions";
import { SIGNATURE_RELAY } from "../config/signatureRelay";
import { PASSKEY_CONNECTOR_TYPE } from "../passkeys/passkeyConnector";

/** How long a signed ballot or delegation stays valid: long enough for any bundler, no longer. */
const SIGNATURE_LIFETIME = 3600n;

/** The user operations this page sent by signature: their "hashes" are user operation hashes. */
const relayed = new Set<Hex>();

/** Whether `hash` (what a write returned) is a user operation sent through the signature relay. */
export function isRelayedOperation(hash: Hex): boolean {
  return relayed.has(hash);
}

/** The latest block's time plus the lifetime: a deadline by the chain's clock, not the device's. */
export async function signatureDeadline(config: Config): Promise<bigint> {
  return (await getBlock(config)).timestamp + SIGNATURE_LIFETIME;
}

/**
 * Sends a member action (vote, ballot, delegation) the way the member can pay for it: the
 * simulated transaction from the wallet, or, when the wallet holds too little ETH and the fund
 * has a signature relay, the action signed (EIP-712) and sent through the bundler, paid by the
 * fund. The one place that choice is made; every write hook hands its action here.
 */
export async function sendMemberAction(
  config: Config,
  from: Address,
  request: Parameters<typeof estimateContractGas>[1],
  action: () => Promise<MemberAction>,
  sendDirect: () => Promise<Hex>,
): Promise<Hex> {
  if (!SIGNATURE_RELAY || getAccount(config).connector?.type === PASSKEY_CONNECTOR_TYPE) return sendDirect();
  // The fee check and the relay load on a wallet member's first action, not with the first page:
  // they bring a public client with every action, the typed-data signature and the bundler client.
  const { wantsRelay, sendRelayed, walletSigner } = await import("./relayed");
  if (!(await wantsRelay(config, from, request))) return sendDirect();
  const hash = await sendRelayed(SIGNATURE_RELAY, await action(), walletSigner(config, from));
  relayed.add(hash);
  return hash;
}
