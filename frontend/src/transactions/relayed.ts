import { createPublicClient, http, type Address, type Hex } from "viem";
import type { Config } from "wagmi";
import { estimateFeesPerGas, getBalance, getPublicClient, signTypedData } from "wagmi/actions";
import { estimateContractGas } from "viem/actions";
import { createBundlerClient } from "viem/account-abstraction";
import { fundPaymaster } from "@sdk/accounts/fundPaymaster";
import { sendWithGasMargin } from "@sdk/accounts/gasMargin";
import { relayedCalls, toSignatureRelayAccount } from "@sdk/accounts/signatureRelay";
import { actionTypedData, type MemberAction, type SignedAction } from "@sdk/accounts/signedActions";
import { CHAIN, IS_LOCAL, RPC_URL } from "../config/deployment";
import type { SignatureRelayConfig } from "../config/signatureRelay";
import { bundlerFailure } from "../passkeys/passkeyErrors";
import { bundlerFees } from "../passkeys/sponsored";

/**
 * Whether a member's action goes by signature (the caller has checked that the fund has a relay
 * and that a wallet app, not a passkey, signs): their ETH does not cover the transaction's fee at
 * today's price.
 */
export async function wantsRelay(
  config: Config,
  from: Address,
  request: Parameters<typeof estimateContractGas>[1],
): Promise<boolean> {
  const { value: balance } = await getBalance(config, { address: from });
  if (balance === 0n) return true;
  const client = getPublicClient(config)!;
  const [gas, fees] = await Promise.all([estimateContractGas(client, request), estimateFeesPerGas(config)]);
  return balance < gas * fees.maxFeePerGas;
}

/** Signs an action's typed data (EIP-712) with the member's wallet app: no transaction, no fee. */
export const walletSigner =
  (config: Config, from: Address) => (typedData: Awaited<ReturnType<typeof actionTypedData>>["typedData"]) =>
    signTypedData(config, { ...typedData, account: from } as Parameters<typeof signTypedData>[1]);

/**
 * Sends a member's action by signature: the wallet signs the action's EIP-712 message (no
 * transaction, no fee), and the bundler takes it as a user operation of the fund's signature
 * relay, paid by the paymaster within the member's gas budget. Returns the operation's hash.
 * Loaded only when a member without ETH first acts, like the passkey account's bundler client.
 */
export async function sendRelayed(
  relay: SignatureRelayConfig,
  action: MemberAction,
  signTypedData: (typedData: Awaited<ReturnType<typeof actionTypedData>>["typedData"]) => Promise<Hex>,
): Promise<Hex> {
  const client = createPublicClient({ chain: CHAIN, transport: http(RPC_URL) });
  const { typedData, nonce } = await actionTypedData(client, action);
  const signed = { ...action, nonce, signature: await signTypedData(typedData) } as SignedAction;
  const bundler = createBundlerClient({
    client,
    account: await toSignatureRelayAccount({ client, relay: relay.relay, action: signed }),
    chain: CHAIN,
    transport: http(relay.bundlerUrl),
    paymaster: fundPaymaster({ client, address: relay.paymaster }),
    userOperation: { estimateFeesPerGas: ({ bundlerClient }) => bundlerFees(bundlerClient as never, client) },
    pollingInterval: IS_LOCAL ? 250 : 2_000,
  });
  try {
    return await sendWithGasMargin(bundler as never, relayedCalls(signed));
  } catch (error) {
    throw bundlerFailure(error, relay.bundlerUrl);
  }
}
