// Test helpers: a real database built by the real migrations (a SQLite file, or a PostgreSQL
// database cloned from a migrated template when the tests run on PostgreSQL), and small factories.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDatabase, connections, openDatabase, type Database } from "./client";
import { activeDialect } from "./dialect";
import { dropDatabase } from "./postgres";
import { syncArticleSearch } from "./queries/search-index";
import { sessionUserById, type SessionUser } from "./queries/users";
import { articles, categories, type NewArticle, units, users } from "./schema";
import { onlyRow } from "./sql";
import { writeTransaction } from "./transaction";

export type TestDatabase = {
  db: Database;
  /** Where it is: the SQLite file, or the PostgreSQL URL (openDatabase opens a second handle on it). */
  location: string;
  close: () => Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  if (activeDialect() === "postgres") return createPostgresTestDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-test-"));
  const location = path.join(dir, "test.sqlite");
  const db = openDatabase(location);
  return {
    db,
    location,
    close: async () => {
      await closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * On PostgreSQL, DATABASE_URL names the migrated template (tests/postgres-global-setup.ts): each
 * test database is a copy of it, made in a moment by the server, dropped when closed.
 */
async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const template = new URL(process.env.DATABASE_URL ?? "");
  const name = `ban_tin_t${process.pid}_${next()}`;
  const maintenance = Object.assign(new URL(template), { pathname: "/postgres" }).toString();
  const admin = async (work: (client: pg.Client) => Promise<unknown>) => {
    const client = new pg.Client({ connectionString: maintenance });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template.pathname.slice(1)}`));
  const location = Object.assign(new URL(template), { pathname: `/${name}` }).toString();
  const db = openDatabase(location);
  return {
    db,
    location,
    close: async () => {
      await closeDatabase(db);
      await admin((client) => dropDatabase(client, name));
    },
  };
}

/**
 * Runs setup SQL that only a test needs (a trigger that refuses or races a write), written for
 * each dialect. On SQLite it runs on the writer's connection, where every write runs (a TEMP
 * trigger belongs to one connection).
 */
export async function runTestSql(db: Database, statements: { sqlite: string; postgres: string }): Promise<void> {
  const opened = connections(db);
  if (opened.dialect === "postgres") await opened.database.$client.query(statements.postgres);
  else opened.writer.exec(statements.sqlite);
}

let sequence = 0;
const next = () => ++sequence;

export async function insertUnit(db: Database, values: Partial<typeof units.$inferInsert> = {}) {
  const n = next();
  return writeTransaction(db, async (tx) =>
    onlyRow(await tx.insert(units).values({ name: `Công đoàn thử ${n}`, shortName: `CĐ ${n}`, slug: `don-vi-${n}`, ...values }).returning()),
  );
}

export async function insertCategory(db: Database, values: Partial<typeof categories.$inferInsert> = {}) {
  const n = next();
  return writeTransaction(db, async (tx) => onlyRow(await tx.insert(categories).values({ name: `Chuyên mục ${n}`, slug: `chuyen-muc-${n}`, ...values }).returning()));
}

/** Inserts an article (published by default) and indexes it for search as the write path would. */
export async function insertArticle(db: Database, values: Partial<NewArticle> & Pick<NewArticle, "unitId" | "categoryId">) {
  const n = next();
  return writeTransaction(db, async (tx) => {
    const article = onlyRow(
      await tx
        .insert(articles)
        .values({ title: `Tin thử số ${n}`, slug: `tin-thu-${n}`, summary: `Tóm tắt ${n}`, status: "published", publishedAt: new Date("2022-12-21T09:42:00Z"), ...values })
        .returning(),
    );
    await syncArticleSearch(tx, article.id);
    return article;
  });
}

export async function insertUser(db: Database, values: Partial<typeof users.$inferInsert> & Pick<typeof users.$inferInsert, "role">): Promise<SessionUser> {
  const n = next();
  const { id } = await writeTransaction(db, async (tx) =>
    onlyRow(
      await tx
        .insert(users)
        .values({ username: `nguoidung${n}`, displayName: `Người dùng ${n}`, passwordHash: "không-dùng-để-đăng-nhập", ...values })
        .returning({ id: users.id }),
    ),
  );
  const user = await sessionUserById(db, id);
  if (!user) throw new Error("the user just inserted is missing");
  return user;
}

/**
 * Makes every write matching `when` (a trigger's timing and event, e.g. "BEFORE INSERT ON audit_log")
 * fail the way a full disk or a bug would, when `condition` (on NEW or OLD) holds if given: for
 * tests that a command writes all or nothing. The returned function lifts it.
 */
export async function failWrites(db: Database, when: string, condition?: string): Promise<() => Promise<void>> {
  const name = `forced_failure_${next()}`;
  const table = /\bON\s+(\w+)/i.exec(when)?.[1] ?? "";
  await runTestSql(db, {
    sqlite: `CREATE TEMP TRIGGER ${name} ${when} ${condition ? `WHEN ${condition}` : ""} BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
    postgres: `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$;
               CREATE TRIGGER ${name} ${when} FOR EACH ROW ${condition ? `WHEN (${condition})` : ""} EXECUTE FUNCTION ${name}();`,
  });
  return () => runTestSql(db, { sqlite: `DROP TRIGGER ${name}`, postgres: `DROP TRIGGER ${name} ON ${table}; DROP FUNCTION ${name}();` });
}

/** Whether a write failed by failWrites: the driver's error, or drizzle's wrapping it as its cause. */
export function isForcedFailure(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) if (current.message.includes("forced failure")) return true;
  return false;
}
