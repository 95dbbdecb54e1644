import fs from "node:fs";
import path from "node:path";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { describeLocation, isPostgresUrl } from "./dialect";
import * as schema from "./schema-postgres";

// The PostgreSQL side of issue 15: opening a pool, applying the committed migrations, and telling
// how many are still to apply. SQLite's counterpart is db/client.ts.

export type PostgresDatabase = NodePgDatabase<typeof schema> & { $client: pg.Pool };

// As db/client.ts: the migrations are read from the checkout, next to the code.
export const postgresMigrationsFolder = path.join(process.cwd(), "db", "migrations-postgres");

// Any fixed number: every instance of the app asks for the same one, so only one migrates at a time.
const MIGRATION_LOCK = 15_0001;

// COUNT(*) is int8 and SUM() numeric on PostgreSQL, which pg returns as strings; SQLite returns
// numbers and the query code expects them. Set on pg's global registry because drizzle's queries
// fall back to it (a pool's own `types` is replaced by drizzle's per-query parsers).
let numbersParsed = false;
function parseCountsAsNumbers(): void {
  if (numbersParsed) return;
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
  numbersParsed = true;
}

function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}`;
  } catch {
    return "(địa chỉ DATABASE_URL không hợp lệ)";
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if ("code" in error && typeof error.code === "string") return error.code;
  // Node may try several addresses and report an AggregateError of the individual failures.
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}

/** A refused or unreachable server says where it looked, in words an operator can act on. */
function explainConnectionError(url: string, error: unknown): unknown {
  const code = errorCode(error);
  // System errors (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…) mean no server was reached at all.
  const unreachable = (code !== undefined && /^E[A-Z]+$/.test(code)) || (error instanceof Error && /timeout/i.test(error.message));
  if (!unreachable) return error;
  return new Error(`Không kết nối được PostgreSQL tại ${serverOf(url)} (${code ?? "hết thời gian chờ"})`, { cause: error });
}

async function connectedClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw explainConnectionError(url, error);
  }
  return client;
}

/** A drizzle database over a connection pool; end it with `db.$client.end()`. */
export function openPostgres(url: string): PostgresDatabase {
  parseCountsAsNumbers();
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process: the pool replaces it.
  // A connection the server ends (a restart, DROP DATABASE) emits "error": on an idle one the
  // pool replaces it; on one a request is using, the request's query fails (and becomes "thử lại",
  // db/transaction.ts), but an "error" nobody listens to would end the process. Once the pool is
  // ending, it is expected.
  const report = (error: Error) => {
    if (!pool.ending) console.error(`PostgreSQL (${serverOf(url)}): ${error.message}`);
  };
  pool.on("error", report);
  pool.on("connect", (client) => client.on("error", report));
  return drizzle(pool, { schema });
}

/**
 * Applies the pending migrations. A session-level advisory lock held on the migrating connection
 * makes two instances starting together take turns: the second finds nothing left to apply.
 */
export async function migratePostgres(url: string): Promise<void> {
  const client = await connectedClient(url);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder: postgresMigrationsFolder });
    } finally {
      // Ending the connection releases the lock too: a failed unlock must not hide a failed migration.
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

type Journal = { entries: { tag: string; when: number }[] };

function journal(): Journal {
  return JSON.parse(fs.readFileSync(path.join(postgresMigrationsFolder, "meta", "_journal.json"), "utf8")) as Journal;
}

/**
 * How many committed migrations the database has not applied yet. Counted as drizzle's migrator
 * decides: an entry is applied when its time is not after the newest one recorded.
 */
export async function pendingPostgresMigrations(url: string): Promise<number> {
  const entries = journal().entries;
  const client = await connectedClient(url);
  try {
    const table = await client.query<{ exists: boolean }>("SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists");
    if (!table.rows[0]?.exists) return entries.length;
    // created_at is int8: cast to text so the global parser for counts does not matter here.
    const newest = await client.query<{ at: string | null }>("SELECT max(created_at)::text AS at FROM drizzle.__drizzle_migrations");
    const appliedUntil = Number(newest.rows[0]?.at ?? -1);
    return entries.filter((entry) => entry.when > appliedUntil).length;
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL is migrated as a step of its own (npm run db:migrate), since several instances share
 * it: a server refuses to start on a database its version has not migrated, before anything else.
 * An unreachable server is named (db/postgres.ts).
 */
export async function assertMigrated(location: string): Promise<void> {
  if (!isPostgresUrl(location)) return;
  const pending = await pendingPostgresMigrations(location);
  if (pending > 0) {
    throw new Error(
      `Cơ sở dữ liệu ${describeLocation(location)} chưa được cập nhật cho phiên bản này (còn ${pending} bước chuyển đổi). Chạy \`npm run db:migrate\` (với cùng DATABASE_URL) rồi khởi động lại.`,
    );
  }
}

/**
 * Drops a database (tests, e2e runs, the bench) once its connections are gone. Plain DROP, first:
 * PostgreSQL stops an autovacuum worker there by itself, while FORCE, run by a role that is not a
 * superuser, fails on that worker. A connection still closing gets a few seconds; one left by a
 * killed run is ended with FORCE at last.
 */
export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      // 55006: the database is being accessed by other users.
      if (!(error instanceof Error && "code" in error && error.code === "55006")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Makes the database `url` names empty: dropped if it exists (dropDatabase), created again (tests, e2e runs, the bench). */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const maintenance = await connectedClient(Object.assign(new URL(target), { pathname: "/postgres" }).toString());
  try {
    const name = target.pathname.slice(1);
    await dropDatabase(maintenance, name);
    await maintenance.query(`CREATE DATABASE ${name} ENCODING 'UTF8'`);
  } finally {
    await maintenance.end();
  }
}
