/**
 * The erasure log in the database: appended inside the erasing transaction (the table lock keeps
 * sequence numbers gap-free), read in order, and verified with sdk/content/erasureLog.ts.
 */
import { getAddress, type Address, type Hex } from "viem";
import type { ErasureGrounds } from "../../../sdk/content/codes";
import {
  ERASURE_LOG_GENESIS,
  erasureEntryHash,
  erasureLogProblems,
  type ErasureLogEntry,
} from "../../../sdk/content/erasureLog";
import type { Sql } from "../db/database";

interface LogRow {
  seq: number;
  commitment: Hex;
  grounds: ErasureGrounds;
  officer: string;
  erased_at: Date;
  prev_hash: Hex;
  entry_hash: Hex;
}

/** Appends the erasure of `commitment`; call inside the erasing transaction. */
export async function appendErasure(
  tx: Sql,
  fact: { commitment: Hex; grounds: ErasureGrounds; officer: Address; at: Date },
): Promise<ErasureLogEntry> {
  await tx.exec("LOCK TABLE erasure_log IN EXCLUSIVE MODE");
  const [last] = await tx.query<{ seq: number; entry_hash: Hex }>(
    "SELECT seq::int AS seq, entry_hash FROM erasure_log ORDER BY seq DESC LIMIT 1",
  );
  // Whole seconds: the entry hash carries the time as a uint64 of seconds.
  const erasedAt = new Date(Math.floor(fact.at.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
  const facts = {
    seq: (last?.seq ?? 0) + 1,
    commitment: fact.commitment,
    grounds: fact.grounds,
    officer: getAddress(fact.officer),
    erasedAt,
    prevHash: last?.entry_hash ?? ERASURE_LOG_GENESIS,
  };
  const entry = { ...facts, entryHash: erasureEntryHash(facts) };
  await tx.query(
    `INSERT INTO erasure_log (seq, commitment, grounds, officer, erased_at, prev_hash, entry_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.seq, entry.commitment, entry.grounds, entry.officer, entry.erasedAt, entry.prevHash, entry.entryHash],
  );
  return entry;
}

export async function readErasureLog(sql: Sql): Promise<ErasureLogEntry[]> {
  const rows = await sql.query<LogRow>(
    `SELECT seq::int AS seq, commitment, grounds, officer, erased_at, prev_hash, entry_hash FROM erasure_log ORDER BY seq`,
  );
  return rows.map((r) => ({
    seq: r.seq,
    commitment: r.commitment,
    grounds: r.grounds,
    officer: getAddress(r.officer),
    erasedAt: new Date(r.erased_at).toISOString().replace(".000Z", "Z"),
    prevHash: r.prev_hash,
    entryHash: r.entry_hash,
  }));
}

/** What is wrong with the stored log (`[]` when it verifies). */
export async function verifyErasureLog(sql: Sql): Promise<string[]> {
  return erasureLogProblems(await readErasureLog(sql));
}
