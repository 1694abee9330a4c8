import { createPublicClient, http, type Address, type Hex } from "viem";
import { estimateFeesPerGas } from "viem/actions";
import { createBundlerClient, toWebAuthnAccount } from "viem/account-abstraction";
import { fundPaymaster } from "@sdk/accounts/fundPaymaster";
import { sendWithGasMargin } from "@sdk/accounts/gasMargin";
import { toPasskeyAccount } from "@sdk/accounts/passkeyAccount";
import { BUNDLER_URL } from "../config/bundler";
import { CHAIN, IS_LOCAL, RPC_URL } from "../config/deployment";
import { PASSKEYS, type PasskeyConfig } from "../config/passkeys";
import { bundlerFailure, UserOperationRevertedError } from "./passkeyErrors";
import type { StoredPasskey } from "./passkeyStore";

/**
 * The gas prices a bundler asks for: Pimlico's (Alto's) own method, else the chain's estimate.
 * Taken as they are, even above the fee fund's cap (the paymaster's `maxFeePerGas`): lowered to
 * the cap, the operation would meet the bundler's own refusal instead (Alto takes nothing below
 * the lowest price it quoted lately, its estimate from the base fee), and the paymaster's refusal
 * is the one the dApp explains: the network's fee is above what the fund pays, try again later.
 */
export async function bundlerFees(
  bundler: { request: (args: never) => Promise<unknown> },
  client: Parameters<typeof estimateFeesPerGas>[0],
) {
  try {
    const prices = (await bundler.request({ method: "pimlico_getUserOperationGasPrice", params: [] } as never)) as {
      fast: { maxFeePerGas: Hex; maxPriorityFeePerGas: Hex };
    };
    return {
      maxFeePerGas: BigInt(prices.fast.maxFeePerGas),
      maxPriorityFeePerGas: BigInt(prices.fast.maxPriorityFeePerGas),
    };
  } catch {
    return estimateFeesPerGas(client);
  }
}

async function buildBundler(passkeys: PasskeyConfig, passkey: StoredPasskey) {
  const client = createPublicClient({ chain: CHAIN, transport: http(RPC_URL) });
  const owner = toWebAuthnAccount({
    credential: { id: passkey.id, publicKey: passkey.publicKey },
    rpId: window.location.hostname,
  });
  // The stored address: the passkey's own account, or the one it was added to from another device.
  const account = await toPasskeyAccount({
    client,
    owner,
    factory: passkeys.factory,
    verifier: passkeys.verifier,
    address: passkey.address,
  });
  return createBundlerClient({
    client,
    account,
    chain: CHAIN,
    transport: http(passkeys.bundlerUrl),
    paymaster: fundPaymaster({ client, address: passkeys.paymaster }),
    userOperation: { estimateFeesPerGas: ({ bundlerClient }) => bundlerFees(bundlerClient as never, client) },
    pollingInterval: IS_LOCAL ? 250 : 2_000,
  });
}

type Bundler = Awaited<ReturnType<typeof buildBundler>>;
/** One bundler client per passkey: its account reads the factory's prediction once. */
let cached: { id: string; bundler: Promise<Bundler> } | null = null;

function bundlerFor(passkey: StoredPasskey): Promise<Bundler> {
  if (!PASSKEYS) throw new Error("This fund has no passkey accounts");
  if (cached?.id !== passkey.id) cached = { id: passkey.id, bundler: buildBundler(PASSKEYS, passkey) };
  return cached.bundler;
}

/** The passkey's account (a viem smart account): it also signs messages and typed data (ERC-7739). */
export async function passkeyAccountFor(passkey: StoredPasskey) {
  return (await bundlerFor(passkey)).account;
}

/**
 * Sends one call from the passkey's account as an ERC-4337 user operation, paid by the fund's
 * paymaster: the passkey signs (the device asks for the fingerprint, face or PIN), the bundler
 * takes it. Returns the user operation's hash.
 */
export async function sendSponsored(
  passkey: StoredPasskey,
  call: { to: Address; data?: Hex; value?: bigint },
): Promise<Hex> {
  const bundler = await bundlerFor(passkey);
  try {
    return await sendWithGasMargin(bundler as never, [call]);
  } catch (error) {
    throw bundlerFailure(error, PASSKEYS!.bundlerUrl);
  }
}

/** A bundler client that only follows operations (any account's: a passkey's, or the relay's). */
let follower: ReturnType<typeof createBundlerClient> | null = null;

/**
 * Waits until the bundler's transaction with the operation is mined; returns that transaction's
 * hash. A call that reverted inside it fails with the revert data, for the error catalogue.
 */
export async function waitForSponsored(userOpHash: Hex): Promise<Hex> {
  if (!BUNDLER_URL) throw new Error("This build has no bundler");
  const bundlerUrl = BUNDLER_URL;
  follower ??= createBundlerClient({
    client: createPublicClient({ chain: CHAIN, transport: http(RPC_URL) }),
    chain: CHAIN,
    transport: http(bundlerUrl),
    pollingInterval: IS_LOCAL ? 250 : 2_000,
  });
  const receipt = await follower
    .waitForUserOperationReceipt({ hash: userOpHash, timeout: 120_000 })
    .catch((error: unknown) => Promise.reject(bundlerFailure(error, bundlerUrl)));
  if (!receipt.success) throw new UserOperationRevertedError(receipt.reason);
  return receipt.receipt.transactionHash;
}
