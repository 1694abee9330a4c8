/**
 * Retention: pending texts nobody confirmed within the retention period are deleted with their
 * keys (they never reached the chain, so nothing refers to them); expired nonces and sessions go
 * too. Runs at start-up and on an interval.
 */
import type { Context } from "./context";

export interface Purged {
  pendingTexts: number;
  nonces: number;
  sessions: number;
}

export async function purgeExpired(ctx: Context, now: Date = ctx.now()): Promise<Purged> {
  const cutoff = new Date(now.getTime() - ctx.options.pendingRetentionHours * 3_600_000);
  const stale = await ctx.db.query<{ commitment: string }>(
    "SELECT commitment FROM texts WHERE status = 'pending' AND created_at < $1",
    [cutoff],
  );
  const commitments = stale.map((r) => r.commitment);
  // Keys first: a text whose key is gone is unreadable, so a crash between the two steps
  // leaves nothing readable behind (the next run deletes the row).
  await ctx.keys.delete(commitments);
  if (commitments.length > 0)
    await ctx.db.query("DELETE FROM texts WHERE status = 'pending' AND commitment = ANY($1::text[])", [commitments]);
  const nonces = await ctx.db.query("DELETE FROM siwe_nonces WHERE expires_at <= $1 RETURNING nonce", [now]);
  const sessions = await ctx.db.query("DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash", [now]);
  return { pendingTexts: commitments.length, nonces: nonces.length, sessions: sessions.length };
}
