import fs from "node:fs";
import path from "node:path";
import type { Database } from "./database";

/** The migrations of each database, as numbered SQL files: `0001_texts.sql`, `0002_…`. */
export const MIGRATIONS_DIR = {
  content: path.join(__dirname, "migrations", "content"),
  keys: path.join(__dirname, "migrations", "keys"),
};

interface Migration {
  id: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => {
      const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new Error(`migrations: ${file} is not named NNNN_name.sql`);
      return { id: Number(match[1]), name: match[2], sql: fs.readFileSync(path.join(dir, file), "utf8") };
    });
  migrations.forEach((m, i) => {
    if (m.id !== i + 1) throw new Error(`migrations: expected number ${i + 1}, found ${m.id} (${m.name})`);
  });
  return migrations;
}

/**
 * Applies the migrations `db` has not had yet, in order, in one transaction: either all of them
 * or none. An advisory lock keeps two services starting at once from applying the same one twice.
 * Returns the names applied.
 */
export async function migrate(db: Database, dir: string): Promise<string[]> {
  const migrations = readMigrations(dir);
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(7261001)");
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const applied = new Set(
      (await tx.query<{ id: number }>("SELECT id::int AS id FROM schema_migrations")).map((r) => r.id),
    );
    const names: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [migration.id, migration.name]);
      names.push(`${String(migration.id).padStart(4, "0")}_${migration.name}`);
    }
    return names;
  });
}
