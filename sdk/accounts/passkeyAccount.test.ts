import * as P256 from "ox/P256";
import * as PublicKey from "ox/PublicKey";
import { concat, decodeAbiParameters, decodeFunctionData, parseAbi, sha256, slice, stringToHex, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { BATCH_MODE, encodeAccountCalls } from "./passkeyAccount";
import { toP256Passkey } from "./p256Passkey";
import { encodeWebAuthnAuth, passkeyAccountSignature, passkeyCoordinates } from "./webAuthnSignature";

const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const PRIVATE_KEY: Hex = "0x1f2e3d4c5b6a79880f1e2d3c4b5a69788f9eadbccbdaeff00112233445566778";
const VERIFIER: Hex = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const HASH: Hex = "0x6b1f5c3a2a0e8d7c9b4f3e2d1c0b0a99887766554433221100ffeeddccbbaa99";
const AUTH_FIELDS = [
  { type: "uint256" },
  { type: "uint256" },
  { type: "uint256" },
  { type: "uint256" },
  { type: "bytes" },
  { type: "string" },
] as const;

const passkey = () =>
  toP256Passkey({ privateKey: PRIVATE_KEY, rpId: "pulje.example", origin: "https://pulje.example" });

describe("a P-256 passkey in Node", () => {
  it("signs WebAuthn assertions over the challenge, with user presence and verification", async () => {
    const owner = passkey();
    const expectedKey = PublicKey.toHex(P256.getPublicKey({ privateKey: PRIVATE_KEY }), { includePrefix: false });
    expect(owner.publicKey).toBe(expectedKey);
    const signed = await owner.sign({ hash: HASH });
    const { clientDataJSON, authenticatorData, challengeIndex, typeIndex } = signed.webauthn;
    expect(JSON.parse(clientDataJSON)).toEqual({
      type: "webauthn.get",
      challenge: Buffer.from(HASH.slice(2), "hex").toString("base64url"),
      origin: "https://pulje.example",
      crossOrigin: false,
    });
    expect(challengeIndex).toBe(clientDataJSON.indexOf('"challenge"'));
    expect(typeIndex).toBe(clientDataJSON.indexOf('"type"'));
    // rpIdHash ‖ flags (user present 0x01 + user verified 0x04) ‖ sign count.
    expect(authenticatorData).toBe(concat([sha256(stringToHex("pulje.example")), "0x05", "0x00000000"]));
    const r = BigInt(slice(signed.signature, 0, 32));
    const s = BigInt(slice(signed.signature, 32, 64));
    expect(s <= P256_N / 2n).toBe(true);
    // What the verifier checks: the key signed authenticatorData ‖ sha256(clientDataJSON).
    const verify = (data: Hex) =>
      P256.verify({
        hash: true,
        payload: concat([data, sha256(stringToHex(clientDataJSON))]),
        publicKey: PublicKey.fromHex(concat(["0x04", owner.publicKey])),
        signature: { r, s },
      });
    expect(verify(authenticatorData)).toBe(true);
    expect(verify(concat([sha256(stringToHex("pulje.example")), "0x01", "0x00000000"]))).toBe(false);
  });
});

describe("PasskeyAccount signatures", () => {
  it("take the key's x and y from a bare or an uncompressed public key", () => {
    const x = `0x${"ab".repeat(32)}` as Hex;
    const y = `0x${"cd".repeat(32)}` as Hex;
    expect(passkeyCoordinates(concat([x, y]))).toEqual({ x, y });
    expect(passkeyCoordinates(concat(["0x04", x, y]))).toEqual({ x, y });
    expect(() => passkeyCoordinates(x)).toThrow("not a P-256 public key");
  });

  it("encode the assertion as WebAuthnAuth fields and make a high s low", () => {
    const webauthn = {
      authenticatorData: "0x0102" as Hex,
      clientDataJSON: '{"type":"webauthn.get","challenge":"x"}',
      challengeIndex: 23,
      typeIndex: 1,
    };
    const highS = P256_N - 5n;
    const signature = concat([`0x${"00".repeat(31)}07`, `0x${highS.toString(16)}`]);
    const [r, s, challengeIndex, typeIndex, authenticatorData, clientDataJSON] = decodeAbiParameters(
      AUTH_FIELDS,
      encodeWebAuthnAuth({ signature, webauthn }),
    );
    expect([r, s, challengeIndex, typeIndex, authenticatorData, clientDataJSON]).toEqual([
      7n,
      5n,
      23n,
      1n,
      "0x0102",
      '{"type":"webauthn.get","challenge":"x"}',
    ]);
  });

  it("name the signer as verifier ‖ x ‖ y next to its assertion (MultiSignerERC7913)", async () => {
    const owner = passkey();
    const signed = await owner.sign({ hash: HASH });
    const [signers, signatures] = decodeAbiParameters(
      [{ type: "bytes[]" }, { type: "bytes[]" }],
      passkeyAccountSignature(VERIFIER, owner.publicKey, signed),
    );
    expect(signers).toEqual([concat([VERIFIER, owner.publicKey]).toLowerCase()]);
    expect(signatures).toEqual([encodeWebAuthnAuth(signed)]);
  });
});

describe("PasskeyAccount calls", () => {
  it("go as one ERC-7821 batch execute", () => {
    const calls = [
      { to: "0x00000000000000000000000000000000000000a1" as Hex, data: "0x12345678" as Hex },
      { to: "0x00000000000000000000000000000000000000b2" as Hex, value: 3n },
    ];
    const { functionName, args } = decodeFunctionData({
      abi: parseAbi(["function execute(bytes32 mode, bytes executionData) payable"]),
      data: encodeAccountCalls(calls),
    });
    expect(functionName).toBe("execute");
    expect(args[0]).toBe(BATCH_MODE);
    const [executions] = decodeAbiParameters(
      [{ type: "tuple[]", components: [{ type: "address" }, { type: "uint256" }, { type: "bytes" }] }],
      args[1],
    );
    expect(executions).toEqual([
      ["0x00000000000000000000000000000000000000A1", 0n, "0x12345678"],
      ["0x00000000000000000000000000000000000000b2", 3n, "0x"],
    ]);
  });
});
