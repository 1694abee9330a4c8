/**
 * Moderators hide a published text with a reason code and unhide it; every step, and each
 * author's withdrawal, goes in the moderation log.
 */
import { getAddress, type Hex } from "viem";
import type { ModerationLogEntry, TextRecord } from "../../../sdk/content/api";
import { isHideReason } from "../../../sdk/content/codes";
import type { Context } from "../context";
import { conflict, notFound } from "../http/errors";
import * as parse from "../http/parse";
import type { Texts } from "../texts/texts";
import { requireModerator, type Viewer } from "../texts/viewer";
import { iso } from "../texts/rows";

interface LogRow {
  id: number;
  commitment: Hex;
  action: ModerationLogEntry["action"];
  actor: string;
  reason: ModerationLogEntry["reason"];
  at: Date;
}

export const toLogEntry = (r: LogRow): ModerationLogEntry => ({
  id: r.id,
  commitment: r.commitment,
  action: r.action,
  actor: getAddress(r.actor),
  reason: r.reason,
  at: iso(r.at),
});

export const LOG_COLUMNS = "id::int AS id, commitment, action, actor, reason, at";

export class Moderation {
  constructor(
    private readonly ctx: Context,
    private readonly texts: Texts,
  ) {}

  async hide(commitment: Hex, body: unknown, viewer: Viewer): Promise<TextRecord> {
    const moderator = requireModerator(viewer);
    const reason = parse.oneOf(parse.object(body, "The request").reason, isHideReason, "reason");
    await this.change(commitment, "published", "hidden", reason, moderator, "hide");
    return (await this.texts.records([commitment], viewer))[0]!;
  }

  async unhide(commitment: Hex, viewer: Viewer): Promise<TextRecord> {
    const moderator = requireModerator(viewer);
    await this.change(commitment, "hidden", "published", null, moderator, "unhide");
    return (await this.texts.records([commitment], viewer))[0]!;
  }

  async log(viewer: Viewer): Promise<ModerationLogEntry[]> {
    requireModerator(viewer);
    const rows = await this.ctx.db.query<LogRow>(
      `SELECT ${LOG_COLUMNS} FROM moderation_log ORDER BY id DESC LIMIT 1000`,
    );
    return rows.map(toLogEntry);
  }

  private async change(
    commitment: Hex,
    from: "published" | "hidden",
    to: "published" | "hidden",
    reason: string | null,
    moderator: string,
    action: "hide" | "unhide",
  ): Promise<void> {
    await this.ctx.db.transaction(async (tx) => {
      const row = await this.texts.row(commitment, tx);
      if (!row || row.status === "pending") throw notFound(`No text ${commitment}`);
      if (row.status !== from) throw conflict(`The text is ${row.status}, not ${from}`);
      const now = this.ctx.now();
      await tx.query("UPDATE texts SET status = $2, hidden_reason = $3, status_changed_at = $4 WHERE commitment = $1", [
        commitment,
        to,
        reason,
        now,
      ]);
      await tx.query("INSERT INTO moderation_log (commitment, action, actor, reason, at) VALUES ($1, $2, $3, $4, $5)", [
        commitment,
        action,
        moderator,
        reason,
        now,
      ]);
    });
  }
}
