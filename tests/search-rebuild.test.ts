import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, closeDatabase } from "@/db/client";
import { searchPublishedArticles } from "@/db/queries/search";
import { articles } from "@/db/schema";
import { insertCategory, insertUnit } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-search-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run search:rebuild", () => {
  it("indexes articles written to the database without going through the app", async () => {
    const file = path.join(dir, "db.sqlite");
    const db = openDatabase(file);
    const unitId = (await insertUnit(db)).id;
    const categoryId = (await insertCategory(db)).id;
    // A row written by hand in SQL (an import, a restore) is not in the index yet.
    await writeTransaction(db, (tx) => tx.insert(articles).values({ title: "Đại hội Công đoàn ngành Giáo dục", slug: "dai-hoi", unitId, categoryId, status: "published", publishedAt: new Date("2025-01-01T00:00:00Z") }));
    const find = async () => (await searchPublishedArticles(db, { query: "dai hoi giao duc" }, { offset: 0, limit: 10 })).total;
    expect(await find()).toBe(0);

    const output = execFileSync("npx", ["tsx", "scripts/search-rebuild.ts"], { env: { ...process.env, DATABASE_PATH: file, DEMO_SEED: "0" }, encoding: "utf8" });
    expect(output).toContain("1 bài");
    expect(await find()).toBe(1);
    await closeDatabase(db);
  }, 30_000);
});
