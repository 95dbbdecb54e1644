// The database's part of a backup and of a restore: a consistent snapshot, what it holds, and
// making a restored file ready to serve.
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { count, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { BackupCounts } from "@/core/backup-manifest";
import { closeDatabase, sqliteConnections, migrationsFolder, openDatabase } from "./client";
import { recordAudit, type NewAuditEntry } from "./queries/audit-log";
import * as schema from "./schema-sqlite";
import { writeTransaction } from "./transaction";

// VACUUM INTO reads the database in one read transaction, so the copy is consistent while the
// server goes on writing (WAL). It runs on its own thread: at 100,000 articles (1.7 GB) it takes
// about 6 s, which on the server's thread would stop every request. The worker's `require`
// resolves from the working directory, as db/client.ts finds its migrations.
const SNAPSHOT_WORKER = `
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const source = new Database(workerData.source, { fileMustExist: true });
try {
  source.pragma("busy_timeout = 5000");
  source.prepare("VACUUM INTO ?").run(workerData.target);
} finally {
  source.close();
}
`;

/** Writes a consistent copy of the database file `source` to `target` (which must not exist). */
export function snapshotDatabase(source: string, target: string): Promise<void> {
  if (!fs.existsSync(source)) return Promise.reject(new Error(`Không tìm thấy cơ sở dữ liệu ở ${source}.`));
  return new Promise((resolve, reject) => {
    const worker = new Worker(SNAPSHOT_WORKER, { eval: true, workerData: { source, target } });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Bản chụp cơ sở dữ liệu dừng với mã ${code}.`))));
  });
}

type JournalEntry = { when: number; tag: string };

function migrationJournal(): JournalEntry[] {
  const file = path.join(migrationsFolder, "meta", "_journal.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { entries: JournalEntry[] }).entries;
}

/** The newest migration this version of the software knows: a backup newer than it is refused. */
export function latestKnownMigration(): { tag: string; createdAt: number } {
  const last = migrationJournal().at(-1);
  if (!last) throw new Error("db/migrations/meta/_journal.json has no migrations");
  return { tag: last.tag, createdAt: last.when };
}

export type SnapshotFacts = { counts: BackupCounts; migration: { tag: string; createdAt: number } };

/** What a snapshot holds, read from the copy itself so the manifest describes exactly the archive. */
export function snapshotFacts(file: string): SnapshotFacts {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const db = drizzle(sqlite, { schema });
    // A snapshot is a SQLite file whatever the server runs on, read synchronously on its own connection.
    // eslint-disable-next-line no-restricted-syntax
    const rows = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
    const applied = db.get<{ created_at: number } | undefined>(sql`select created_at from __drizzle_migrations order by created_at desc limit 1`);
    const createdAt = Number(applied?.created_at ?? 0);
    const tag = migrationJournal().find((entry) => entry.when === createdAt)?.tag ?? "không rõ";
    return {
      counts: {
        articles: rows(schema.articles),
        revisions: rows(schema.articleRevisions),
        accounts: rows(schema.users),
        units: rows(schema.units),
        categories: rows(schema.categories),
        series: rows(schema.series),
        media: rows(schema.media),
        auditEntries: rows(schema.auditLog),
      },
      migration: { tag, createdAt },
    };
  } finally {
    sqlite.close();
  }
}

/**
 * Brings a restored file up to this version's migrations, checks it with SQLite's integrity check
 * and records the restore in its own audit log, before it is moved into place. Returns the
 * integrity problems, empty when there are none.
 */
export async function prepareRestoredDatabase(file: string, entry: NewAuditEntry): Promise<string[]> {
  const db = openDatabase(file);
  try {
    const problems = sqliteConnections(db).reader.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const found = problems.map((row) => row.integrity_check).filter((text) => text !== "ok");
    if (found.length === 0) await writeTransaction(db, (tx) => recordAudit(tx, entry));
    return found;
  } finally {
    // The last connection to close folds the WAL back into the file: one file is moved into place.
    await closeDatabase(db);
  }
}
