/**
 * Writing, confirming and reading texts. A text is written pending (sealed under a new data
 * key), its commitment goes on chain, and it is published only when a successful transaction
 * shows the commitment in a log of one of the fund's contracts.
 */
import type { Address, Hex } from "viem";
import type { TextContents, TextRecord, WriteTextResponse } from "../../../sdk/content/api";
import { random32, textCommitment } from "../../../sdk/content/commitment";
import { TEXT_KINDS, type TextKind } from "../../../sdk/content/kinds";
import { checkedText, textProblems } from "../../../sdk/content/validate";
import { logsCarrying } from "../chain/commitmentLogs";
import { payeeKindIn } from "../chain/payeeKind";
import type { Context } from "../context";
import type { Sql } from "../db/database";
import { ApiError, conflict, forbidden, notFound } from "../http/errors";
import * as parse from "../http/parse";
import { newDataKey, open, seal } from "../keys/seal";
import { contentsOf, TEXT_COLUMNS, type TextRow } from "./rows";
import { requireSignedIn, type Viewer } from "./viewer";
import { recordFor } from "./visibility";

export class Texts {
  constructor(private readonly ctx: Context) {}

  /** Stores `body` as a pending text of `author` and returns what to put on chain. */
  async write(author: Address, body: unknown): Promise<WriteTextResponse> {
    const request = parse.object(body, "The request");
    const kind = request.kind;
    if (typeof kind !== "string" || !Object.hasOwn(TEXT_KINDS, kind))
      throw new ApiError(400, "badRequest", `kind ${JSON.stringify(kind)} is not a kind of text`);
    const contract = parse.address(request.contract, "contract");
    const language = parse.language(request.language);
    const rawFields = parse.object(request.fields, "fields");
    const problems = textProblems(kind as TextKind, rawFields);
    if (problems.length > 0) throw new ApiError(422, "invalidText", `Not a valid ${kind} text`, problems);
    const fields = checkedText(kind as TextKind, rawFields);
    const { objectId, version } =
      request.objectId === undefined
        ? { objectId: random32(), version: 1 }
        : await this.nextVersion(parse.bytes32(request.objectId, "objectId"), author, kind, contract);
    const salt = random32();
    const place = { chainId: this.ctx.options.chainId, contract, kind: kind as TextKind, objectId, version };
    const commitment = textCommitment({ ...place, salt, fields });
    const key = newDataKey();
    const now = this.ctx.now();
    await this.ctx.keys.put(commitment, key, now);
    try {
      await this.ctx.db.query(
        `INSERT INTO texts (commitment, object_id, version, kind, chain_id, contract, author, language, status, sealed,
           created_at, status_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $10)`,
        [
          commitment,
          objectId,
          version,
          kind,
          place.chainId,
          contract,
          author,
          language,
          seal(key, commitment, { fields, salt }),
          now,
        ],
      );
    } catch (error) {
      await this.ctx.keys.delete([commitment]);
      if (isUniqueViolation(error)) throw conflict(`Version ${version} of this text was written at the same time`);
      throw error;
    }
    return { commitment, objectId, version, salt };
  }

  /** The next version of an object `author` wrote before, of the same kind and contract. */
  private async nextVersion(objectId: Hex, author: Address, kind: string, contract: Address) {
    const [latest] = await this.ctx.db.query<{ author: Address; kind: string; contract: Address; version: number }>(
      `SELECT author, kind, contract, version::int AS version FROM texts WHERE object_id = $1
       ORDER BY version DESC LIMIT 1`,
      [objectId],
    );
    if (!latest) throw notFound(`No text object ${objectId}`);
    if (latest.author !== author) throw forbidden("Only a text's author writes new versions of it");
    if (latest.kind !== kind || latest.contract !== contract)
      throw conflict(`A new version keeps its object's kind (${latest.kind}) and contract (${latest.contract})`);
    return { objectId, version: latest.version + 1 };
  }

  /** Publishes the pending text `commitment` if transaction `txHash` put it on chain. */
  async confirm(commitment: Hex, body: unknown, viewer: Viewer): Promise<TextRecord> {
    const txHash = parse.bytes32(parse.object(body, "The request").txHash, "txHash");
    const row = await this.row(commitment);
    if (!row) throw notFound(`No text ${commitment}`);
    if (row.status === "published" && row.tx_hash === txHash) return (await this.records([commitment], viewer))[0]!;
    if (row.status !== "pending") throw conflict(`The text is ${row.status}, not pending`);
    const receipt = await this.ctx.chain.receipt(txHash);
    if (!receipt) throw new ApiError(409, "receiptNotFound", `The chain has no receipt for ${txHash} yet`);
    if (receipt.status !== "success") throw new ApiError(422, "transactionFailed", `Transaction ${txHash} failed`);
    const carrying = logsCarrying(receipt.logs, commitment);
    const fundLogs = [];
    for (const log of carrying)
      if (await this.ctx.chain.isFundContract(log.address, receipt.blockNumber)) fundLogs.push(log);
    if (fundLogs.length === 0)
      throw new ApiError(
        422,
        "commitmentNotInTransaction",
        carrying.length > 0
          ? `Transaction ${txHash} carries the commitment only in logs of contracts that are not the fund's`
          : `Transaction ${txHash} does not carry the commitment`,
      );
    const payeeKind = row.kind === "payeeIdentity" ? payeeKindIn(fundLogs) : null;
    const now = this.ctx.now();
    const updated = await this.ctx.db.query(
      `UPDATE texts SET status = 'published', published_at = $2, status_changed_at = $2, tx_hash = $3, payee_kind = $4
       WHERE commitment = $1 AND status = 'pending' RETURNING commitment`,
      [commitment, now, txHash, payeeKind],
    );
    if (updated.length === 0) throw conflict("The text changed while it was being confirmed");
    return (await this.records([commitment], viewer))[0]!;
  }

  /** The author takes a text back (pending, published or hidden). */
  async withdraw(commitment: Hex, viewer: Viewer): Promise<TextRecord> {
    const author = requireSignedIn(viewer);
    await this.ctx.db.transaction(async (tx) => {
      const row = await this.row(commitment, tx);
      if (!row || (row.status === "pending" && row.author !== author)) throw notFound(`No text ${commitment}`);
      if (row.author !== author) throw forbidden("Only its author withdraws a text");
      if (!["pending", "published", "hidden"].includes(row.status)) throw conflict(`The text is ${row.status}`);
      const now = this.ctx.now();
      await tx.query(
        `UPDATE texts SET status = 'withdrawn', hidden_reason = NULL, status_changed_at = $2 WHERE commitment = $1`,
        [commitment, now],
      );
      await tx.query(
        `INSERT INTO moderation_log (commitment, action, actor, reason, at) VALUES ($1, 'withdraw', $2, NULL, $3)`,
        [commitment, author, now],
      );
    });
    return (await this.records([commitment], viewer))[0]!;
  }

  /** The records of `commitments` for `viewer`, in order; null where there is nothing to tell. */
  async records(commitments: readonly Hex[], viewer: Viewer): Promise<(TextRecord | null)[]> {
    const rows = await this.rows(commitments);
    const opened = await this.opener(rows);
    const byCommitment = new Map(rows.map((r) => [r.commitment, r]));
    const rules = { publishCompanyIdentities: this.ctx.options.publishCompanyIdentities };
    return Promise.all(
      commitments.map((c) => {
        const row = byCommitment.get(c);
        return row ? recordFor(row, () => opened(row), viewer, rules) : null;
      }),
    );
  }

  async row(commitment: Hex, sql: Sql = this.ctx.db): Promise<TextRow | undefined> {
    return (await sql.query<TextRow>(`SELECT ${TEXT_COLUMNS} FROM texts WHERE commitment = $1`, [commitment]))[0];
  }

  async rows(commitments: readonly Hex[]): Promise<TextRow[]> {
    return this.ctx.db.query<TextRow>(`SELECT ${TEXT_COLUMNS} FROM texts WHERE commitment = ANY($1::text[])`, [
      commitments,
    ]);
  }

  /** Opens rows' seals on demand, with their keys fetched in one query. */
  async opener(rows: readonly TextRow[]): Promise<(row: TextRow) => TextContents> {
    const keys = await this.ctx.keys.get(rows.filter((r) => r.sealed).map((r) => r.commitment));
    return (row) => {
      const key = keys.get(row.commitment);
      if (!row.sealed || !key) throw new Error(`The key of text ${row.commitment} is missing`);
      return contentsOf(row, open(key, row.commitment, row.sealed));
    };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "23505";
}
