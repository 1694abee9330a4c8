import {
  encodeAbiParameters,
  encodeFunctionData,
  isAddressEqual,
  parseAbi,
  zeroHash,
  type Address,
  type Hex,
} from "viem";
import { readContract } from "viem/actions";
import {
  entryPoint08Abi,
  entryPoint08Address,
  getUserOperationHash,
  toSmartAccount,
  type SmartAccountImplementation,
} from "viem/account-abstraction";
import { hashMessage, hashTypedData, wrapTypedDataSignature } from "viem/experimental/erc7739";
import { passkeyAccountFactoryAbi } from "../generated/pulje";
import {
  passkeyAccountSignature,
  passkeyCoordinates,
  type PasskeySigner,
  type WebAuthnSigned,
} from "./webAuthnSignature";

/** ERC-7821's batch mode without opData: every call runs, and one failing reverts them all. */
export const BATCH_MODE: Hex = "0x0100000000000000000000000000000000000000000000000000000000000000";

/** PasskeyAccount's own functions used here (the account itself is a clone, not in sdk/generated). */
const ACCOUNT_ABI = parseAbi([
  "function execute(bytes32 mode, bytes executionData) payable",
  "function addPasskey(bytes32 qx, bytes32 qy)",
  "function removePasskey(bytes32 qx, bytes32 qy)",
]);

const EXECUTIONS = [
  {
    type: "tuple[]",
    components: [
      { name: "target", type: "address" },
      { name: "value", type: "uint256" },
      { name: "callData", type: "bytes" },
    ],
  },
] as const;

/** Calls as one `PasskeyAccount.execute` (ERC-7821 batch): the user operation's callData. */
export function encodeAccountCalls(calls: readonly { to: Address; value?: bigint; data?: Hex }[]): Hex {
  const batch = encodeAbiParameters(EXECUTIONS, [
    calls.map((c) => ({ target: c.to, value: c.value ?? 0n, callData: c.data ?? "0x" })),
  ]);
  return encodeFunctionData({ abi: ACCOUNT_ABI, functionName: "execute", args: [BATCH_MODE, batch] });
}

/**
 * The call by which an account adds (or removes) another device's passkey: to itself, so the
 * paymaster sponsors it as a call to the member's own account.
 */
export function passkeyChangeCall(account: Address, change: "addPasskey" | "removePasskey", publicKey: Hex) {
  const { x, y } = passkeyCoordinates(publicKey);
  return { to: account, data: encodeFunctionData({ abi: ACCOUNT_ABI, functionName: change, args: [x, y] }) };
}

export interface PasskeyAccountParameters {
  /** Reads the chain (address, nonce, code); its chain's id goes into the operation hash. */
  client: SmartAccountImplementation["client"];
  /** The passkey: viem's `toWebAuthnAccount` in the browser, `toP256Passkey` in Node. */
  owner: PasskeySigner;
  /** The fund's `PasskeyAccountFactory`. */
  factory: Address;
  /** The `WebAuthnVerifier` every passkey signer of the fund's accounts names. */
  verifier: Address;
  /** Which of the passkey's accounts (0 for the first). */
  salt?: bigint;
  /**
   * Another account that lists this passkey (added from another device with `addPasskey`),
   * instead of the passkey's own: it is deployed already, so it needs no factory data.
   */
  address?: Address;
}

/**
 * A fund's passkey account (`PasskeyAccount` on EntryPoint v0.8) as a viem smart account, for a
 * bundler client: its address is the factory's prediction, its first user operation deploys it,
 * its calls go through ERC-7821 `execute`, and the passkey signs the user operation's hash. It
 * also signs messages and typed data as ERC-7739 nests them, for ERC-1271 checks (a sign-in with
 * Ethereum, `castVoteBySig`).
 * Nonces use key 0, so operations of one account follow each other in order.
 */
export async function toPasskeyAccount(parameters: PasskeyAccountParameters) {
  const { client, owner, factory, verifier, salt = 0n } = parameters;
  if (!client.chain) throw new Error("toPasskeyAccount: the client needs a chain");
  const chainId = client.chain.id;
  const { x, y } = passkeyCoordinates(owner.publicKey);
  const entryPoint = { abi: entryPoint08Abi, address: entryPoint08Address, version: "0.8" } as const;
  const own = await readContract(client, {
    abi: passkeyAccountFactoryAbi,
    address: factory,
    functionName: "predictAddress",
    args: [x, y, salt],
  });
  const address = parameters.address ?? own;
  // OpenZeppelin's EIP712 has no salt; ERC7739 still hashes the zero salt into TypedDataSign.
  const accountDomain = { name: "Pulje Account", version: "1", chainId, verifyingContract: address, salt: zeroHash };
  const sign = async (hash: Hex) => passkeyAccountSignature(verifier, owner.publicKey, await owner.sign({ hash }));

  return toSmartAccount({
    client,
    entryPoint,
    async getAddress() {
      return address;
    },
    async encodeCalls(calls) {
      return encodeAccountCalls(calls);
    },
    async getFactoryArgs() {
      // Asked only while the account has no code: the factory can create only the passkey's own.
      if (!isAddressEqual(address, own)) throw new Error(`PasskeyAccount: ${address} is not deployed`);
      return {
        factory,
        factoryData: encodeFunctionData({
          abi: passkeyAccountFactoryAbi,
          functionName: "createAccount",
          args: [x, y, salt],
        }),
      };
    },
    async getNonce() {
      return readContract(client, {
        abi: entryPoint08Abi,
        address: entryPoint08Address,
        functionName: "getNonce",
        args: [address, 0n],
      });
    },
    async getStubSignature() {
      // A signature of the real shape and size, so the bundler's gas estimate covers the
      // verification of a real one (the verifier rejects it without reverting).
      return passkeyAccountSignature(verifier, owner.publicKey, STUB_ASSERTION);
    },
    async signUserOperation(userOperation) {
      const hash = getUserOperationHash({
        chainId,
        entryPointAddress: entryPoint08Address,
        entryPointVersion: "0.8",
        userOperation: { ...userOperation, sender: address },
      });
      return sign(hash);
    },
    // ERC-7739 (OpenZeppelin's `ERC7739`): the passkey signs the message nested in this account's
    // own EIP-712 domain, so the signature holds for this account only. viem's toSmartAccount
    // wraps it in ERC-6492 (factory and factoryData) while the account is not deployed.
    async signMessage({ message }) {
      return sign(hashMessage({ message, verifierDomain: accountDomain }));
    },
    async signTypedData(typedData) {
      // The account's generic definition does not narrow to the helpers' own generics (same shape).
      const signature = await sign(hashTypedData({ ...typedData, verifierDomain: accountDomain } as never));
      return wrapTypedDataSignature({ ...typedData, signature } as never);
    },
  });
}

/** A WebAuthn assertion's shape with an invalid signature, sized like a browser's. */
const STUB_ASSERTION: WebAuthnSigned = {
  signature: `0x${"11".repeat(32)}${"22".repeat(32)}` as Hex,
  webauthn: {
    authenticatorData: `0x${"49".repeat(32)}0500000000` as Hex,
    clientDataJSON: JSON.stringify({
      type: "webauthn.get",
      challenge: "A".repeat(43),
      origin: "https://pulje.example.org",
      crossOrigin: false,
    }),
    challengeIndex: 23,
    typeIndex: 1,
  },
};
