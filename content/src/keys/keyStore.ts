/**
 * The key store: each text's data key, in a database of its own (its own PGlite directory, or
 * its own PostgreSQL database by KEYS_DATABASE_URL). The content database holds only ciphertext;
 * erasing a text deletes its key here, after which no backup of the content database can
 * yield it.
 */
import type { Database } from "../db/database";

export class KeyStore {
  constructor(readonly db: Database) {}

  async put(commitment: string, key: Uint8Array, at: Date): Promise<void> {
    await this.db.query("INSERT INTO text_keys (commitment, data_key, created_at) VALUES ($1, $2, $3)", [
      commitment,
      key,
      at,
    ]);
  }

  /** The keys of those `commitments` that have one. */
  async get(commitments: readonly string[]): Promise<Map<string, Uint8Array>> {
    if (commitments.length === 0) return new Map();
    const rows = await this.db.query<{ commitment: string; data_key: Uint8Array }>(
      "SELECT commitment, data_key FROM text_keys WHERE commitment = ANY($1::text[])",
      [commitments],
    );
    return new Map(rows.map((r) => [r.commitment, r.data_key]));
  }

  /** Deletes the keys; a missing key is not an error (it is already gone). */
  async delete(commitments: readonly string[]): Promise<void> {
    if (commitments.length === 0) return;
    await this.db.query("DELETE FROM text_keys WHERE commitment = ANY($1::text[])", [commitments]);
  }
}
