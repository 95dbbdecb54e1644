// Test helpers: a real SQLite file built by the real migrations, and small factories.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDatabase, sqliteConnections, openDatabase, type Database } from "./client";
import { syncArticleSearch } from "./queries/search-index";
import { sessionUserById, type SessionUser } from "./queries/users";
import { articles, categories, type NewArticle, units, users } from "./schema";
import { onlyRow } from "./sql";
import { writeTransaction } from "./transaction";

export function createTestDatabase(): { db: Database; file: string; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-test-"));
  const file = path.join(dir, "test.sqlite");
  const db = openDatabase(file);
  return {
    db,
    file,
    close: () => {
      closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
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
 * fail the way a full disk or a bug would: for tests that a command writes all or nothing. A TEMP
 * trigger belongs to one connection: the writer's, where every write runs.
 */
export function failWrites(db: Database, when: string): void {
  sqliteConnections(db).writer.exec(`CREATE TEMP TRIGGER forced_failure_${next()} ${when} BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
}
