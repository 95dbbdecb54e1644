// "Sao lưu ngay" on each dialect: the archive holds a SQLite file either way; a PostgreSQL site's
// is written from one consistent read of every table, and opens with the rows the site had.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { eq } from "drizzle-orm";
import { extract } from "tar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ARCHIVE_DATABASE } from "@/core/backup-manifest";
import { units } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import type { BackupSettings } from "./backup-archive";
import { backupNowCommand } from "./backup-commands";
import { localMediaStore } from "@/server/media-store-local";

describe("backupNowCommand", () => {
  let handle: TestDatabase;
  let settings: BackupSettings;
  let root: string;
  beforeEach(async () => {
    handle = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-sao-luu-ngay-"));
    settings = { databaseLocation: handle.location, store: localMediaStore(path.join(root, "media")), backupDir: path.join(root, "backups"), keep: 3 };
  });
  afterEach(async () => {
    await handle.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const backups = () => (fs.existsSync(settings.backupDir) ? fs.readdirSync(settings.backupDir) : []);

  it("writes an archive whose SQLite file holds the site's rows, counts included", async () => {
    const admin = await insertUser(handle.db, { role: "admin" });
    const [unit, category] = [await insertUnit(handle.db), await insertCategory(handle.db)];
    // A child unit whose id is lower than its parent's, and a published article to count.
    const child = await insertUnit(handle.db);
    const parent = await insertUnit(handle.db, { name: "Liên đoàn Lao động tỉnh" });
    await writeTransaction(handle.db, (tx) => tx.update(units).set({ parentId: parent.id }).where(eq(units.id, child.id)));
    await insertArticle(handle.db, { unitId: unit.id, categoryId: category.id, title: "Hội nghị người lao động" });
    const result = await backupNowCommand(handle.db, admin, settings, { ip: "127.0.0.1" });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Đã sao lưu: ban-tin-.*\.tar\.gz/) });
    const [archive] = backups();
    expect(archive).toBeDefined();
    const unpacked = path.join(root, "mo-ra");
    fs.mkdirSync(unpacked);
    await extract({ file: path.join(settings.backupDir, archive ?? ""), cwd: unpacked });
    const file = new BetterSqlite3(path.join(unpacked, ARCHIVE_DATABASE), { readonly: true });
    try {
      const rows = (query: string) => file.prepare(query).all();
      expect(rows("select title from articles")).toEqual([{ title: "Hội nghị người lao động" }]);
      expect(rows("select scope, published from article_counts where scope = 'all'")).toEqual([{ scope: "all", published: 1 }]);
      expect(rows(`select parent_id from units where id = ${child.id}`)).toEqual([{ parent_id: parent.id }]);
      expect(rows("select count(*) as n from document_forms")).toEqual([{ n: 9 }]);
      expect(rows("select role from users")).toEqual([{ role: "admin" }]);
    } finally {
      file.close();
    }
  });

  it("refuses an editor", async () => {
    const editor = await insertUser(handle.db, { role: "editor" });
    expect(await backupNowCommand(handle.db, editor, settings, { ip: "127.0.0.1" })).toMatchObject({ ok: false });
    expect(backups()).toEqual([]);
  });
});
