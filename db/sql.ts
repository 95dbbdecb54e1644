// Raw SQL, where the query builder cannot say it (full-text search, a statement that works on a
// whole table): how each dialect runs it and hands back rows lives here.
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Database, Transaction } from "./client";
import { activeDialect } from "./dialect";

type SqliteRunner = Pick<BetterSQLite3Database, "all" | "run">;
type PostgresRunner = Pick<NodePgDatabase, "execute">;

/** The rows a raw `select` returns, with the column names it gives them. */
export async function rowsOf<Row>(db: Database | Transaction, query: SQL): Promise<Row[]> {
  if (activeDialect() === "postgres") return (await (db as unknown as PostgresRunner).execute(query)).rows as Row[];
  return (db as unknown as SqliteRunner).all<Row>(query);
}

/**
 * Runs a raw statement that returns nothing the caller needs, inside a write transaction. On
 * PostgreSQL the statement is on its way when this returns: a bulk write can prepare its next
 * batch while the database runs this one (see `startNow`).
 */
export function execute(tx: Transaction, query: SQL): Promise<void> {
  if (activeDialect() === "postgres") return startNow((tx as unknown as PostgresRunner).execute(query)).then(() => undefined);
  try {
    (tx as unknown as SqliteRunner).run(query);
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Sends a query builder's statement now and returns its result's promise. `await` calls a
 * builder's `then` only in a later microtask, after the synchronous work that follows it, so a
 * bulk write that prepares batch n+1 in JS while the database runs batch n must start batch n
 * with this. Better-sqlite3 runs the statement here and then, synchronously.
 */
export function startNow<T>(query: PromiseLike<T>): Promise<T> {
  return Promise.resolve(query.then((value) => value));
}

/** The one row an `insert … returning()` (or a lookup that cannot miss) gave back. */
export function onlyRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  if (row === undefined) throw new Error("expected one row, got none");
  return row;
}

/** `text` with LIKE's own characters (% _ \\) made plain, for a pattern read by `like`. */
export const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/**
 * `value` matches the LIKE `pattern`, whose literal parts went through escapeLike. LIKE with an
 * explicit escape character reads the same on both dialects (SQLite has no default escape;
 * PostgreSQL's is the backslash).
 */
export function like(value: SQLWrapper, pattern: string): SQL {
  return sql`${value} like ${pattern} escape '\\'`;
}

/** `column` holds `text` somewhere, as typed. */
export function containsText(column: SQLWrapper, text: string): SQL {
  return like(column, `%${escapeLike(text)}%`);
}

/** The same, ignoring the case of letters (SQLite's lower() folds ASCII only, enough for a title filter). */
export function containsTextIgnoringCase(column: SQLWrapper, text: string): SQL {
  return like(sql`lower(${column})`, `%${escapeLike(text.toLowerCase())}%`);
}
