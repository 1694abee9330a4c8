import * as P256 from "ox/P256";
import * as PublicKey from "ox/PublicKey";
import { concat, sha256, slice, stringToHex, type Hex } from "viem";
import type { WebAuthnSigned } from "./webAuthnSignature";

/**
 * The two public keys that can have made a WebAuthn assertion (x ‖ y each). An assertion does
 * not carry its key, but an ECDSA signature fixes it up to the parity of one point: the passkey
 * is one of these two. Signing in on a new device with a synced passkey needs only this and the
 * chain (which of the two accounts exists or is a member), or a second assertion.
 */
export function passkeyKeysOf(signed: WebAuthnSigned): [Hex, Hex] {
  const { authenticatorData, clientDataJSON } = signed.webauthn;
  // WebAuthn signs sha256(authenticatorData ‖ sha256(clientDataJSON)).
  const digest = sha256(concat([authenticatorData, sha256(stringToHex(clientDataJSON))]));
  const r = BigInt(slice(signed.signature, 0, 32));
  const s = BigInt(slice(signed.signature, 32, 64));
  const key = (yParity: 0 | 1) =>
    PublicKey.toHex(P256.recoverPublicKey({ payload: digest, signature: { r, s, yParity } }), {
      includePrefix: false,
    });
  return [key(0), key(1)];
}

/** The key two assertions of the same passkey have in common, or null if they share none. */
export function commonPasskeyKey(first: readonly Hex[], second: readonly Hex[]): Hex | null {
  const found = first.filter((key) => second.some((other) => other.toLowerCase() === key.toLowerCase()));
  return found.length === 1 ? found[0] : null;
}
