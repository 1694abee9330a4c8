/**
 * The databases the content tests run against: PGlite and PostgreSQL, or the one named by
 * CONTENT_DATABASES. Each suite gets fresh ones: PGlite in a temporary directory, or two new
 * databases on the test cluster (content and keys, as in production: never the same one).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "../../src/db/database";
import { postgresBin } from "./postgres";

export type DatabaseKind = "pglite" | "postgres";

export function databasesUnderTest(): DatabaseKind[] {
  const asked = (process.env.CONTENT_DATABASES ?? "pglite,postgres").split(",").map((s) => s.trim());
  const kinds = asked.filter((k): k is DatabaseKind => k === "pglite" || k === "postgres");
  if (kinds.length === 0)
    throw new Error(`CONTENT_DATABASES=${process.env.CONTENT_DATABASES}: use pglite, postgres or both`);
  return kinds;
}

export interface TestDatabases {
  content: DatabaseTarget;
  keys: DatabaseTarget;
  /** Copies the content database as a backup would, and returns where the copy is. */
  backup(): DatabaseTarget;
  drop(): Promise<void>;
}

/** Fresh content and key databases of `kind`; `adminUrl` is the test cluster's for PostgreSQL. */
export async function freshDatabases(kind: DatabaseKind, adminUrl: string | null): Promise<TestDatabases> {
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-content-pglite-"));
    const content = path.join(dir, "content");
    return {
      content: { dir: content },
      keys: { dir: path.join(dir, "keys") },
      // A file-level copy: take it only while the service is stopped (a cold backup).
      backup() {
        const copy = path.join(dir, `backup-${randomBytes(4).toString("hex")}`);
        fs.cpSync(content, copy, { recursive: true });
        return { dir: copy };
      },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!adminUrl) throw new Error("No PostgreSQL cluster: the global setup started none");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const suffix = randomBytes(4).toString("hex");
  const names = [`content_${suffix}`, `keys_${suffix}`];
  for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
  const urlOf = (name: string) => adminUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    content: { url: urlOf(names[0]) },
    keys: { url: urlOf(names[1]) },
    // pg_dump while the service runs (a hot backup), restored into a database of its own.
    backup() {
      const copy = `backup_${randomBytes(4).toString("hex")}`;
      names.push(copy);
      const bin = postgresBin();
      const dump = spawnSync(path.join(bin, "pg_dump"), ["--no-owner", urlOf(names[0])], { encoding: "utf8" });
      if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr}`);
      const create = spawnSync(path.join(bin, "psql"), ["-q", adminUrl, "-c", `CREATE DATABASE ${copy}`], {
        encoding: "utf8",
      });
      if (create.status !== 0) throw new Error(`creating ${copy} failed: ${create.stderr}`);
      const restore = spawnSync(path.join(bin, "psql"), ["-q", "-v", "ON_ERROR_STOP=1", urlOf(copy)], {
        input: dump.stdout,
        encoding: "utf8",
      });
      if (restore.status !== 0) throw new Error(`restoring the backup failed: ${restore.stderr}`);
      return { url: urlOf(copy) };
    },
    async drop() {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
