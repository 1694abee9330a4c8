/**
 * GDPR Art. 15: everything the service holds about the signed-in account — its texts in every
 * state (an erased text's place and dates, not its content, which is gone), its erasure
 * requests, the moderation log's entries about its texts or by it, and its sessions.
 */
import { getAddress, type Hex } from "viem";
import type { AccessExport, ExportedText } from "../../../sdk/content/api";
import type { Context } from "../context";
import { REQUEST_COLUMNS, toRequest } from "../erasure/erasure";
import { LOG_COLUMNS, toLogEntry } from "../moderation/moderation";
import { iso, TEXT_COLUMNS, type TextRow } from "../texts/rows";
import type { Texts } from "../texts/texts";
import { requireSignedIn, type Viewer } from "../texts/viewer";

export async function accessExport(ctx: Context, texts: Texts, viewer: Viewer): Promise<AccessExport> {
  const address = requireSignedIn(viewer);
  const rows = await ctx.db.query<TextRow>(
    `SELECT ${TEXT_COLUMNS} FROM texts WHERE author = $1 ORDER BY created_at, commitment`,
    [address],
  );
  const opened = await texts.opener(rows);
  const commitments: Hex[] = rows.map((r) => r.commitment);
  const requests = await ctx.db.query<Parameters<typeof toRequest>[0]>(
    `SELECT ${REQUEST_COLUMNS} FROM erasure_requests WHERE requested_by = $1 ORDER BY id`,
    [address],
  );
  const moderation = await ctx.db.query<Parameters<typeof toLogEntry>[0]>(
    `SELECT ${LOG_COLUMNS} FROM moderation_log WHERE commitment = ANY($1::text[]) OR actor = $2 ORDER BY id`,
    [commitments, address],
  );
  const sessions = await ctx.db.query<{ created_at: Date; expires_at: Date }>(
    "SELECT created_at, expires_at FROM sessions WHERE address = $1 ORDER BY created_at",
    [address],
  );
  return {
    address: getAddress(address),
    exportedAt: iso(ctx.now()),
    texts: rows.map((row): ExportedText => {
      const base: ExportedText = {
        commitment: row.commitment,
        kind: row.kind,
        chainId: Number(row.chain_id),
        contract: row.contract,
        objectId: row.object_id,
        version: row.version,
        language: row.language,
        status: row.status,
        createdAt: iso(row.created_at),
        publishedAt: row.published_at ? iso(row.published_at) : null,
        statusChangedAt: iso(row.status_changed_at),
        hiddenReason: row.hidden_reason,
        txHash: row.tx_hash,
      };
      if (row.status === "erased") return base;
      const { salt, fields } = opened(row);
      return { ...base, salt, fields };
    }),
    erasureRequests: requests.map(toRequest),
    moderation: moderation.map(toLogEntry),
    sessions: sessions.map((s) => ({ createdAt: iso(s.created_at), expiresAt: iso(s.expires_at) })),
  };
}
