import { createWebAuthnCredential } from "viem/account-abstraction";
import * as WebAuthnP256 from "ox/WebAuthnP256";
import { bytesToHex, concat, numberToHex, type Address, type Hex } from "viem";
import type { Config } from "wagmi";
import { getBytecode, getClient, readContract } from "wagmi/actions";
import { membershipAbi, passkeyAccountFactoryAbi } from "@sdk/generated/pulje";
import { accountsWithPasskey } from "@sdk/accounts/accountsWithPasskey";
import { commonPasskeyKey, passkeyKeysOf } from "@sdk/accounts/recoverPasskey";
import { passkeyCoordinates } from "@sdk/accounts/webAuthnSignature";
import { FUND } from "../config/deployment";
import type { PasskeyConfig } from "../config/passkeys";
import { NoPasskeysError, PasskeyAccountUnknownError, webAuthnFailure } from "./passkeyErrors";
import type { StoredPasskey } from "./passkeyStore";

/** Whether this browser has WebAuthn at all (a device may still have no authenticator: creation says so). */
export function browserHasPasskeys(): boolean {
  return typeof window !== "undefined" && typeof window.PublicKeyCredential === "function";
}

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** The account a passkey's key owns: the factory's CREATE2 prediction (it need not exist yet). */
export async function accountOf(config: Config, passkeys: PasskeyConfig, publicKey: Hex): Promise<Address> {
  const { x, y } = passkeyCoordinates(publicKey);
  return readContract(config, {
    address: passkeys.factory,
    abi: passkeyAccountFactoryAbi,
    functionName: "predictAddress",
    args: [x, y, 0n],
  });
}

/** Turns the browser's refusals that mean "no passkeys here" into one error. */
function noPasskeysIfUnsupported(error: unknown): never {
  const failure = webAuthnFailure(error);
  if (failure === "NotSupportedError" || failure === "SecurityError") throw new NoPasskeysError(error);
  throw error;
}

/**
 * A new passkey's credential. Discoverable ("resident"), so it can sign in on another device
 * without its id; user verification required (fingerprint, face or PIN). A random user handle,
 * so a second account never replaces the first in the device's list. `anotherDevice` asks the
 * browser for a roaming authenticator (a phone nearby or a security key) instead of this device.
 */
async function newCredential(name: string, anotherDevice = false) {
  if (!browserHasPasskeys()) throw new NoPasskeysError();
  return createWebAuthnCredential({
    name,
    user: { id: randomBytes(16), name, displayName: name },
    rp: { id: window.location.hostname, name: FUND?.name ?? "Pulje" },
    authenticatorSelection: {
      residentKey: "required",
      requireResidentKey: true,
      userVerification: "required",
      ...(anotherDevice ? { authenticatorAttachment: "cross-platform" as const } : {}),
    },
  }).catch(noPasskeysIfUnsupported);
}

/** Makes a new passkey on this device (or the phone or key the browser offers) and returns it with its account. */
export async function createPasskey(config: Config, passkeys: PasskeyConfig, name: string): Promise<StoredPasskey> {
  const credential = await newCredential(name);
  return {
    id: credential.id,
    publicKey: credential.publicKey,
    address: await accountOf(config, passkeys, credential.publicKey),
  };
}

/**
 * Makes a passkey on another device (a phone or security key the browser offers), for the
 * account this device signs in to: returns its public key, which the account then adds.
 */
export async function createPasskeyForAnotherDevice(name: string): Promise<Hex> {
  return (await newCredential(name, true)).publicKey;
}

/** One assertion of any of this site's passkeys (or of `credentialId`), over a random challenge. */
async function assert(credentialId?: string) {
  const signed = await WebAuthnP256.sign({
    challenge: bytesToHex(randomBytes(32)),
    rpId: window.location.hostname,
    ...(credentialId ? { credentialId } : {}),
  }).catch(noPasskeysIfUnsupported);
  const { r, s } = signed.signature;
  const keys = passkeyKeysOf({
    signature: concat([numberToHex(r, { size: 32 }), numberToHex(s, { size: 32 })]),
    webauthn: signed.metadata,
  });
  return { id: signed.id, keys };
}

/** Whether the chain knows an account: a member already, or deployed by its first operation. */
async function isKnown(config: Config, address: Address): Promise<boolean> {
  const membership = FUND?.contracts.membership;
  const [member, code] = await Promise.all([
    membership
      ? readContract(config, { address: membership, abi: membershipAbi, functionName: "isMember", args: [address] })
      : false,
    getBytecode(config, { address }),
  ]);
  return member || Boolean(code && code !== "0x");
}

/**
 * The account the chain knows for a key, or null: the key's own account (a member, or
 * deployed), else an account the key was added to from another device.
 */
async function knownAccountOf(config: Config, passkeys: PasskeyConfig, publicKey: Hex): Promise<Address | null> {
  const own = await accountOf(config, passkeys, publicKey);
  if (await isKnown(config, own)) return own;
  const client = getClient(config);
  if (!client) return null;
  const [added] = await accountsWithPasskey(client, {
    factory: passkeys.factory,
    verifier: passkeys.verifier,
    publicKey,
    fromBlock: BigInt(FUND?.deploymentBlock ?? 0),
  });
  return added ?? null;
}

/**
 * Signs in with a passkey made on another device (synced by the phone's or browser's passkey
 * manager, or added from the first device). An assertion carries no public key, but its
 * signature allows two: the one whose account the chain knows (a member, deployed, or listing
 * the key as an added passkey) is it. When the chain knows neither (an account not yet
 * admitted), a second assertion of the same passkey decides.
 */
export async function signInWithPasskey(config: Config, passkeys: PasskeyConfig): Promise<StoredPasskey> {
  if (!browserHasPasskeys()) throw new NoPasskeysError();
  const first = await assert();
  const candidates = await Promise.all(
    first.keys.map(async (publicKey) => ({ publicKey, address: await knownAccountOf(config, passkeys, publicKey) })),
  );
  const known = candidates.filter((c) => c.address !== null);
  if (known.length === 1) return { id: first.id, publicKey: known[0].publicKey, address: known[0].address! };
  const second = await assert(first.id);
  const publicKey = commonPasskeyKey(first.keys, second.keys);
  if (!publicKey) throw new PasskeyAccountUnknownError();
  return { id: first.id, publicKey, address: await accountOf(config, passkeys, publicKey) };
}
