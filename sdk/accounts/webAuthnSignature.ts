import { concat, encodeAbiParameters, size, slice, type Address, type Hex } from "viem";

/** The order of P-256: OpenZeppelin's P256 accepts only the low `s` of a signature. */
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** What a passkey returns for one challenge: the fields of viem's WebAuthn account `sign` result. */
export interface WebAuthnSigned {
  /** r ‖ s, 32 bytes each. */
  signature: Hex;
  webauthn: { authenticatorData: Hex; clientDataJSON: string; challengeIndex?: number; typeIndex?: number };
}

/**
 * A passkey that signs a 32-byte challenge: viem's `toWebAuthnAccount` (a browser's credential)
 * or `toP256Passkey` (a P-256 key in Node). Declared here rather than as viem's `WebAuthnAccount`,
 * whose types need the DOM library the Node side of the project does not load.
 */
export interface PasskeySigner {
  /** The public key: x ‖ y, or 0x04 ‖ x ‖ y. */
  publicKey: Hex;
  sign(parameters: { hash: Hex }): Promise<WebAuthnSigned>;
}

/** A passkey's public key as the 32-byte x and y the account stores. */
export function passkeyCoordinates(publicKey: Hex): { x: Hex; y: Hex } {
  // Browsers' credentials (viem) give x‖y; uncompressed keys add a 0x04 prefix: keep the last 64 bytes.
  if (size(publicKey) !== 64 && size(publicKey) !== 65) throw new Error(`not a P-256 public key: ${publicKey}`);
  const xy = slice(publicKey, size(publicKey) - 64);
  return { x: slice(xy, 0, 32), y: slice(xy, 32, 64) };
}

/**
 * A WebAuthn assertion as OpenZeppelin's `WebAuthnAuth` fields, ABI-encoded in place (r, s,
 * challengeIndex, typeIndex, authenticatorData, clientDataJSON): what `ERC7913WebAuthnVerifier`
 * reads. `s` is made low, since authenticators may return either of the two valid values.
 */
export function encodeWebAuthnAuth(signed: WebAuthnSigned): Hex {
  const r = BigInt(slice(signed.signature, 0, 32));
  let s = BigInt(slice(signed.signature, 32, 64));
  if (s > P256_N / 2n) s = P256_N - s;
  const { authenticatorData, clientDataJSON, challengeIndex, typeIndex } = signed.webauthn;
  return encodeAbiParameters(
    [
      { type: "uint256" },
      { type: "uint256" },
      { type: "uint256" },
      { type: "uint256" },
      { type: "bytes" },
      { type: "string" },
    ],
    [r, s, BigInt(challengeIndex!), BigInt(typeIndex!), authenticatorData, clientDataJSON],
  );
}

/** The ERC-7913 signer a passkey is inside a `PasskeyAccount`: the WebAuthn verifier, then x and y. */
export function passkeySigner(verifier: Address, publicKey: Hex): Hex {
  const { x, y } = passkeyCoordinates(publicKey);
  return concat([verifier, x, y]);
}

/**
 * A `PasskeyAccount` signature (OpenZeppelin's `MultiSignerERC7913` format): the signers and
 * their signatures as two `bytes[]`, here one passkey (the account's threshold is one).
 */
export function passkeyAccountSignature(verifier: Address, publicKey: Hex, signed: WebAuthnSigned): Hex {
  return encodeAbiParameters(
    [{ type: "bytes[]" }, { type: "bytes[]" }],
    [[passkeySigner(verifier, publicKey)], [encodeWebAuthnAuth(signed)]],
  );
}
