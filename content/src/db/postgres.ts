import pg from "pg";
import type { Database, Sql } from "./database";

type Queryable = Pick<pg.PoolClient, "query">;

const on = (client: Queryable): Sql => ({
  query: async <T>(text: string, params?: readonly unknown[]) =>
    (await client.query(text, params as unknown[])).rows as T[],
  exec: async (text: string) => {
    await client.query(text);
  },
});

/** A PostgreSQL server through a small pool of `pg` connections. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection the server closes (a restart, an administrator) must not end the
  // service: the pool drops it and opens a new one on the next request.
  pool.on("error", (error) => console.warn(`content database: idle connection closed (${error.message})`));
  // Fail at start-up, with the server's own message, rather than on the first request.
  await pool.query("SELECT 1");
  return {
    driver: "postgres",
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
