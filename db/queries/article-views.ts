import { and, desc, eq, gte, lte, ne, sql, type SQL } from "drizzle-orm";
import { addCalendarDays, dayKey, vietnamCalendarDay } from "@/core/vi-date";
import type { DailyViews } from "@/core/view-tally";
import { connections, type Database } from "../client";
import { writeTransaction } from "../transaction";
import { articleDailyViews, articles } from "../schema";
import { isPublicAt } from "./public-articles";

/** The stored "Đã xem" of a public article, or null when there is no such public article. */
export async function publicArticleViewCount(db: Database, articleId: number, now: Date = new Date()): Promise<number | null> {
  const [row] = await db
    .select({ viewCount: articles.viewCount })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublicAt(now)));
  return row?.viewCount ?? null;
}

/**
 * Writes a batch of counted views in one transaction: the all-time total on the article and the
 * day's row for "Tin xem nhiều". The views were counted while the article was public, so they are
 * kept even if it was taken down since; an article deleted since is skipped (nothing to add to).
 */
export async function addArticleViews(db: Database, batch: readonly DailyViews[]): Promise<void> {
  await writeTransaction(db, async (tx) => {
    for (const { articleId, day, views } of batch) {
      const [updated] = await tx
        .update(articles)
        .set({ viewCount: sql`${articles.viewCount} + ${views}` })
        .where(eq(articles.id, articleId))
        .returning({ id: articles.id });
      if (!updated) continue;
      await tx
        .insert(articleDailyViews)
        .values({ articleId, day, views })
        .onConflictDoUpdate({
          target: [articleDailyViews.articleId, articleDailyViews.day],
          set: { views: sql`${articleDailyViews.views} + excluded.views` },
        });
    }
  });
}

/**
 * The same write, synchronously, for a process's "exit" listener, which cannot wait for a Promise.
 * SQLite only (its driver writes synchronously); false when it cannot write now: on PostgreSQL,
 * or while a transaction is still open on the writer.
 */
export function addArticleViewsAtExit(db: Database, batch: readonly DailyViews[]): boolean {
  const opened = connections(db);
  if (opened.dialect !== "sqlite" || opened.writer.inTransaction) return false;
  const total = opened.writer.prepare("UPDATE articles SET view_count = view_count + ? WHERE id = ?");
  const daily = opened.writer.prepare(
    "INSERT INTO article_daily_views (article_id, day, views) VALUES (?, ?, ?) ON CONFLICT (article_id, day) DO UPDATE SET views = views + excluded.views",
  );
  opened.writer.transaction(() => {
    for (const { articleId, day, views } of batch) if (total.run(views, articleId).changes > 0) daily.run(articleId, day, views);
  })();
  return true;
}

export type MostReadArticle = { id: number; slug: string; title: string; publishedAt: Date; views: number };

export const MOST_READ_DAYS = 30;

/**
 * "Tin xem nhiều": the public articles read most over the last 30 Vietnam days (today and the
 * 29 before it), most views first, then the newer article.
 */
export async function mostReadArticles(
  db: Database,
  options: { limit: number; excludeId?: number; days?: number },
  now: Date = new Date(),
): Promise<MostReadArticle[]> {
  const today = vietnamCalendarDay(now);
  const firstDay = dayKey(addCalendarDays(today, 1 - (options.days ?? MOST_READ_DAYS)));
  const conditions: SQL[] = [gte(articleDailyViews.day, firstDay), lte(articleDailyViews.day, dayKey(today)), isPublicAt(now)];
  if (options.excludeId !== undefined) conditions.push(ne(articles.id, options.excludeId));
  const views = sql<number>`sum(${articleDailyViews.views})`;
  const rows = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt, views })
    .from(articleDailyViews)
    .innerJoin(articles, eq(articles.id, articleDailyViews.articleId))
    .where(and(...conditions))
    .groupBy(articles.id)
    .orderBy(desc(views), desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit);
  // Public rows always have a publish time: isPublicAt compares it.
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0), views: Number(row.views) }));
}
