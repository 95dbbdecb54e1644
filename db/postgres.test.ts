import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { htmlToText } from "@/core/html-text";
import { foldKeepingMarks, normaliseForSearch } from "@/core/search-text";
import { weightedTsvector } from "@/core/tsvector";
import { articleBody, articleTitle, createRandom, summary as generatedSummary } from "@/seeds/bulk-text";
import { assertMigrated, migratePostgres, openPostgres, pendingPostgresMigrations, postgresMigrationsFolder, type PostgresDatabase } from "./postgres";
import { articleCounts, articles, articleSearch, categories, units } from "./schema-postgres";

// Runs on a real PostgreSQL server: `npm run test:db:pg` starts the private test server and makes
// a fresh database. Without one the file fails rather than skips, so a green run means it ran.
const databaseUrl = inject("testDatabaseUrl") ?? process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  throw new Error("TEST_DATABASE_URL chưa được đặt: chạy các kiểm thử PostgreSQL bằng `npm run test:db:pg` (nó tự khởi động máy chủ thử).");
}
const url: string = databaseUrl;

const journalLength = (JSON.parse(fs.readFileSync(path.join(postgresMigrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;

describe("PostgreSQL migrations", () => {
  it("applies every migration once when two instances start together; a start refuses the database before that", async () => {
    expect(await pendingPostgresMigrations(url)).toBe(journalLength);
    await expect(assertMigrated(url)).rejects.toThrow(`còn ${journalLength} bước chuyển đổi). Chạy \`npm run db:migrate\``);

    await Promise.all([migratePostgres(url), migratePostgres(url)]);

    expect(await pendingPostgresMigrations(url)).toBe(0);
    await expect(assertMigrated(url)).resolves.toBeUndefined();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations");
      expect(Number(applied.rows[0]?.n)).toBe(journalLength);
    } finally {
      await client.end();
    }
  });

  it("names the host and port when no server answers", async () => {
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    await expect(pendingPostgresMigrations("postgres://ban_tin:ban_tin@127.0.0.1:1/ban_tin")).rejects.toThrow(
      "Không kết nối được PostgreSQL tại 127.0.0.1:1 (ECONNREFUSED)",
    );
  });
});

describe("PostgreSQL database", () => {
  let db: PostgresDatabase;
  let unitId: number;
  let categoryIds: [number, number];

  beforeAll(async () => {
    await migratePostgres(url);
    db = openPostgres(url);
    const [unit] = await db.insert(units).values({ name: "Liên đoàn Lao động tỉnh", shortName: "LĐLĐ", slug: "lien-doan" }).returning();
    const created = await db
      .insert(categories)
      .values([
        { name: "Tin tức", slug: "tin-tuc" },
        { name: "Pháp luật", slug: "phap-luat" },
      ])
      .returning();
    unitId = unit!.id;
    categoryIds = [created[0]!.id, created[1]!.id];
  });

  afterAll(async () => {
    await db?.$client.end();
  });

  async function counts(): Promise<Record<string, number>> {
    const rows = await db.select().from(articleCounts);
    return Object.fromEntries(rows.filter((row) => row.published !== 0).map((row) => [`${row.scope}:${row.scopeId}`, row.published]));
  }

  it("keeps article_counts in step as an article is published, moved, unpublished and deleted", async () => {
    const [first, second] = categoryIds;
    const [article] = await db.insert(articles).values({ title: "Hội nghị", slug: "hoi-nghi", unitId, categoryId: first }).returning();
    const id = article!.id;
    expect(await counts()).toEqual({});

    const publishedAt = new Date("2026-11-22T02:30:00.123Z");
    await db.update(articles).set({ status: "published", publishedAt }).where(eq(articles.id, id));
    expect(await counts()).toEqual({ "all:0": 1, [`category:${first}`]: 1, [`unit:${unitId}`]: 1 });

    // Timestamps come back as the same millisecond Date the SQLite schema gives.
    const [read] = await db.select({ publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, id));
    expect(read?.publishedAt).toEqual(publishedAt);

    // Re-publishing at another time in the same listings changes no count.
    await db.update(articles).set({ publishedAt: new Date("2026-11-23T00:00:00Z") }).where(eq(articles.id, id));
    expect(await counts()).toEqual({ "all:0": 1, [`category:${first}`]: 1, [`unit:${unitId}`]: 1 });

    await db.update(articles).set({ categoryId: second }).where(eq(articles.id, id));
    expect(await counts()).toEqual({ "all:0": 1, [`category:${second}`]: 1, [`unit:${unitId}`]: 1 });

    await db.update(articles).set({ status: "unpublished" }).where(eq(articles.id, id));
    expect(await counts()).toEqual({});

    await db.update(articles).set({ status: "published" }).where(eq(articles.id, id));
    await db.insert(articles).values({ title: "Bài khác", slug: "bai-khac", unitId, categoryId: first, status: "published", publishedAt });
    expect(await counts()).toEqual({ "all:0": 2, [`category:${first}`]: 1, [`category:${second}`]: 1, [`unit:${unitId}`]: 2 });

    await db.delete(articles).where(eq(articles.id, id));
    expect(await counts()).toEqual({ "all:0": 1, [`category:${first}`]: 1, [`unit:${unitId}`]: 1 });
  });

  it("returns COUNT(*) as a number, as SQLite does", async () => {
    const result = await db.execute<{ n: unknown }>(sql`select count(*) as n, sum(${articles.viewCount}) as total from ${articles}`);
    expect(typeof result.rows[0]?.n).toBe("number");
  });

  const documentOf = (title: string, summary: string, body: string) =>
    weightedTsvector([
      [title, "A"],
      [summary, "B"],
      [body, "C"],
    ]);

  it("stores the search documents PostgreSQL's own parser would make of the same text", async () => {
    const random = createRandom(15);
    const generated = Array.from({ length: 25 }, () => [articleTitle(random, 11, 2026), generatedSummary(random), htmlToText(articleBody(random))] as const);
    const samples: (readonly [string, string, string])[] = [
      ...generated,
      ["", "Tóm tắt không có tiêu đề", ""],
      ["Đoàn viên đoàn viên ĐOÀN VIÊN", "", "đoàn viên"],
      ["COVID-19: hỗ trợ 1,5 triệu đồng/người (năm 2024)", "Số 47/KH-LĐLĐ ngày 21/12/2022", "Tin & ảnh: Lê Thu Hà"],
      // Positions end at 16383 and a word keeps at most 256 of them.
      ["Tổng kết", "", Array.from({ length: 17_000 }, (_, i) => (i % 3 === 0 ? "lao động" : `từ${i}`)).join(" ")],
      ["", "", `${Array.from({ length: 16_390 }, (_, i) => `w${i}`).join(" ")} cuối cuối`],
      // Words of 2,047 bytes or more are left out, and take no position.
      ["ngắn", `${"đ".repeat(1024)} ${"a".repeat(2046)} sau`, ""],
    ];
    for (const [title, summary, body] of samples) {
      for (const fold of [normaliseForSearch, foldKeepingMarks]) {
        const [t, s, b] = [fold(title), fold(summary), fold(body)];
        const result = await db.execute<{ ours: string; theirs: string }>(
          sql`select ${documentOf(t, s, b)}::tsvector::text as ours,
                     (setweight(to_tsvector('simple', ${t}), 'A') || setweight(to_tsvector('simple', ${s}), 'B') || setweight(to_tsvector('simple', ${b}), 'C'))::text as theirs`,
        );
        const row = result.rows[0];
        expect(row?.ours, `${fold.name}: ${title} | ${summary} | ${body.slice(0, 60)}`).toBe(row?.theirs);
      }
    }
  });

  it("finds an article by a normalised word in its search document", async () => {
    const [article] = await db
      .insert(articles)
      .values({ title: "Đại hội Công đoàn", slug: "dai-hoi", unitId, categoryId: categoryIds[0], status: "published", publishedAt: new Date() })
      .returning();
    const title = "Đại hội CÔNG ĐOÀN lần thứ X";
    const summary = "Đường phố";
    await db.insert(articleSearch).values({
      articleId: article!.id,
      title: normaliseForSearch(title),
      summary: normaliseForSearch(summary),
      body: "",
      titleExact: foldKeepingMarks(title),
      summaryExact: foldKeepingMarks(summary),
      bodyExact: "",
      document: documentOf(normaliseForSearch(title), normaliseForSearch(summary), ""),
      documentExact: documentOf(foldKeepingMarks(title), foldKeepingMarks(summary), ""),
    });

    const found = (query: string, exact = false) =>
      db
        .select({ id: articleSearch.articleId })
        .from(articleSearch)
        .where(sql`${exact ? articleSearch.documentExact : articleSearch.document} @@ to_tsquery('simple', ${query})`);

    expect(await found(normaliseForSearch("Công đoàn").split(" ").join(" & "))).toEqual([{ id: article!.id }]);
    expect(await found("duong")).toEqual([{ id: article!.id }]);
    expect(await found("đường", true)).toEqual([{ id: article!.id }]);
    expect(await found("dương", true)).toEqual([]);

    // Deleting the article removes its search row.
    await db.delete(articles).where(eq(articles.id, article!.id));
    expect(await found("duong")).toEqual([]);
  });
});
