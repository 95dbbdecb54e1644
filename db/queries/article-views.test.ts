import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { articleDailyViews, articles, type NewArticle } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "../test-database";
import { addArticleViews, mostReadArticles, publicArticleViewCount } from "./article-views";
import { writeTransaction } from "@/db/transaction";

// 10:00 in Vietnam on Sunday 22/11/2026: the 30 days are 24/10 … 22/11.
const NOW = new Date("2026-11-22T03:00:00Z");

let handle: TestDatabase;
let db: Database;
let unitId: number;
let categoryId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db)).id;
  categoryId = (await insertCategory(db)).id;
});
afterEach(() => handle.close());

const article = async (values: Partial<NewArticle> = {}) =>
  await insertArticle(db, { unitId, categoryId, publishedAt: new Date("2026-10-01T02:00:00Z"), ...values });
const storedCount = async (id: number) => (await db.select().from(articles).where(eq(articles.id, id)).limit(1))[0]?.viewCount;
const dailyRows = async (id: number) =>
  (await db.select({ day: articleDailyViews.day, views: articleDailyViews.views }).from(articleDailyViews).where(eq(articleDailyViews.articleId, id)).orderBy(articleDailyViews.day));

describe("publicArticleViewCount", () => {
  it("answers the stored count of a public article only", async () => {
    const shown = await article({ viewCount: 41 });
    const draft = await article({ status: "draft", publishedAt: null });
    const scheduled = await article({ publishedAt: new Date("2026-11-22T03:00:01Z") });
    const takenDown = await article({ status: "unpublished" });
    expect(await publicArticleViewCount(db, shown.id, NOW)).toBe(41);
    for (const hidden of [draft, scheduled, takenDown]) expect(await publicArticleViewCount(db, hidden.id, NOW)).toBeNull();
    expect(await publicArticleViewCount(db, 999_999, NOW)).toBeNull();
  });
});

describe("addArticleViews", () => {
  it("adds a batch to the all-time count and to each day's row, adding to rows already there", async () => {
    const a = await article({ viewCount: 100 });
    const b = await article({ viewCount: 0 });
    await addArticleViews(db, [
      { articleId: a.id, day: "2026-11-21", views: 3 },
      { articleId: a.id, day: "2026-11-22", views: 2 },
      { articleId: b.id, day: "2026-11-22", views: 1 },
    ]);
    await addArticleViews(db, [{ articleId: a.id, day: "2026-11-22", views: 4 }]);
    expect(await storedCount(a.id)).toBe(109);
    expect(await storedCount(b.id)).toBe(1);
    expect(await dailyRows(a.id)).toEqual([
      { day: "2026-11-21", views: 3 },
      { day: "2026-11-22", views: 6 },
    ]);
  });

  it("skips an article deleted since its views were counted, and writes the rest", async () => {
    const kept = await article();
    const deleted = await article();
    await writeTransaction(db, (tx) => tx.delete(articles).where(eq(articles.id, deleted.id)));
    await addArticleViews(db, [
      { articleId: deleted.id, day: "2026-11-22", views: 5 },
      { articleId: kept.id, day: "2026-11-22", views: 2 },
    ]);
    expect(await storedCount(kept.id)).toBe(2);
    expect(await dailyRows(deleted.id)).toEqual([]);
  });
});

describe("mostReadArticles", () => {
  const views = async (articleId: number, day: string, count: number) => await addArticleViews(db, [{ articleId, day, views: count }]);

  it("orders the public articles by their views summed over the last 30 days, up to the limit", async () => {
    const ids = [(await article()).id, (await article()).id, (await article()).id, (await article()).id];
    const [a, b, c, d] = ids as [number, number, number, number];
    await views(a, "2026-11-22", 5);
    await views(b, "2026-11-20", 4);
    await views(b, "2026-11-01", 4);
    await views(c, "2026-11-10", 7);
    await views(d, "2026-11-15", 1);
    expect((await mostReadArticles(db, { limit: 5 }, NOW)).map((r) => [r.id, r.views])).toEqual([
      [b, 8],
      [c, 7],
      [a, 5],
      [d, 1],
    ]);
    expect((await mostReadArticles(db, { limit: 2 }, NOW)).map((r) => r.id)).toEqual([b, c]);
  });

  it("counts the Vietnam day 29 days before today and not the one before it", async () => {
    const inside = (await article()).id;
    const outside = (await article()).id;
    await views(inside, "2026-10-24", 1);
    await views(outside, "2026-10-23", 50);
    expect((await mostReadArticles(db, { limit: 5 }, NOW)).map((r) => [r.id, r.views])).toEqual([[inside, 1]]);
  });

  it("moves the window with the Vietnam day, not the UTC day", async () => {
    const a = (await article()).id;
    await views(a, "2026-10-24", 3);
    // 17:00 UTC on the 22nd is already the 23rd in Vietnam: the 24th of October has left the window.
    expect((await mostReadArticles(db, { limit: 5 }, new Date("2026-11-22T16:59:59Z"))).map((r) => r.id)).toEqual([a]);
    expect(await mostReadArticles(db, { limit: 5 }, new Date("2026-11-22T17:00:00Z"))).toEqual([]);
  });

  it("leaves out drafts, taken-down and scheduled articles, and the article being read", async () => {
    const shown = await article();
    const current = await article();
    const takenDown = await article({ status: "unpublished" });
    const draft = await article({ status: "draft", publishedAt: null });
    const scheduled = await article({ publishedAt: new Date("2026-11-23T00:00:00Z") });
    for (const [i, id] of [shown.id, current.id, takenDown.id, draft.id, scheduled.id].entries()) await views(id, "2026-11-22", 10 + i);
    expect((await mostReadArticles(db, { limit: 5, excludeId: current.id }, NOW)).map((r) => r.id)).toEqual([shown.id]);
  });

  it("puts the newer article first when the views are equal", async () => {
    const older = await article({ publishedAt: new Date("2026-09-01T02:00:00Z") });
    const newer = await article({ publishedAt: new Date("2026-11-01T02:00:00Z") });
    await views(older.id, "2026-11-22", 3);
    await views(newer.id, "2026-11-22", 3);
    const [first] = await mostReadArticles(db, { limit: 5 }, NOW);
    expect(first).toMatchObject({ id: newer.id, slug: newer.slug, title: newer.title, views: 3 });
    expect(first?.publishedAt.toISOString()).toBe("2026-11-01T02:00:00.000Z");
  });
});
