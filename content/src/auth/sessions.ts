/**
 * Sessions after a sign-in: a random 32-byte bearer token, of which the service keeps only the
 * SHA-256 hash, so a copy of the database lets nobody act as anyone.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Address } from "viem";
import type { Context } from "../context";

const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export async function createSession(ctx: Context, address: Address): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("hex");
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.options.sessionHours * 3_600_000);
  await ctx.db.query("INSERT INTO sessions (token_hash, address, created_at, expires_at) VALUES ($1, $2, $3, $4)", [
    hashOf(token),
    address.toLowerCase(),
    now,
    expiresAt,
  ]);
  return { token, expiresAt };
}

/** The account and expiry of a live session, or null. */
export async function sessionOf(ctx: Context, token: string): Promise<{ address: Address; expiresAt: Date } | null> {
  const [session] = await ctx.db.query<{ address: Address; expires_at: Date }>(
    "SELECT address, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2",
    [hashOf(token), ctx.now()],
  );
  return session ? { address: session.address, expiresAt: session.expires_at } : null;
}

export async function endSession(ctx: Context, token: string): Promise<void> {
  await ctx.db.query("DELETE FROM sessions WHERE token_hash = $1", [hashOf(token)]);
}
