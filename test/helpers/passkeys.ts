import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { AbiCoder, concat, getBytes, hexlify, sha256, toBeHex, toUtf8Bytes } from "ethers";

const abi = AbiCoder.defaultAbiCoder();
/** The order of P-256: OpenZeppelin's P256 accepts only the low `s` of a signature. */
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** Authenticator data flags: user present (0x01) and user verified (0x04), as a passkey with a PIN or biometrics sets them. */
export const PRESENT_AND_VERIFIED = 0x05;

/**
 * A passkey as a browser's authenticator holds it: a P-256 key pair made by Node's crypto. Its
 * assertions are built the way WebAuthn builds them, so the contracts check real signatures.
 */
export class Passkey {
  readonly qx: string;
  readonly qy: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    const jwk = publicKey.export({ format: "jwk" });
    this.privateKey = privateKey;
    this.qx = hexlify(Buffer.from(jwk.x!, "base64url"));
    this.qy = hexlify(Buffer.from(jwk.y!, "base64url"));
  }

  /**
   * A WebAuthn assertion over `challenge` (32 bytes), ABI-encoded as OpenZeppelin's `WebAuthnAuth`
   * fields in place: r, s, challengeIndex, typeIndex, authenticatorData, clientDataJSON.
   */
  assert(challenge: string, flags = PRESENT_AND_VERIFIED): string {
    const authenticatorData = concat([sha256(toUtf8Bytes("pulje.example")), toBeHex(flags, 1), "0x00000001"]);
    const clientDataJSON = JSON.stringify({
      type: "webauthn.get",
      challenge: Buffer.from(getBytes(challenge)).toString("base64url"),
      origin: "https://pulje.example",
      crossOrigin: false,
    });
    const signed = concat([authenticatorData, sha256(toUtf8Bytes(clientDataJSON))]);
    const signature = sign("sha256", getBytes(signed), { key: this.privateKey, dsaEncoding: "ieee-p1363" });
    const r = BigInt(hexlify(signature.subarray(0, 32)));
    let s = BigInt(hexlify(signature.subarray(32)));
    if (s > P256_N / 2n) s = P256_N - s;
    return abi.encode(
      ["bytes32", "bytes32", "uint256", "uint256", "bytes", "string"],
      [
        toBeHex(r, 32),
        toBeHex(s, 32),
        clientDataJSON.indexOf('"challenge"'),
        clientDataJSON.indexOf('"type"'),
        authenticatorData,
        clientDataJSON,
      ],
    );
  }

  /** This passkey as an ERC-7913 signer of a passkey account: the verifier, then x and y. */
  signer(verifier: string): string {
    return concat([verifier, this.qx, this.qy]);
  }

  /** The account's signature over `hash` (a user operation's hash): OpenZeppelin's multi-signer format. */
  accountSignature(verifier: string, hash: string, flags = PRESENT_AND_VERIFIED): string {
    return abi.encode(["bytes[]", "bytes[]"], [[this.signer(verifier)], [this.assert(hash, flags)]]);
  }
}
