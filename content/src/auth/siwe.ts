/**
 * Sign-in with Ethereum (EIP-4361). The service hands out single-use nonces that expire; a
 * signed message is accepted when its domain is one of the allowed dApps', its chain is the
 * fund's, its nonce is live (and is used up by the attempt, whatever its outcome), and viem
 * verifies the signature on the fund's chain — an EOA's, a deployed smart account's (ERC-1271)
 * or a not-yet-deployed one's (ERC-6492).
 */
import { getAddress, isHex, type Address } from "viem";
import { generateSiweNonce, parseSiweMessage, verifySiweMessage } from "viem/siwe";
import type { Context } from "../context";
import { ApiError, badRequest } from "../http/errors";
import * as parse from "../http/parse";

export async function newNonce(ctx: Context): Promise<{ nonce: string; expiresAt: Date }> {
  const nonce = generateSiweNonce();
  const expiresAt = new Date(ctx.now().getTime() + ctx.options.nonceMinutes * 60_000);
  await ctx.db.query("INSERT INTO siwe_nonces (nonce, expires_at) VALUES ($1, $2)", [nonce, expiresAt]);
  return { nonce, expiresAt };
}

/** The domains a sign-in message may name: the allowed dApps' hosts. */
export function siweDomains(origins: readonly string[]): Set<string> {
  return new Set(origins.map((origin) => new URL(origin).host));
}

/** The account that signed `body`'s message, or a refusal saying why not. */
export async function verifySignIn(ctx: Context, body: unknown): Promise<Address> {
  const { message, signature } = parse.object(body, "The request");
  if (typeof message !== "string" || message.length > 4_000) throw badRequest("message must be an EIP-4361 message");
  if (typeof signature !== "string" || !isHex(signature)) throw badRequest("signature must be 0x-hex");
  const fields = parseSiweMessage(message);
  if (!fields.address || !fields.nonce || !fields.domain || fields.chainId === undefined)
    throw badRequest("message is not an EIP-4361 message");
  if (!siweDomains(ctx.options.origins).has(fields.domain))
    throw new ApiError(401, "signatureInvalid", `Sign-in for ${fields.domain} is not accepted here`);
  if (fields.chainId !== ctx.options.chainId)
    throw new ApiError(
      401,
      "signatureInvalid",
      `The message is for chain ${fields.chainId}, the fund is on ${ctx.options.chainId}`,
    );
  const now = ctx.now();
  const used = await ctx.db.query("DELETE FROM siwe_nonces WHERE nonce = $1 AND expires_at > $2 RETURNING nonce", [
    fields.nonce,
    now,
  ]);
  if (used.length === 0)
    throw new ApiError(401, "nonceInvalid", "The nonce is unknown, used or expired: ask for a new one");
  const valid = await verifySiweMessage(ctx.chain.client, {
    message,
    signature,
    domain: fields.domain,
    nonce: fields.nonce,
    time: now,
  }).catch(() => false);
  if (!valid) throw new ApiError(401, "signatureInvalid", "The signature does not match the message and account");
  return getAddress(fields.address);
}
