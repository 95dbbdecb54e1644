// npm run db:copy (db/copy.ts): a SQLite site copied into the database this test run serves
// (PostgreSQL in vitest.postgres.config.ts, a second SQLite file otherwise), every row kept.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { count } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyDatabase, CopyRefused } from "./copy";
import { publicArticleCount } from "./queries/public-articles";
import { searchPublishedArticles } from "./queries/search";
import { insertUnitRow } from "./queries/taxonomy-admin";
import { articles, menuItems, pages, units } from "./schema";
import { createTestDatabase, insertUnit, type TestDatabase } from "./test-database";
import { writeTransaction } from "./transaction";

let dir: string;
let source: string;
let target: TestDatabase;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-copy-"));
  source = path.join(dir, "nguon.sqlite");
  const env = { ...process.env };
  delete env.DATABASE_URL;
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/copy-source.ts", source], { env, stdio: "inherit" });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  target = await createTestDatabase();
});
afterEach(() => target.close());

const sourceRows = (table: string) => {
  const sqlite = new BetterSqlite3(source, { readonly: true });
  try {
    return (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

describe("copying a site", () => {
  it("copies every table with its ids, and checks each by rows and checksum", async () => {
    const report = await copyDatabase(source, target.db, { force: false });
    expect(report.tables.find((table) => table.name === "articles")?.rows).toBe(32);
    const tables = ["units", "users", "articles", "article_revisions", "article_daily_views", "audit_log", "site_settings", "pages", "menu_items"];
    // The register, whose nine first forms the target's migration wrote too: the source's replace them.
    tables.push("document_forms", "document_issuers", "documents", "document_files", "article_documents");
    expect(sourceRows("document_forms")).toBe(10);
    for (const table of tables) {
      expect(report.tables.find((each) => each.name === table)?.rows, table).toBe(sourceRows(table));
    }
    // Parents copied although a child's id came first.
    expect((await target.db.select({ id: units.id, parentId: units.parentId }).from(units)).filter((unit) => unit.parentId !== null)).toHaveLength(1);
    expect((await target.db.select().from(pages)).filter((page) => page.parentId !== null)).toHaveLength(1);
    expect((await target.db.select().from(menuItems)).filter((item) => item.parentId !== null)).toHaveLength(1);
  });

  it("leaves the target serving: listings counted, search indexed, and new rows numbered after the copied ones", async () => {
    await copyDatabase(source, target.db, { force: false });
    const now = new Date("2026-11-30T00:00:00Z");
    expect(await publicArticleCount(target.db, {}, now)).toBe(30);
    expect((await searchPublishedArticles(target.db, { query: "dai hoi cong doan" }, { offset: 0, limit: 10 }, now)).total).toBe(30);
    const copiedUnits = (await target.db.select({ n: count() }).from(units))[0]?.n ?? 0;
    const next = await writeTransaction(target.db, (tx) => insertUnitRow(tx, { name: "Mới", shortName: "Mới", slug: "moi", parentId: null }));
    expect(next).toBe(copiedUnits + 1);
  });

  it("refuses a target that has data unless told, and then replaces it", async () => {
    await insertUnit(target.db, { slug: "co-san" });
    await expect(copyDatabase(source, target.db, { force: false })).rejects.toThrow(CopyRefused);
    expect((await target.db.select({ n: count() }).from(articles))[0]?.n).toBe(0);
    await copyDatabase(source, target.db, { force: true });
    expect((await target.db.select({ slug: units.slug }).from(units)).map((unit) => unit.slug)).not.toContain("co-san");
  });

  it("refuses a source file older than this version's schema", async () => {
    const old = path.join(dir, "cu.sqlite");
    fs.copyFileSync(source, old);
    const sqlite = new BetterSqlite3(old);
    sqlite.exec("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)");
    sqlite.close();
    await expect(copyDatabase(old, target.db, { force: false })).rejects.toThrow(/chưa ở phiên bản cấu trúc/);
  });
});
