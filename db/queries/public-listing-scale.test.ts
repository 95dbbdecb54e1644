// Listings at 100,000 articles: "Tổng số" comes from the maintained counts, kept right by every
// write, and no listing query walks all public rows (checked on SQLite's own query plans).
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { seedBulkContent } from "@/seeds/bulk";
import type { Database } from "../client";
import { articleCounts, articles } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser } from "../test-database";
import { type ArticleContent, changeArticleStatus, createArticle, deleteArticle, saveArticleContent } from "./article-writes";
import { isPublicAt, latestPublishedArticles, publicArticleCount, publishedArticlesPage, publishedYearRange, type PublicListingFilter } from "./public-articles";

const NOW = new Date("2026-11-22T03:00:00Z");

describe("publicArticleCount through the article write path", () => {
  let handle: ReturnType<typeof createTestDatabase>;
  let db: Database;
  beforeEach(() => {
    handle = createTestDatabase();
    db = handle.db;
  });
  afterEach(() => handle.close());

  function directCount(filter: { categoryId?: number; unitId?: number }, now: Date): number {
    const conditions = [isPublicAt(now)];
    if (filter.categoryId !== undefined) conditions.push(eq(articles.categoryId, filter.categoryId));
    if (filter.unitId !== undefined) conditions.push(eq(articles.unitId, filter.unitId));
    return db.select({ n: count() }).from(articles).where(and(...conditions)).get()?.n ?? 0;
  }

  it("stays equal to a full count after every kind of write, scheduled articles counted only once due", () => {
    const [unitA, unitB] = [insertUnit(db).id, insertUnit(db).id];
    const [catA, catB] = [insertCategory(db).id, insertCategory(db).id];
    const editor = insertUser(db, { role: "editor" });
    const content = (values: Partial<ArticleContent> = {}): ArticleContent => ({
      title: "Hội nghị người lao động", slug: `hoi-nghi-${Math.random().toString(36).slice(2)}`, summary: "", bodyHtml: "<p>Nội dung</p>",
      coverMediaId: null, coverCaption: "", byline: "", categoryId: catA, unitId: unitA, seriesId: null, seriesPart: null, isFeatured: false, ...values,
    });
    const later = new Date("2026-12-01T00:00:00Z");
    const filters: PublicListingFilter[] = [{}, { categoryId: catA }, { categoryId: catB }, { unitId: unitA }, { unitId: unitB }];
    const expectCountsRight = (step: string) => {
      for (const at of [NOW, later]) {
        for (const filter of filters) expect(publicArticleCount(db, filter, at), `${step} ${JSON.stringify(filter)} at ${at.toISOString()}`).toBe(directCount(filter, at));
      }
    };

    const draft = createArticle(db, content(), editor.id, "save", NOW);
    const second = createArticle(db, content({ categoryId: catB, unitId: unitB }), editor.id, "save", NOW);
    const steps: [string, () => void][] = [
      ["a draft", () => {}],
      ["published now", () => changeArticleStatus(db, draft.id, { status: "published", publishedAt: new Date("2026-11-20T00:00:00Z") }, editor.id, NOW)],
      ["scheduled for later", () => changeArticleStatus(db, second.id, { status: "published", publishedAt: new Date("2026-11-25T00:00:00Z") }, editor.id, NOW)],
      ["moved to another category and unit", () => saveArticleContent(db, { id: draft.id, baseVersion: draft.version, content: content({ categoryId: catB, unitId: unitB }), savedBy: editor.id, kind: "save", now: NOW })],
      ["saved without moving", () => saveArticleContent(db, { id: draft.id, baseVersion: draft.version + 1, content: content({ categoryId: catB, unitId: unitB }), savedBy: editor.id, kind: "autosave", now: NOW })],
      ["published at once instead of scheduled", () => changeArticleStatus(db, second.id, { status: "published", publishedAt: NOW }, editor.id, NOW)],
      ["unpublished", () => changeArticleStatus(db, draft.id, { status: "unpublished" }, editor.id, NOW)],
      ["published again", () => changeArticleStatus(db, draft.id, { status: "published" }, editor.id, NOW)],
      ["sent back to draft", () => changeArticleStatus(db, second.id, { status: "draft", publishedAt: null }, editor.id, NOW)],
      ["deleted", () => deleteArticle(db, draft.id)],
    ];
    for (const [step, write] of steps) {
      write();
      expectCountsRight(step);
    }
    expect(publicArticleCount(db, {}, NOW)).toBe(0);
  });

  it("reads the maintained count instead of counting the table", () => {
    const [unitId, categoryId] = [insertUnit(db).id, insertCategory(db).id];
    for (let i = 0; i < 3; i++) insertArticle(db, { unitId, categoryId });
    expect(publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, NOW).total).toBe(3);
    db.update(articleCounts).set({ published: 12345 }).where(eq(articleCounts.scope, "all")).run();
    expect(publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, NOW).total).toBe(12345);
  });
});

describe("listing queries on 2,000 generated articles", () => {
  let handle: ReturnType<typeof createTestDatabase>;
  let db: Database;
  beforeAll(async () => {
    handle = createTestDatabase();
    db = handle.db;
    await seedBulkContent(db, { articles: 2000, now: NOW });
  });
  afterAll(() => handle.close());

  /** Runs `read` and returns each distinct statement it prepared with SQLite's plan for it. */
  function plansOf(read: () => void): { sql: string; plan: string[] }[] {
    const client = db.$client;
    const statements = new Set<string>();
    const prepare = client.prepare.bind(client);
    // A spy on the real connection, not a fake: every statement still runs against the file.
    client.prepare = ((source: string) => {
      statements.add(source);
      return prepare(source);
    }) as typeof client.prepare;
    try {
      read();
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

  const someCategory = () => db.select({ id: articleCounts.scopeId }).from(articleCounts).where(eq(articleCounts.scope, "category")).get()?.id ?? 0;
  const someUnit = () => db.select({ id: articleCounts.scopeId }).from(articleCounts).where(eq(articleCounts.scope, "unit")).get()?.id ?? 0;
  const deepPage = { offset: 1990, limit: 10 };
  const listings: [string, () => PublicListingFilter][] = [
    ["/tin-tuc", () => ({})],
    ["a category", () => ({ categoryId: someCategory() })],
    ["a unit", () => ({ unitId: someUnit() })],
    ["a day", () => ({ day: { year: 2022, month: 12, day: 21 } })],
    ["an article's other articles", () => ({ excludeId: 1 })],
  ];

  it.each(listings)("reads a deep page of %s from a covering index and counts without walking all public rows", (_, filter) => {
    const plans = plansOf(() => publishedArticlesPage(db, filter(), deepPage, NOW));
    for (const { sql, plan } of plans.filter((p) => p.sql.includes('"articles"'))) {
      // No full scan of the table or of an index.
      expect(plan.filter((step) => step.startsWith("SCAN")), sql).toEqual([]);
      // The OFFSET skips index entries only: one covering index, no other table.
      if (/offset \?/.test(sql)) expect(plan, sql).toEqual([expect.stringMatching(/^SEARCH articles USING COVERING INDEX /)]);
      // A count over public rows bounded only by "published_at <= now" is the walk over all of them.
      if (/count\(\*\)/.test(sql)) expect(plan.join(" "), sql).not.toMatch(/status=\? AND published_at<\?\)/);
    }
  });

  it("reads the home page blocks and the date filter's years from index ends", () => {
    const plans = plansOf(() => {
      latestPublishedArticles(db, { limit: 3, featuredOnly: true }, NOW);
      latestPublishedArticles(db, { limit: 9 }, NOW);
      latestPublishedArticles(db, { limit: 4, categoryId: someCategory() }, NOW);
      publishedYearRange(db, NOW);
    });
    for (const { sql, plan } of plans) {
      expect(plan.filter((step) => step.startsWith("SCAN") || step.includes("TEMP B-TREE")), sql).toEqual([]);
      expect(sql).not.toMatch(/\b(min|max)\(/);
    }
  });

  it("pages through the generated articles newest first with totals that match a full count", () => {
    for (const [name, filter] of listings) {
      const current = filter();
      const page = publishedArticlesPage(db, current, { offset: 0, limit: 10 }, NOW);
      const where = and(isPublicAt(NOW), current.categoryId ? eq(articles.categoryId, current.categoryId) : undefined, current.unitId ? eq(articles.unitId, current.unitId) : undefined);
      if (!current.day && current.excludeId === undefined) expect(page.total, name).toBe(db.select({ n: count() }).from(articles).where(where).get()?.n);
      const times = page.items.map((item) => item.publishedAt.getTime());
      expect(times, name).toEqual([...times].sort((a, b) => b - a));
    }
    const last = publishedArticlesPage(db, {}, deepPage, NOW);
    expect(last.items).toHaveLength(10);
    expect(publishedArticlesPage(db, {}, { offset: 2000, limit: 10 }, NOW).items).toEqual([]);
  });
});
