/**
 * Erasure (GDPR Art. 17). An author files a request on stated grounds; an erasure officer, after
 * checking them, erases the text or refuses with a code. Erasing deletes the text's data key
 * from the key store first — from then on neither the database nor any backup of it yields the
 * text — then, in one transaction, the sealed text and salt, and appends the erasure log.
 */
import { getAddress, type Hex } from "viem";
import type { ErasureRequest, ErasureRequestStatus, TextRecord } from "../../../sdk/content/api";
import {
  isErasureGrounds,
  isErasureRefusal,
  type ErasureGrounds,
  type ErasureRefusal,
} from "../../../sdk/content/codes";
import type { Context } from "../context";
import { badRequest, conflict, forbidden, notFound } from "../http/errors";
import * as parse from "../http/parse";
import { iso } from "../texts/rows";
import type { Texts } from "../texts/texts";
import { requireErasureOfficer, requireSignedIn, type Viewer } from "../texts/viewer";
import { appendErasure } from "./log";

interface RequestRow {
  id: number;
  commitment: Hex;
  grounds: ErasureGrounds;
  requested_by: string;
  requested_at: Date;
  status: ErasureRequestStatus;
  decided_by: string | null;
  decided_at: Date | null;
  refusal: ErasureRefusal | null;
}

export const REQUEST_COLUMNS =
  "id::int AS id, commitment, grounds, requested_by, requested_at, status, decided_by, decided_at, refusal";

export const toRequest = (r: RequestRow): ErasureRequest => ({
  id: r.id,
  commitment: r.commitment,
  grounds: r.grounds,
  requestedBy: getAddress(r.requested_by),
  requestedAt: iso(r.requested_at),
  status: r.status,
  decidedBy: r.decided_by ? getAddress(r.decided_by) : null,
  decidedAt: r.decided_at ? iso(r.decided_at) : null,
  refusal: r.refusal,
});

export class Erasure {
  constructor(
    private readonly ctx: Context,
    private readonly texts: Texts,
  ) {}

  /** The author asks for their text to be erased. */
  async request(body: unknown, viewer: Viewer): Promise<ErasureRequest> {
    const author = requireSignedIn(viewer);
    const request = parse.object(body, "The request");
    const commitment = parse.bytes32(request.commitment, "commitment");
    const grounds = parse.oneOf(request.grounds, isErasureGrounds, "grounds");
    const row = await this.texts.row(commitment);
    if (!row || (row.status === "pending" && row.author !== author)) throw notFound(`No text ${commitment}`);
    if (row.author !== author) throw forbidden("Only its author asks for a text's erasure");
    if (row.status === "pending") throw conflict("A pending text is deleted unless confirmed: withdraw it instead");
    if (row.status === "erased") throw conflict("The text is already erased");
    try {
      const [created] = await this.ctx.db.query<RequestRow>(
        `INSERT INTO erasure_requests (commitment, grounds, requested_by, requested_at, status)
         VALUES ($1, $2, $3, $4, 'open') RETURNING ${REQUEST_COLUMNS}`,
        [commitment, grounds, author, this.ctx.now()],
      );
      return toRequest(created);
    } catch (error) {
      if ((error as { code?: string }).code === "23505") throw conflict("An erasure request for this text is open");
      throw error;
    }
  }

  async requests(status: string | undefined, viewer: Viewer): Promise<ErasureRequest[]> {
    requireErasureOfficer(viewer);
    if (status !== undefined && !["open", "erased", "refused"].includes(status))
      throw badRequest(`status ${status} is not open, erased or refused`);
    const rows = await this.ctx.db.query<RequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM erasure_requests WHERE $1::text IS NULL OR status = $1 ORDER BY id`,
      [status ?? null],
    );
    return rows.map(toRequest);
  }

  async refuse(id: number, body: unknown, viewer: Viewer): Promise<ErasureRequest> {
    const officer = requireErasureOfficer(viewer);
    const refusal = parse.oneOf(parse.object(body, "The request").refusal, isErasureRefusal, "refusal");
    const [updated] = await this.ctx.db.query<RequestRow>(
      `UPDATE erasure_requests SET status = 'refused', refusal = $2, decided_by = $3, decided_at = $4
       WHERE id = $1 AND status = 'open' RETURNING ${REQUEST_COLUMNS}`,
      [id, refusal, officer, this.ctx.now()],
    );
    if (!updated) throw notFound(`No open erasure request ${id}`);
    return toRequest(updated);
  }

  /** Erases `commitment` on `grounds` (answering request `requestId` if given). */
  async erase(commitment: Hex, body: unknown, viewer: Viewer): Promise<TextRecord> {
    const officer = requireErasureOfficer(viewer);
    const request = parse.object(body, "The request");
    const grounds = parse.oneOf(request.grounds, isErasureGrounds, "grounds");
    const requestId = request.requestId ?? null;
    if (requestId !== null && !Number.isSafeInteger(requestId)) throw badRequest("requestId must be a number");
    const row = await this.texts.row(commitment);
    if (!row) throw notFound(`No text ${commitment}`);
    if (row.status === "erased") throw conflict("The text is already erased");
    if (requestId !== null) {
      const [open] = await this.ctx.db.query(
        "SELECT id FROM erasure_requests WHERE id = $1 AND commitment = $2 AND status = 'open'",
        [requestId, commitment],
      );
      if (!open) throw notFound(`No open erasure request ${requestId} for this text`);
    }
    // The key first: once it is gone, the text is unreadable everywhere, whatever happens next.
    await this.ctx.keys.delete([commitment]);
    const now = this.ctx.now();
    await this.ctx.db.transaction(async (tx) => {
      const erased = await tx.query(
        `UPDATE texts SET status = 'erased', sealed = NULL, hidden_reason = NULL, erased_at = $2, status_changed_at = $2
         WHERE commitment = $1 AND status <> 'erased' RETURNING commitment`,
        [commitment, now],
      );
      if (erased.length === 0) throw conflict("The text is already erased");
      await appendErasure(tx, { commitment, grounds, officer, at: now });
      await tx.query(
        `UPDATE erasure_requests SET status = 'erased', decided_by = $2, decided_at = $3
         WHERE commitment = $1 AND status = 'open'`,
        [commitment, officer, now],
      );
    });
    return (await this.texts.records([commitment], viewer))[0]!;
  }
}
