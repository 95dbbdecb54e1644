// Listings at 100,000 articles: "Tổng số" comes from the maintained counts, kept right by every
// write, and no listing query walks all public rows (checked on SQLite's own query plans).
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { seedBulkContent } from "@/seeds/bulk";
import type { Database } from "../client";
import { articleCounts, articles } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "../test-database";
import { type ArticleContent, changeArticleStatus, createArticle, deleteArticle, saveArticleContent } from "./article-writes";
import { isPublicAt, latestPublishedArticles, publicArticleCount, publishedArticlesPage, publishedYearRange, type PublicListingFilter } from "./public-articles";
import { writeTransaction } from "@/db/transaction";
import { sqliteConnections } from "@/db/client";

const NOW = new Date("2026-11-22T03:00:00Z");

describe("publicArticleCount through the article write path", () => {
  let handle: TestDatabase;
  let db: Database;
  beforeEach(async () => {
    handle = await createTestDatabase();
    db = handle.db;
  });
  afterEach(() => handle.close());

  async function directCount(filter: { categoryId?: number; unitId?: number }, now: Date): Promise<number> {
    const conditions = [isPublicAt(now)];
    if (filter.categoryId !== undefined) conditions.push(eq(articles.categoryId, filter.categoryId));
    if (filter.unitId !== undefined) conditions.push(eq(articles.unitId, filter.unitId));
    return (await db.select({ n: count() }).from(articles).where(and(...conditions)).limit(1))[0]?.n ?? 0;
  }

  it("stays equal to a full count after every kind of write, scheduled articles counted only once due", async () => {
    const [unitA, unitB] = [(await insertUnit(db)).id, (await insertUnit(db)).id];
    const [catA, catB] = [(await insertCategory(db)).id, (await insertCategory(db)).id];
    const editor = await insertUser(db, { role: "editor" });
    const content = (values: Partial<ArticleContent> = {}): ArticleContent => ({
      title: "Hội nghị người lao động", slug: `hoi-nghi-${Math.random().toString(36).slice(2)}`, summary: "", bodyHtml: "<p>Nội dung</p>",
      coverMediaId: null, coverCaption: "", byline: "", categoryId: catA, unitId: unitA, seriesId: null, seriesPart: null, isFeatured: false, ...values,
    });
    const later = new Date("2026-12-01T00:00:00Z");
    const filters: PublicListingFilter[] = [{}, { categoryId: catA }, { categoryId: catB }, { unitId: unitA }, { unitId: unitB }];
    const expectCountsRight = async (step: string) => {
      for (const at of [NOW, later]) {
        for (const filter of filters) expect(await publicArticleCount(db, filter, at), `${step} ${JSON.stringify(filter)} at ${at.toISOString()}`).toBe(await directCount(filter, at));
      }
    };

    const draft = await writeTransaction(db, (tx) => createArticle(tx, content(), editor.id, "save", NOW));
    const second = await writeTransaction(db, (tx) => createArticle(tx, content({ categoryId: catB, unitId: unitB }), editor.id, "save", NOW));
    const steps: [string, () => Promise<unknown>][] = [
      ["a draft", async () => {}],
      ["published now", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, { status: "published", publishedAt: new Date("2026-11-20T00:00:00Z") }, editor.id, NOW))],
      ["scheduled for later", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, second.id, { status: "published", publishedAt: new Date("2026-11-25T00:00:00Z") }, editor.id, NOW))],
      ["moved to another category and unit", async () => writeTransaction(db, (tx) => saveArticleContent(tx, { id: draft.id, baseVersion: draft.version, content: content({ categoryId: catB, unitId: unitB }), savedBy: editor.id, kind: "save", now: NOW }))],
      ["saved without moving", async () => writeTransaction(db, (tx) => saveArticleContent(tx, { id: draft.id, baseVersion: draft.version + 1, content: content({ categoryId: catB, unitId: unitB }), savedBy: editor.id, kind: "autosave", now: NOW }))],
      ["published at once instead of scheduled", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, second.id, { status: "published", publishedAt: NOW }, editor.id, NOW))],
      ["unpublished", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, { status: "unpublished" }, editor.id, NOW))],
      ["published again", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, { status: "published" }, editor.id, NOW))],
      ["sent back to draft", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, second.id, { status: "draft", publishedAt: null }, editor.id, NOW))],
      ["deleted", async () => writeTransaction(db, (tx) => deleteArticle(tx, draft.id))],
    ];
    for (const [step, write] of steps) {
      await write();
      await expectCountsRight(step);
    }
    expect(await publicArticleCount(db, {}, NOW)).toBe(0);
  });

  it("reads the maintained count instead of counting the table", async () => {
    const [unitId, categoryId] = [(await insertUnit(db)).id, (await insertCategory(db)).id];
    for (let i = 0; i < 3; i++) await insertArticle(db, { unitId, categoryId });
    expect((await publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, NOW)).total).toBe(3);
    await writeTransaction(db, (tx) => tx.update(articleCounts).set({ published: 12345 }).where(eq(articleCounts.scope, "all")));
    expect((await publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, NOW)).total).toBe(12345);
  });
});

describe("listing queries on 2,000 generated articles", () => {
  let handle: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    await seedBulkContent(db, { articles: 2000, now: NOW });
  });
  afterAll(() => handle.close());

  /** Runs `read` and returns each distinct statement it prepared with SQLite's plan for it. */
  async function plansOf(read: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
    const client = sqliteConnections(db).reader;
    const statements = new Set<string>();
    const prepare = client.prepare.bind(client);
    // A spy on the real connection, not a fake: every statement still runs against the file.
    client.prepare = ((source: string) => {
      statements.add(source);
      return prepare(source);
    }) as typeof client.prepare;
    try {
      await read();
    } finally {
      client.prepare = prepare;
    }
    return [...statements].map((sql) => {
      // The plan does not depend on the values (no statistics are gathered), so nulls will do.
      const nulls = Array.from({ length: sql.split("?").length - 1 }, () => null);
      const rows = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nulls) as { detail: string }[];
      return { sql, plan: rows.map((row) => row.detail) };
    });
  }

  const someCategory = async () => (await db.select({ id: articleCounts.scopeId }).from(articleCounts).where(eq(articleCounts.scope, "category")).limit(1))[0]?.id ?? 0;
  const someUnit = async () => (await db.select({ id: articleCounts.scopeId }).from(articleCounts).where(eq(articleCounts.scope, "unit")).limit(1))[0]?.id ?? 0;
  const deepPage = { offset: 1990, limit: 10 };
  const listings: [string, () => Promise<PublicListingFilter>][] = [
    ["/tin-tuc", async () => ({})],
    ["a category", async () => ({ categoryId: await someCategory() })],
    ["a unit", async () => ({ unitId: await someUnit() })],
    ["a day", async () => ({ day: { year: 2022, month: 12, day: 21 } })],
    ["an article's other articles", async () => ({ excludeId: 1 })],
  ];

  it.each(listings)("reads a deep page of %s from a covering index and counts without walking all public rows", async (_, filter) => {
    const plans = await plansOf(async () => publishedArticlesPage(db, await filter(), deepPage, NOW));
    for (const { sql, plan } of plans.filter((p) => p.sql.includes('"articles"'))) {
      // No full scan of the table or of an index.
      expect(plan.filter((step) => step.startsWith("SCAN")), sql).toEqual([]);
      // The OFFSET skips index entries only: one covering index, no other table.
      if (/offset \?/.test(sql)) expect(plan, sql).toEqual([expect.stringMatching(/^SEARCH articles USING COVERING INDEX /)]);
      // A count over public rows bounded only by "published_at <= now" is the walk over all of them.
      if (/count\(\*\)/.test(sql)) expect(plan.join(" "), sql).not.toMatch(/status=\? AND published_at<\?\)/);
    }
  });

  it("reads the home page blocks and the date filter's years from index ends", async () => {
    const plans = await plansOf(async () => {
      await latestPublishedArticles(db, { limit: 3, featuredOnly: true }, NOW);
      await latestPublishedArticles(db, { limit: 9 }, NOW);
      await latestPublishedArticles(db, { limit: 4, categoryId: await someCategory() }, NOW);
      await publishedYearRange(db, NOW);
    });
    for (const { sql, plan } of plans) {
      expect(plan.filter((step) => step.startsWith("SCAN") || step.includes("TEMP B-TREE")), sql).toEqual([]);
      expect(sql).not.toMatch(/\b(min|max)\(/);
    }
  });

  it("pages through the generated articles newest first with totals that match a full count", async () => {
    for (const [name, filter] of listings) {
      const current = await filter();
      const page = await publishedArticlesPage(db, current, { offset: 0, limit: 10 }, NOW);
      const where = and(isPublicAt(NOW), current.categoryId ? eq(articles.categoryId, current.categoryId) : undefined, current.unitId ? eq(articles.unitId, current.unitId) : undefined);
      if (!current.day && current.excludeId === undefined) expect(page.total, name).toBe((await db.select({ n: count() }).from(articles).where(where).limit(1))[0]?.n);
      const times = page.items.map((item) => item.publishedAt.getTime());
      expect(times, name).toEqual([...times].sort((a, b) => b - a));
    }
    const last = await publishedArticlesPage(db, {}, deepPage, NOW);
    expect(last.items).toHaveLength(10);
    expect((await publishedArticlesPage(db, {}, { offset: 2000, limit: 10 }, NOW)).items).toEqual([]);
  });
});
