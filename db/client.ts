import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import pLimit, { type LimitFunction } from "p-limit";
import { activeDialect, isPostgresUrl } from "./dialect";
import { openPostgres, type PostgresDatabase } from "./postgres";
import * as schema from "./schema-sqlite";

type SqliteDatabase = BetterSQLite3Database<typeof schema>;
type SqliteTransaction = Parameters<Parameters<SqliteDatabase["transaction"]>[0]>[0];

// The query builder's surface that both dialects share and that a query may use: awaiting a
// builder returns its rows on SQLite and PostgreSQL alike. `.get()`, `.all()` and `.run()` are
// SQLite's alone, and raw SQL goes through db/sql.ts. See docs/decisions/0015.
type ReadMethods = "select" | "selectDistinct" | "$with" | "with";
type WriteMethods = "insert" | "update" | "delete";

/**
 * What a query reads through: the connection, or the transaction of the command that called it.
 * It cannot write: every write runs in `writeTransaction` (db/transaction.ts), which hands its
 * work a `Transaction`.
 */
export type Database = Pick<SqliteDatabase, ReadMethods>;
/** The handle inside `writeTransaction`: reads see the transaction's own writes. */
export type Transaction = Pick<SqliteTransaction, ReadMethods | WriteMethods>;

// Resolved from the working directory: the production server bundles this file elsewhere.
export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** What only db/ needs to know about an open database: its connections and how writes queue. */
export type Connections =
  | {
      dialect: "sqlite";
      file: string;
      /** Every read outside a transaction; in WAL mode it sees the last committed state. */
      reader: BetterSqlite3.Database;
      /** Only write transactions use it, one at a time (db/transaction.ts). */
      writer: BetterSqlite3.Database;
      writerDatabase: SqliteDatabase;
      /** Hands the writer to one transaction at a time. */
      queue: LimitFunction;
    }
  | {
      dialect: "postgres";
      url: string;
      /** A pool: each read takes a connection; a transaction keeps one until it ends. */
      database: PostgresDatabase;
      queue: null;
    };

// Kept on the handle under a global symbol, not in a module's WeakMap: Next bundles this module
// into several chunks, each with its own module state, that share one handle (server/database.ts).
const CONNECTIONS = Symbol.for("ban-tin.database.connections");
const TRANSACTION = Symbol.for("ban-tin.database.transaction");
type Marked = { [CONNECTIONS]?: Connections; [TRANSACTION]?: true };

/** Marks a handle as a transaction's: a writeTransaction called with it joins it. */
export function markTransaction(tx: Transaction): Transaction {
  (tx as Marked)[TRANSACTION] = true;
  return tx;
}

export const isTransaction = (handle: Database | Transaction): boolean => (handle as Marked)[TRANSACTION] === true;

function register(db: Database, opened: Connections): Database {
  (db as Marked)[CONNECTIONS] = opened;
  return db;
}

/** The connections behind a handle from `openDatabase`; only db/ code asks. */
export function connections(db: Database): Connections {
  const found = (db as Marked)[CONNECTIONS];
  if (!found) throw new Error("not a handle from openDatabase (a transaction's handle has no connections of its own)");
  return found;
}

/** The SQLite connections behind a handle, for what only SQLite has (a backup, a PRAGMA, a TEMP trigger). */
export function sqliteConnections(db: Database): Extract<Connections, { dialect: "sqlite" }> {
  const opened = connections(db);
  if (opened.dialect !== "sqlite") throw new Error("this needs SQLite, and the database is PostgreSQL");
  return opened;
}

/** Statements kept per connection: every query the app has is a few hundred at most. */
const KEPT_STATEMENTS = 500;

/**
 * drizzle asks the connection to prepare every query again on each call (drizzle-orm#5405, open):
 * SQLite compiles the SQL each time, and the native statements pile up until the GC finds them.
 * The connection keeps its statements by their SQL text instead, the least recently used going
 * first. A kept statement is handed out again only when no iteration holds it, and with its output
 * mode reset, since drizzle turns raw mode on for the queries that want arrays.
 */
function keepPreparedStatements(sqlite: BetterSqlite3.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, BetterSqlite3.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = prepare(source);
    if (!statement) {
      kept.set(source, fresh);
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    return fresh;
  }) as BetterSqlite3.Database["prepare"];
}

function openSqlite(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file);
  keepPreparedStatements(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Another process's writer and ours wait for each other instead of failing with SQLITE_BUSY.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}

/**
 * Opens the database at `location`: a PostgreSQL URL (postgres://…), or a SQLite file.
 *
 * A SQLite file is created with its folder if missing and migrated, so an empty file becomes a
 * ready database. It gets two connections: one for reads, one for the write transactions. A
 * transaction's work awaits between its statements, so on one shared connection a reader's query
 * could run inside it and see what it has not committed (or might roll back).
 *
 * PostgreSQL is migrated as a step of its own (`npm run db:migrate`, db/postgres.ts): several
 * instances share it, and the server refuses an unmigrated one before it starts.
 */
export function openDatabase(location: string): Database {
  const dialect = isPostgresUrl(location) ? "postgres" : "sqlite";
  if (dialect !== activeDialect()) {
    throw new Error(`this process serves ${activeDialect()} (DATABASE_URL decides, see db/dialect.ts): it cannot open ${dialect} at ${location}`);
  }
  if (dialect === "postgres") {
    const database = openPostgres(location);
    const db = database as unknown as Database;
    return register(db, { dialect, url: location, database, queue: null });
  }
  const file = location;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const writer = openSqlite(file);
  const writerDatabase = drizzle(writer, { schema });
  migrate(writerDatabase, { migrationsFolder });
  const reader = openSqlite(file);
  const db: Database = drizzle(reader, { schema });
  markTransaction(writerDatabase);
  return register(db, { dialect: "sqlite", file, reader, writer, writerDatabase, queue: pLimit(1) });
}

/**
 * A larger page cache for the write connection (SQLite; nothing on PostgreSQL), for a process that
 * writes much at once: an import of an old portal, whose 100,000 articles and their search index
 * outgrow SQLite's default 2 MB, so that pages are read again in every transaction.
 */
export function enlargeWriteCache(db: Database, megabytes: number): void {
  const opened = connections(db);
  if (opened.dialect === "sqlite") opened.writer.pragma(`cache_size = -${Math.round(megabytes * 1024)}`);
}

/**
 * How much of the file SQLite reads through a memory map rather than read(): SQLite's own ceiling
 * (2 GB less 64 KB, SQLITE_MAX_MMAP_SIZE), so a site's whole file in practice.
 */
const SQLITE_MMAP_BYTES = 0x7fff0000;

/**
 * The server's connections read the file through a memory map (SQLite; nothing on PostgreSQL):
 * pages the kernel already holds are read in place instead of copied into each connection's 2 MB
 * page cache, and the year-end report at 100,000 articles spends 25–40% less in SQLite (decision
 * 23). The map is read-only (SQLite writes through write()). Its pages are the kernel's file cache,
 * shared and reclaimable, but the process's RSS counts those it touched: a batch whose memory is
 * measured, such as an import, leaves the map off, and gained nothing from it (100,000 articles: 331 s
 * with it on 2026-12-02, 322 s without the day before).
 */
export function mapDatabaseFile(db: Database): void {
  const opened = connections(db);
  if (opened.dialect !== "sqlite") return;
  for (const connection of [opened.reader, opened.writer]) connection.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
}

/** Closes its connections; on SQLite, the last one to close folds the WAL back into the file. */
export async function closeDatabase(db: Database): Promise<void> {
  const opened = connections(db);
  if (opened.dialect === "postgres") return opened.database.$client.end();
  opened.reader.close();
  opened.writer.close();
}
