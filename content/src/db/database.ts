/**
 * The one database interface the service uses, over PGlite (embedded Postgres, the default) and
 * a PostgreSQL server (node `pg`, by URL). Both run the same SQL: Postgres syntax, `$1`
 * parameters. Rows come back as plain objects; callers cast what they select (`::int`, `::text`)
 * so both drivers return the same JavaScript types.
 */
export type Row = Record<string, unknown>;

/** Queries inside or outside a transaction. */
export interface Sql {
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs statements without parameters, several at once (migrations). */
  exec(text: string): Promise<void>;
}

export interface Database extends Sql {
  readonly driver: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where a database lives: a PostgreSQL URL, a PGlite data directory, or PGlite in memory. */
export type DatabaseTarget = { url: string } | { dir: string } | { memory: true };

export function describeTarget(target: DatabaseTarget): string {
  if ("url" in target) return `PostgreSQL at ${new URL(target.url).host}${new URL(target.url).pathname}`;
  if ("dir" in target) return `PGlite in ${target.dir}`;
  return "PGlite in memory";
}

/** Opens the database at `target` (the driver is loaded only when used). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ("url" in target) {
    const { openPostgres } = await import("./postgres");
    return openPostgres(target.url);
  }
  const { openPglite } = await import("./pglite");
  return openPglite("dir" in target ? target.dir : undefined);
}
