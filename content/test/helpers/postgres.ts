/**
 * A throwaway PostgreSQL cluster for the tests and the benchmark: initdb and pg_ctl from
 * Debian's `postgresql` package, in a temporary directory, on a port of its own, run as the
 * `postgres` user when we are root (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PostgresCluster {
  /** The superuser's URL to the `postgres` database. */
  url: string;
  /** A URL to database `name` on the cluster. */
  urlOf(name: string): string;
  stop(): void;
}

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      "PostgreSQL's server binaries are missing (no /usr/lib/postgresql/*/bin/initdb): install Debian's `postgresql` package (apt-get install postgresql)",
    );
  return path.join(root, versions[0], "bin");
}

export function startPostgres(port: number): PostgresCluster {
  const bin = binaries();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-content-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    fs.chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? "runuser" : path.join(bin, tool);
    const result = spawnSync(command, asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args, {
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`${tool} failed:\n${result.stdout}${result.stderr}`);
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  // Durability off: a test cluster is thrown away, and fsync on every commit only slows it.
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", settings, "start"]);
  const urlOf = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  return {
    url: urlOf("postgres"),
    urlOf,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The directory of PostgreSQL's client tools (pg_dump, psql). */
export const postgresBin = binaries;
