import * as Base64 from "ox/Base64";
import * as P256 from "ox/P256";
import * as PublicKey from "ox/PublicKey";
import { concat, numberToHex, sha256, stringToHex, type Hex } from "viem";
import type { PasskeySigner } from "./webAuthnSignature";

/** Authenticator data flags: user present (0x01) and user verified (0x04), as after a PIN or biometrics. */
const PRESENT_AND_VERIFIED = "0x05";

/**
 * A passkey held as a P-256 private key instead of in an authenticator: for Node (scripts, the
 * demo's seeded residents, tests). Its assertions are built as WebAuthn builds them (authenticator
 * data with user present and verified, client data JSON naming the challenge and origin), so the
 * account checks exactly what it checks for a browser's passkey. In the browser use viem's
 * `toWebAuthnAccount`.
 */
export function toP256Passkey(options: { privateKey: Hex; rpId: string; origin: string }): PasskeySigner {
  const { privateKey, rpId, origin } = options;
  const publicKey = PublicKey.toHex(P256.getPublicKey({ privateKey }), { includePrefix: false });
  return {
    publicKey,
    async sign({ hash }) {
      const authenticatorData = concat([sha256(stringToHex(rpId)), PRESENT_AND_VERIFIED, "0x00000000"]);
      const clientDataJSON = JSON.stringify({
        type: "webauthn.get",
        challenge: Base64.fromHex(hash, { url: true, pad: false }),
        origin,
        crossOrigin: false,
      });
      // ox signs the SHA-256 of the payload and returns the low s.
      const payload = concat([authenticatorData, sha256(stringToHex(clientDataJSON))]);
      const { r, s } = P256.sign({ payload, privateKey, hash: true });
      return {
        signature: concat([numberToHex(r, { size: 32 }), numberToHex(s, { size: 32 })]),
        webauthn: {
          authenticatorData,
          clientDataJSON,
          challengeIndex: clientDataJSON.indexOf('"challenge"'),
          typeIndex: clientDataJSON.indexOf('"type"'),
        },
      };
    },
  };
}
