import * as P256 from "ox/P256";
import * as PublicKey from "ox/PublicKey";
import { describe, expect, it } from "vitest";
import { accountCode, parseAccountCode } from "./accountCode";
import { toP256Passkey } from "./p256Passkey";
import { commonPasskeyKey, passkeyKeysOf } from "./recoverPasskey";

const ADDRESS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("an account code", () => {
  it("is the address's 40 digits and a 4-digit check, in groups of four", () => {
    const code = accountCode(ADDRESS);
    expect(code).toMatch(/^([0-9A-F]{4}-){10}[0-9A-F]{4}$/);
    expect(code.slice(0, 49).replace(/-/g, "")).toBe("5FBDB2315678AFECB367F032D93F642F64180AA3");
  });

  it("reads back as the same address, with or without dashes, spaces and case", () => {
    const code = accountCode(ADDRESS);
    expect(parseAccountCode(code)).toEqual({ ok: true, address: ADDRESS });
    expect(parseAccountCode(` ${code.replace(/-/g, " ").toLowerCase()} `)).toEqual({ ok: true, address: ADDRESS });
    expect(parseAccountCode(code.replace(/-/g, ""))).toEqual({ ok: true, address: ADDRESS });
  });

  it("catches one digit typed wrong, a missing digit and a letter that is no hex digit", () => {
    const code = accountCode(ADDRESS);
    const typo = code.slice(0, 6) + (code[6] === "0" ? "1" : "0") + code.slice(7);
    expect(parseAccountCode(typo)).toEqual({ ok: false, problem: "check" });
    expect(parseAccountCode(code.slice(1))).toEqual({ ok: false, problem: "length" });
    expect(parseAccountCode(`${code.slice(0, -1)}G`)).toEqual({ ok: false, problem: "characters" });
  });

  it("also takes a plain address, checking its EIP-55 checksum when in mixed case", () => {
    expect(parseAccountCode(ADDRESS.toLowerCase())).toEqual({ ok: true, address: ADDRESS });
    expect(parseAccountCode(ADDRESS)).toEqual({ ok: true, address: ADDRESS });
    expect(parseAccountCode(ADDRESS.replace("F", "f"))).toEqual({ ok: false, problem: "checksum" });
  });
});

describe("a passkey's public key from its assertions", () => {
  const privateKey = "0x1f2e3d4c5b6a79880f1e2d3c4b5a69788f9eadbccbdaeff00112233445566778";
  const passkey = toP256Passkey({ privateKey, rpId: "pulje.example", origin: "https://pulje.example" });
  const expected = PublicKey.toHex(P256.getPublicKey({ privateKey }), { includePrefix: false });

  it("is one of the two keys one assertion allows", async () => {
    const keys = passkeyKeysOf(await passkey.sign({ hash: `0x${"ab".repeat(32)}` }));
    expect(keys).toContain(expected);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("is the one key two assertions share", async () => {
    const first = passkeyKeysOf(await passkey.sign({ hash: `0x${"ab".repeat(32)}` }));
    const second = passkeyKeysOf(await passkey.sign({ hash: `0x${"cd".repeat(32)}` }));
    expect(commonPasskeyKey(first, second)).toBe(expected);
    expect(commonPasskeyKey(first, first)).toBeNull();
  });
});
