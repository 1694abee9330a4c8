import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSiweMessage } from "viem/siwe";
import { encodeFunctionData, keccak256, serializeErc6492Signature, toHex, type Hex } from "viem";
import { ContentClient, ContentServiceError } from "../../sdk/content/client";
import { TestSmartAccountFactory__factory } from "../../typechain-types";
import { ACCOUNTS } from "./helpers/accounts";
import { CHAIN_ID, publicClient, walletOf } from "./helpers/chain";
import { databasesUnderTest } from "./helpers/databases";
import { DAPP, startTestService, type TestService } from "./helpers/service";

const FACTORY_ABI = TestSmartAccountFactory__factory.abi;
const owner = ACCOUNTS.accountOwner;

/** Asks for a nonce and posts a signed message; returns the HTTP status and body. */
async function verify(t: TestService, message: (nonce: string) => string, sign: (m: string) => Promise<Hex>) {
  const { nonce } = (await (await fetch(`${t.service.url}/auth/nonce`)).json()) as { nonce: string };
  const text = message(nonce);
  const response = await fetch(`${t.service.url}/auth/verify`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message: text, signature: await sign(text) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, nonce, text };
}

const siwe = (address: Hex, nonce: string, extra: Partial<Parameters<typeof createSiweMessage>[0]> = {}) =>
  createSiweMessage({
    address,
    chainId: CHAIN_ID,
    domain: DAPP.domain,
    uri: DAPP.origin,
    nonce,
    version: "1",
    issuedAt: new Date(),
    ...extra,
  });

describe.each(databasesUnderTest())("sign-in with Ethereum (%s)", (kind) => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService(kind);
  });
  afterAll(() => t.close());

  it("signs in an extension wallet's account (EOA) and tells it its roles", async () => {
    const client = await t.signIn(ACCOUNTS.residents[0]);
    expect(client.token).toMatch(/^[0-9a-f]{64}$/);
    expect(await client.me()).toEqual({
      address: ACCOUNTS.residents[0].address,
      moderator: false,
      erasureOfficer: false,
      verifier: false,
      sessionExpiresAt: expect.any(String) as string,
    });
    const moderator = await (await t.signIn(ACCOUNTS.moderator)).me();
    expect([moderator.moderator, moderator.erasureOfficer, moderator.verifier]).toEqual([true, false, false]);
    const officer = await (await t.signIn(ACCOUNTS.erasureOfficer)).me();
    expect([officer.moderator, officer.erasureOfficer, officer.verifier]).toEqual([false, true, false]);
    const verifier = await (await t.signIn(ACCOUNTS.verifier)).me();
    expect([verifier.moderator, verifier.erasureOfficer, verifier.verifier]).toEqual([false, false, true]);
  });

  it("keeps only the session token's hash, with a 12-hour expiry", async () => {
    const client = await t.signIn(ACCOUNTS.residents[1]);
    const rows = await t.service.context.db.query<{ token_hash: string; hours: number }>(
      "SELECT token_hash, extract(epoch FROM expires_at - created_at)::int / 3600 AS hours FROM sessions WHERE address = $1",
      [ACCOUNTS.residents[1].address.toLowerCase()],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].hours).toBe(12);
    expect(rows[0].token_hash).not.toBe(client.token);
    expect(rows[0].token_hash).toBe(
      Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(client.token!))).toString("hex"),
    );
  });

  it("signs in a deployed smart account (ERC-1271)", async () => {
    const salt = keccak256(toHex(`deployed ${kind}`));
    const factory = inject("smartAccountFactory") as Hex;
    const client = publicClient();
    const hash = await walletOf(ACCOUNTS.deployer).writeContract({
      address: factory,
      abi: FACTORY_ABI,
      functionName: "deploy",
      args: [owner.address, salt],
    });
    await client.waitForTransactionReceipt({ hash });
    const account = await client.readContract({
      address: factory,
      abi: FACTORY_ABI,
      functionName: "addressOf",
      args: [owner.address, salt],
    });
    expect(await client.getCode({ address: account })).not.toBe(undefined);
    const signed = await verify(
      t,
      (n) => siwe(account, n),
      (m) => owner.signMessage({ message: m }),
    );
    expect(signed.status).toBe(200);
    expect(signed.body.address).toBe(account);
  });

  it("signs in a smart account not deployed yet (ERC-6492)", async () => {
    const salt = keccak256(toHex(`counterfactual ${kind}`));
    const factory = inject("smartAccountFactory") as Hex;
    const client = publicClient();
    const account = await client.readContract({
      address: factory,
      abi: FACTORY_ABI,
      functionName: "addressOf",
      args: [owner.address, salt],
    });
    expect(await client.getCode({ address: account })).toBe(undefined);
    const deployCall = encodeFunctionData({ abi: FACTORY_ABI, functionName: "deploy", args: [owner.address, salt] });
    const signed = await verify(
      t,
      (n) => siwe(account, n),
      async (m) =>
        serializeErc6492Signature({
          address: factory,
          data: deployCall,
          signature: await owner.signMessage({ message: m }),
        }),
    );
    expect(signed.status).toBe(200);
    expect(signed.body.address).toBe(account);
    // Verifying simulated the deployment; it did not deploy.
    expect(await client.getCode({ address: account })).toBe(undefined);
  });

  it("refuses a smart account whose owner did not sign", async () => {
    const salt = keccak256(toHex(`counterfactual ${kind}`));
    const factory = inject("smartAccountFactory") as Hex;
    const account = await publicClient().readContract({
      address: factory,
      abi: FACTORY_ABI,
      functionName: "addressOf",
      args: [owner.address, salt],
    });
    const deployCall = encodeFunctionData({ abi: FACTORY_ABI, functionName: "deploy", args: [owner.address, salt] });
    const signed = await verify(
      t,
      (n) => siwe(account, n),
      async (m) =>
        serializeErc6492Signature({
          address: factory,
          data: deployCall,
          signature: await ACCOUNTS.residents[2].signMessage({ message: m }),
        }),
    );
    expect(signed).toMatchObject({ status: 401, body: { error: "signatureInvalid" } });
  });

  it("refuses another account's signature, another dApp's domain and another chain", async () => {
    const resident = ACCOUNTS.residents[2];
    const wrongSigner = await verify(
      t,
      (n) => siwe(resident.address, n),
      (m) => ACCOUNTS.residents[3].signMessage({ message: m }),
    );
    expect(wrongSigner).toMatchObject({
      status: 401,
      body: { error: "signatureInvalid", message: "The signature does not match the message and account" },
    });
    const phishing = await verify(
      t,
      (n) => siwe(resident.address, n, { domain: "pulje.example.com", uri: "https://pulje.example.com" }),
      (m) => resident.signMessage({ message: m }),
    );
    expect(phishing).toMatchObject({
      status: 401,
      body: { error: "signatureInvalid", message: "Sign-in for pulje.example.com is not accepted here" },
    });
    const otherChain = await verify(
      t,
      (n) => siwe(resident.address, n, { chainId: 1 }),
      (m) => resident.signMessage({ message: m }),
    );
    expect(otherChain).toMatchObject({
      status: 401,
      body: { error: "signatureInvalid", message: "The message is for chain 1, the fund is on 31337" },
    });
  });

  it("uses each nonce once, and not after it expires", async () => {
    const resident = ACCOUNTS.residents[2];
    const first = await verify(
      t,
      (n) => siwe(resident.address, n),
      (m) => resident.signMessage({ message: m }),
    );
    expect(first.status).toBe(200);
    const replay = await fetch(`${t.service.url}/auth/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: first.text, signature: await resident.signMessage({ message: first.text }) }),
    });
    expect([replay.status, await replay.json()]).toEqual([
      401,
      { error: "nonceInvalid", message: "The nonce is unknown, used or expired: ask for a new one" },
    ]);
    const { nonce } = (await (await fetch(`${t.service.url}/auth/nonce`, { method: "POST" })).json()) as {
      nonce: string;
    };
    t.advance(11 * 60_000);
    const message = siwe(resident.address, nonce, { issuedAt: new Date(Date.now() + 11 * 60_000) });
    const late = await fetch(`${t.service.url}/auth/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message, signature: await resident.signMessage({ message }) }),
    });
    expect([late.status, ((await late.json()) as { error: string }).error]).toEqual([401, "nonceInvalid"]);
  });

  it("ends a session on sign-out and after 12 hours; a dead token is a 401, not the public", async () => {
    const client = await t.signIn(ACCOUNTS.residents[4]);
    const token = client.token;
    await client.signOut();
    const stale = new ContentClient({ url: t.service.url, token });
    await expect(stale.me()).rejects.toMatchObject({ status: 401, code: "unauthorized" });
    const later = await t.signIn(ACCOUNTS.residents[4]);
    t.advance(12 * 3_600_000 + 1_000);
    await expect(later.me()).rejects.toEqual(
      new ContentServiceError(401, "unauthorized", "The session is unknown or expired: sign in again"),
    );
    await expect(t.anonymous().me()).rejects.toMatchObject({
      status: 401,
      code: "unauthorized",
      message: "Sign in first",
    });
  });

  it("answers a malformed message or body with a 400", async () => {
    const post = (body: string) =>
      fetch(`${t.service.url}/auth/verify`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const notSiwe = await post(JSON.stringify({ message: "hello", signature: "0x00" }));
    expect([notSiwe.status, await notSiwe.json()]).toEqual([
      400,
      { error: "badRequest", message: "message is not an EIP-4361 message" },
    ]);
    const notJson = await post("{");
    expect([notJson.status, await notJson.json()]).toEqual([
      400,
      { error: "badRequest", message: "The body is not JSON" },
    ]);
  });
});
