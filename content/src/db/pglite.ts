import fs from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { Database, Sql } from "./database";

const onTransaction = (tx: Transaction): Sql => ({
  query: async <T>(text: string, params?: readonly unknown[]) => (await tx.query<T>(text, params as unknown[])).rows,
  exec: async (text: string) => {
    await tx.exec(text);
  },
});

/**
 * PGlite: Postgres compiled to WebAssembly, in this process. One connection; PGlite queues
 * queries behind a running transaction, so a transaction sees no interleaved writes.
 * `dir` undefined keeps everything in memory (tests).
 */
export async function openPglite(dir?: string): Promise<Database> {
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  return {
    driver: "pglite",
    query: async <T>(text: string, params?: readonly unknown[]) => (await db.query<T>(text, params as unknown[])).rows,
    exec: async (text: string) => {
      await db.exec(text);
    },
    transaction: (work) => db.transaction((tx) => work(onTransaction(tx))),
    close: () => db.close(),
  };
}
