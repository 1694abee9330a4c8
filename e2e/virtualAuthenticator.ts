/** Chromium's virtual authenticators (CDP WebAuthn domain) and the dApp's stored passkey, for the passkey tests. */
import { createPrivateKey, randomBytes } from "node:crypto";
import type { CDPSession, Page } from "playwright-core";
import { hexToBytes, type Hex } from "viem";
import * as P256 from "ox/P256";

/**
 * Chromium's virtual authenticator (CDP WebAuthn domain): this device's own (a platform
 * authenticator, as a phone's screen lock). User verification always succeeds, as after a fingerprint.
 */
export async function addAuthenticator(cdp: CDPSession): Promise<string> {
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

/**
 * A demo passkey member's passkey, synced to this device: the seed's P-256 key as a resident
 * credential of this site in a new authenticator (CDP wants it as base64 PKCS#8).
 */
export async function importPasskey(cdp: CDPSession, privateKey: Hex): Promise<string> {
  const authenticatorId = await addAuthenticator(cdp);
  const { x, y } = P256.getPublicKey({ privateKey });
  const b64url = (n: bigint) => Buffer.from(n.toString(16).padStart(64, "0"), "hex").toString("base64url");
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: b64url(x),
    y: b64url(y),
    d: Buffer.from(hexToBytes(privateKey)).toString("base64url"),
  };
  const pkcs8 = createPrivateKey({ key: jwk, format: "jwk" }).export({ format: "der", type: "pkcs8" });
  await cdp.send("WebAuthn.addCredential", {
    authenticatorId,
    credential: {
      credentialId: randomBytes(16).toString("base64"),
      isResidentCredential: true,
      rpId: "localhost",
      privateKey: pkcs8.toString("base64"),
      userHandle: randomBytes(16).toString("base64"),
      signCount: 0,
    },
  });
  return authenticatorId;
}

/** Forgets the passkey account this browser remembers, as on another device. */
export async function forgetPasskey(page: Page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith("pulje.passkey.")) localStorage.removeItem(k);
  });
}
