import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };
/** The handle inside db.transaction(): queries that must share a transaction accept either. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/**
 * What a query runs on: the connection, or the transaction of the command that called it. A
 * query that needs its own transaction opens it with `.transaction()` on this handle, which
 * becomes a savepoint inside a command's transaction.
 */
export type DatabaseOrTransaction = Database | Transaction;

// Resolved from the working directory: the production server bundles this file elsewhere.
export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Opens the SQLite file (creating its folder), sets the pragmas every connection needs and
 * applies the committed migrations, so an empty file becomes a ready database.
 */
export function openDatabase(file: string): Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Readers and the one writer wait for each other instead of failing with SQLITE_BUSY.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return db;
}
