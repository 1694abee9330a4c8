import type { Address, Hex } from "viem";
import { readContract } from "viem/actions";
import {
  entryPoint08Abi,
  entryPoint08Address,
  toSmartAccount,
  type SmartAccountImplementation,
} from "viem/account-abstraction";
import { encodeAccountCalls } from "./passkeyAccount";
import { actionSigner, signedActionCall, type SignedAction } from "./signedActions";

/**
 * The EntryPoint nonce key of `signer`'s relayed operations: their address, so members'
 * operations through the one relay never wait on each other (the relay refuses any other key).
 */
export function relayNonceKey(signer: Address): bigint {
  return BigInt(signer);
}

/** A relayed operation's callData: the relay's ERC-7821 `execute` with the one by-signature call. */
export function relayCallData(action: SignedAction): Hex {
  return encodeAccountCalls([signedActionCall(action)]);
}

/**
 * The fund's `SignatureRelay` as a viem smart account for one signed action, for a bundler
 * client's `sendUserOperation` with the fund's paymaster (`fundPaymaster`): its calls are the
 * action's by-signature call, its nonce key the signer's address, and its operation signature
 * empty (the relay checks the action's own signature; it holds no key and no money).
 *
 * @example
 * const account = await toSignatureRelayAccount({ client, relay, action });
 * await bundler.sendUserOperation({ account, calls: relayedCalls(action), paymaster });
 */
export async function toSignatureRelayAccount(parameters: {
  client: SmartAccountImplementation["client"];
  relay: Address;
  action: SignedAction;
}) {
  const { client, relay, action } = parameters;
  const key = relayNonceKey(actionSigner(action));
  return toSmartAccount({
    client,
    entryPoint: { abi: entryPoint08Abi, address: entryPoint08Address, version: "0.8" } as const,
    async getAddress() {
      return relay;
    },
    async encodeCalls(calls) {
      return encodeAccountCalls(calls);
    },
    async getFactoryArgs() {
      return { factory: undefined, factoryData: undefined };
    },
    async getNonce() {
      return readContract(client, {
        abi: entryPoint08Abi,
        address: entryPoint08Address,
        functionName: "getNonce",
        args: [relay, key],
      });
    },
    async getStubSignature() {
      return "0x";
    },
    async signUserOperation() {
      return "0x";
    },
    async signMessage() {
      throw new Error("SignatureRelay: the relay signs nothing");
    },
    async signTypedData() {
      throw new Error("SignatureRelay: the relay signs nothing");
    },
  });
}

/** The calls of a relayed operation: the action's by-signature call, alone. */
export function relayedCalls(action: SignedAction) {
  return [signedActionCall(action)] as const;
}
