import { createPublicClient, http, type Hex } from "viem";
import { createBundlerClient } from "viem/account-abstraction";
import { fundPaymaster } from "@sdk/accounts/fundPaymaster";
import { relayedCalls, toSignatureRelayAccount } from "@sdk/accounts/signatureRelay";
import { actionTypedData, type MemberAction, type SignedAction } from "@sdk/accounts/signedActions";
import { CHAIN, IS_LOCAL, RPC_URL } from "../config/deployment";
import type { SignatureRelayConfig } from "../config/signatureRelay";
import { bundlerFailure } from "../passkeys/passkeyErrors";
import { bundlerFees } from "../passkeys/sponsored";

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
    return await bundler.sendUserOperation({ calls: relayedCalls(signed) });
  } catch (error) {
    throw bundlerFailure(error, relay.bundlerUrl);
  }
}
