import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { articleDailyViews, articles, type NewArticle } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit } from "../test-database";
import { addArticleViews, mostReadArticles, publicArticleViewCount } from "./article-views";

// 10:00 in Vietnam on Sunday 22/11/2026: the 30 days are 24/10 … 22/11.
const NOW = new Date("2026-11-22T03:00:00Z");

let handle: ReturnType<typeof createTestDatabase>;
let db: Database;
let unitId: number;
let categoryId: number;

beforeEach(() => {
  handle = createTestDatabase();
  db = handle.db;
  unitId = insertUnit(db).id;
  categoryId = insertCategory(db).id;
});
afterEach(() => handle.close());

const article = (values: Partial<NewArticle> = {}) =>
  insertArticle(db, { unitId, categoryId, publishedAt: new Date("2026-10-01T02:00:00Z"), ...values });
const storedCount = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()?.viewCount;
const dailyRows = (id: number) =>
  db.select({ day: articleDailyViews.day, views: articleDailyViews.views }).from(articleDailyViews).where(eq(articleDailyViews.articleId, id)).orderBy(articleDailyViews.day).all();

describe("publicArticleViewCount", () => {
  it("answers the stored count of a public article only", () => {
    const shown = article({ viewCount: 41 });
    const draft = article({ status: "draft", publishedAt: null });
    const scheduled = article({ publishedAt: new Date("2026-11-22T03:00:01Z") });
    const takenDown = article({ status: "unpublished" });
    expect(publicArticleViewCount(db, shown.id, NOW)).toBe(41);
    for (const hidden of [draft, scheduled, takenDown]) expect(publicArticleViewCount(db, hidden.id, NOW)).toBeNull();
    expect(publicArticleViewCount(db, 999_999, NOW)).toBeNull();
  });
});

describe("addArticleViews", () => {
  it("adds a batch to the all-time count and to each day's row, adding to rows already there", () => {
    const a = article({ viewCount: 100 });
    const b = article({ viewCount: 0 });
    addArticleViews(db, [
      { articleId: a.id, day: "2026-11-21", views: 3 },
      { articleId: a.id, day: "2026-11-22", views: 2 },
      { articleId: b.id, day: "2026-11-22", views: 1 },
    ]);
    addArticleViews(db, [{ articleId: a.id, day: "2026-11-22", views: 4 }]);
    expect(storedCount(a.id)).toBe(109);
    expect(storedCount(b.id)).toBe(1);
    expect(dailyRows(a.id)).toEqual([
      { day: "2026-11-21", views: 3 },
      { day: "2026-11-22", views: 6 },
    ]);
  });

  it("skips an article deleted since its views were counted, and writes the rest", () => {
    const kept = article();
    const deleted = article();
    db.delete(articles).where(eq(articles.id, deleted.id)).run();
    addArticleViews(db, [
      { articleId: deleted.id, day: "2026-11-22", views: 5 },
      { articleId: kept.id, day: "2026-11-22", views: 2 },
    ]);
    expect(storedCount(kept.id)).toBe(2);
    expect(dailyRows(deleted.id)).toEqual([]);
  });
});

describe("mostReadArticles", () => {
  const views = (articleId: number, day: string, count: number) => addArticleViews(db, [{ articleId, day, views: count }]);

  it("orders the public articles by their views summed over the last 30 days, up to the limit", () => {
    const ids = [article().id, article().id, article().id, article().id];
    const [a, b, c, d] = ids as [number, number, number, number];
    views(a, "2026-11-22", 5);
    views(b, "2026-11-20", 4);
    views(b, "2026-11-01", 4);
    views(c, "2026-11-10", 7);
    views(d, "2026-11-15", 1);
    expect(mostReadArticles(db, { limit: 5 }, NOW).map((r) => [r.id, r.views])).toEqual([
      [b, 8],
      [c, 7],
      [a, 5],
      [d, 1],
    ]);
    expect(mostReadArticles(db, { limit: 2 }, NOW).map((r) => r.id)).toEqual([b, c]);
  });

  it("counts the Vietnam day 29 days before today and not the one before it", () => {
    const inside = article().id;
    const outside = article().id;
    views(inside, "2026-10-24", 1);
    views(outside, "2026-10-23", 50);
    expect(mostReadArticles(db, { limit: 5 }, NOW).map((r) => [r.id, r.views])).toEqual([[inside, 1]]);
  });

  it("moves the window with the Vietnam day, not the UTC day", () => {
    const a = article().id;
    views(a, "2026-10-24", 3);
    // 17:00 UTC on the 22nd is already the 23rd in Vietnam: the 24th of October has left the window.
    expect(mostReadArticles(db, { limit: 5 }, new Date("2026-11-22T16:59:59Z")).map((r) => r.id)).toEqual([a]);
    expect(mostReadArticles(db, { limit: 5 }, new Date("2026-11-22T17:00:00Z"))).toEqual([]);
  });

  it("leaves out drafts, taken-down and scheduled articles, and the article being read", () => {
    const shown = article();
    const current = article();
    const takenDown = article({ status: "unpublished" });
    const draft = article({ status: "draft", publishedAt: null });
    const scheduled = article({ publishedAt: new Date("2026-11-23T00:00:00Z") });
    for (const [i, id] of [shown.id, current.id, takenDown.id, draft.id, scheduled.id].entries()) views(id, "2026-11-22", 10 + i);
    expect(mostReadArticles(db, { limit: 5, excludeId: current.id }, NOW).map((r) => r.id)).toEqual([shown.id]);
  });

  it("puts the newer article first when the views are equal", () => {
    const older = article({ publishedAt: new Date("2026-09-01T02:00:00Z") });
    const newer = article({ publishedAt: new Date("2026-11-01T02:00:00Z") });
    views(older.id, "2026-11-22", 3);
    views(newer.id, "2026-11-22", 3);
    const [first] = mostReadArticles(db, { limit: 5 }, NOW);
    expect(first).toMatchObject({ id: newer.id, slug: newer.slug, title: newer.title, views: 3 });
    expect(first?.publishedAt.toISOString()).toBe("2026-11-01T02:00:00.000Z");
  });
});
