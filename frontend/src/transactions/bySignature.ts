import type { Config } from "wagmi";
import { estimateFeesPerGas, getAccount, getBalance, getBlock, getPublicClient, signTypedData } from "wagmi/actions";
import { estimateContractGas } from "viem/actions";
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

/**
 * Whether a member's action goes by signature: the fund has a relay (and a bundler), the member
 * signs with a wallet app (a passkey account is paid for anyway), and their ETH does not cover
 * the transaction's fee at today's price.
 */
async function wantsRelay(config: Config, from: Address, request: Parameters<typeof estimateContractGas>[1]) {
  if (!SIGNATURE_RELAY || getAccount(config).connector?.type === PASSKEY_CONNECTOR_TYPE) return false;
  const { value: balance } = await getBalance(config, { address: from });
  if (balance === 0n) return true;
  const client = getPublicClient(config)!;
  const [gas, fees] = await Promise.all([estimateContractGas(client, request), estimateFeesPerGas(config)]);
  return balance < gas * fees.maxFeePerGas;
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
  if (!(await wantsRelay(config, from, request))) return sendDirect();
  const { sendRelayed } = await import("./relayed");
  const hash = await sendRelayed(SIGNATURE_RELAY!, await action(), (typedData) =>
    signTypedData(config, { ...typedData, account: from } as Parameters<typeof signTypedData>[1]),
  );
  relayed.add(hash);
  return hash;
}
