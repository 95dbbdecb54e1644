// Listings at 100,000 articles: "Tổng số" comes from the maintained counts, kept right by every
// write, and no listing query walks all public rows (checked on each dialect's own query plans:
// SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN after the ANALYZE that autovacuum would run).
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { seedBulkContent } from "@/seeds/bulk";
import type { Database } from "../client";
import { articleCounts, articles } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, runTestSql, type TestDatabase } from "../test-database";
import { type ArticleContent, changeArticleStatus, createArticle, deleteArticle, saveArticleContent } from "./article-writes";
import { isPublicAt, latestPublishedArticles, publicArticleCount, publishedArticlesPage, publishedYearRange, type PublicListingFilter } from "./public-articles";
import { writeTransaction } from "@/db/transaction";
import { workspaceArticlesPage } from "./workspace-articles";
import { connections } from "@/db/client";
import { activeDialect } from "@/db/dialect";

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
      ["published now", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, "publish", { status: "published", publishedAt: new Date("2026-11-20T00:00:00Z") }, editor.id, NOW))],
      ["scheduled for later", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, second.id, "publish", { status: "published", publishedAt: new Date("2026-11-25T00:00:00Z") }, editor.id, NOW))],
      ["moved to another category and unit", async () => writeTransaction(db, (tx) => saveArticleContent(tx, { id: draft.id, baseVersion: draft.version, content: content({ categoryId: catB, unitId: unitB }), savedBy: editor.id, kind: "save", now: NOW }))],
      ["saved without moving", async () => writeTransaction(db, (tx) => saveArticleContent(tx, { id: draft.id, baseVersion: draft.version + 1, content: content({ categoryId: catB, unitId: unitB }), savedBy: editor.id, kind: "autosave", now: NOW }))],
      ["published at once instead of scheduled", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, second.id, "publish", { status: "published", publishedAt: NOW }, editor.id, NOW))],
      ["unpublished", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, "unpublish", { status: "unpublished" }, editor.id, NOW))],
      ["published again", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, "publish", { status: "published" }, editor.id, NOW))],
      ["sent back to draft", async () => writeTransaction(db, (tx) => changeArticleStatus(tx, second.id, "return", { status: "draft", publishedAt: null }, editor.id, NOW))],
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
    // What autovacuum does after a bulk load: statistics for the planner, and the visibility map
    // that lets an index-only scan skip the table.
    if (activeDialect() === "postgres") await runTestSql(db, { sqlite: "", postgres: "VACUUM ANALYZE articles" });
  });
  afterAll(() => handle.close());

  const onPostgres = activeDialect() === "postgres";

  /**
   * Runs `read` and returns each distinct statement it sent, with the database's plan for it: on
   * SQLite the steps of EXPLAIN QUERY PLAN ("SEARCH articles USING COVERING INDEX …"), on
   * PostgreSQL one line per plan node ("Index Only Scan using articles_public_idx on articles").
   */
  async function plansOf(read: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
    const opened = connections(db);
    if (opened.dialect === "postgres") {
      const pool = opened.database.$client;
      const sent = new Map<string, unknown[]>();
      const query = pool.query.bind(pool);
      // A spy on the real pool, not a fake: every statement still runs on the server.
      pool.query = ((config: string | { text: string }, values?: unknown[]) => {
        sent.set(typeof config === "string" ? config : config.text, values ?? []);
        return query(config as string, values);
      }) as typeof pool.query;
      try {
        await read();
      } finally {
        pool.query = query;
      }
      const plans = [];
      for (const [sql, values] of sent) {
        const explained = await pool.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${sql}`, values);
        plans.push({ sql, plan: planLines(explained.rows[0]?.["QUERY PLAN"][0].Plan) });
      }
      return plans;
    }
    const client = opened.reader;
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

  type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; "Index Cond"?: string; Filter?: string; Plans?: PlanNode[] };
  /** "Index Only Scan using articles_public_idx on articles [cond: …]", one line per node, depth first. */
  function planLines(node: PlanNode | undefined): string[] {
    if (!node) return [];
    const using = node["Index Name"] ? ` using ${node["Index Name"]}` : "";
    const on = node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
    const cond = node["Index Cond"] ? ` [cond: ${node["Index Cond"]}]` : "";
    return [`${node["Node Type"]}${using}${on}${cond}`, ...(node.Plans ?? []).flatMap(planLines)];
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
    expect(plans.filter((p) => p.sql.includes('"articles"')).length).toBeGreaterThan(0);
    for (const { sql, plan } of plans.filter((p) => p.sql.includes('"articles"'))) {
      if (onPostgres) {
        // No sequential scan of the articles (a small table such as media may be read whole).
        expect(plan.filter((node) => /^(Seq Scan|Bitmap Heap Scan) on articles/.test(node)), sql).toEqual([]);
        // The OFFSET skips index entries only: an index-only scan, in the index's order (no sort).
        if (/offset \$/.test(sql)) {
          expect(plan.filter((node) => node.includes(" on articles")), sql).toEqual([expect.stringMatching(/^Index Only Scan using articles_\w*public_idx on articles/)]);
          expect(plan.filter((node) => node.startsWith("Sort")), sql).toEqual([]);
        }
        // A count whose index range is only "public now" is the walk over all public rows.
        if (/count\(\*\)/.test(sql)) expect(plan.join(" "), sql).not.toMatch(/\[cond: \(\(status = '\w+'::text\) AND \(published_at <= '[^']+'::timestamp with time zone\)\)\]/);
        continue;
      }
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
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) {
      if (onPostgres) expect(plan.filter((node) => /^(Seq Scan|Bitmap Heap Scan) on articles|^Sort/.test(node)), sql).toEqual([]);
      else expect(plan.filter((step) => step.startsWith("SCAN") || step.includes("TEMP B-TREE")), sql).toEqual([]);
      expect(sql).not.toMatch(/\b(min|max)\(/);
    }
  });

  it("reads the workspace's newest changes, every status, from an index's end rather than sorting every article", async () => {
    const plans = await plansOf(async () => workspaceArticlesPage(db, {}, { offset: 0, limit: 20 }));
    const listing = plans.filter((p) => / limit /i.test(p.sql));
    expect(listing).toHaveLength(1);
    for (const { sql, plan } of listing) {
      if (onPostgres) expect(plan.filter((node) => /^(Seq Scan|Bitmap Heap Scan) on articles|^(Sort|Incremental Sort)/.test(node)), sql).toEqual([]);
      else expect(plan.filter((step) => /^SCAN articles\b(?! USING INDEX articles_updated_idx)|TEMP B-TREE/.test(step)), sql).toEqual([]);
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
