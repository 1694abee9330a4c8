/** A text's row as the service reads it, and the SQL that selects it. */
import type { Address, Hex } from "viem";
import type { TextContents, TextStatus } from "../../../sdk/content/api";
import type { HideReason } from "../../../sdk/content/codes";
import type { TextKind } from "../../../sdk/content/kinds";
import type { SealedText } from "../keys/seal";

export interface TextRow {
  commitment: Hex;
  object_id: Hex;
  version: number;
  kind: TextKind;
  chain_id: string;
  contract: Address;
  author: Address;
  language: string;
  status: TextStatus;
  sealed: Uint8Array | null;
  payee_kind: number | null;
  tx_hash: Hex | null;
  hidden_reason: HideReason | null;
  created_at: Date;
  published_at: Date | null;
  status_changed_at: Date;
  erased_at: Date | null;
}

/** The columns of TextRow, cast so PGlite and pg return the same types. */
export const TEXT_COLUMNS = `commitment, object_id, version::int AS version, kind, chain_id::text AS chain_id, contract,
  author, language, status, sealed, payee_kind::int AS payee_kind, tx_hash, hidden_reason, created_at, published_at,
  status_changed_at, erased_at`;

/** The contents of a row, given its opened seal: everything needed to recompute its commitment. */
export function contentsOf(row: TextRow, opened: SealedText): TextContents {
  return {
    kind: row.kind,
    chainId: Number(row.chain_id),
    contract: row.contract,
    objectId: row.object_id,
    version: row.version,
    salt: opened.salt,
    fields: opened.fields,
    language: row.language,
  };
}

export const iso = (date: Date): string => new Date(date).toISOString();
