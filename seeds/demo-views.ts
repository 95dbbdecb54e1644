import { count } from "drizzle-orm";
import { addCalendarDays, dayKey, vietnamCalendarDay } from "@/core/vi-date";
import type { DailyViews } from "@/core/view-tally";
import type { Database } from "@/db/client";
import { addArticleViews } from "@/db/queries/article-views";
import { isPublicAt } from "@/db/queries/public-articles";
import { articleDailyViews, articles } from "@/db/schema";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Plausible readership for the demo's last 30 days, so "Tin xem nhiều" has something to show:
 * articles of the last two months are read far more each day than old ones, and much-read articles
 * more than others, with a steady day-to-day wobble (no randomness: the demo is the same each time).
 * Written like real views, so the all-time "Đã xem" includes them.
 */
export async function seedDemoDailyViews(db: Database, now: Date): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(articleDailyViews);
  if ((existing?.n ?? 0) > 0) return;
  const today = vietnamCalendarDay(now);
  const published = await db
    .select({ id: articles.id, publishedAt: articles.publishedAt, viewCount: articles.viewCount })
    .from(articles)
    .where(isPublicAt(now))
    .orderBy(articles.id);
  const batch: DailyViews[] = [];
  for (const article of published) {
    if (!article.publishedAt) continue;
    const firstDay = dayKey(vietnamCalendarDay(article.publishedAt));
    const recent = now.getTime() - article.publishedAt.getTime() < 60 * DAY_MS;
    const perDay = article.viewCount / (recent ? 40 : 600);
    for (let back = 0; back < 30; back++) {
      const day = dayKey(addCalendarDays(today, -back));
      if (day < firstDay) break;
      const wobble = 0.5 + ((article.id * 37 + back * 11) % 10) / 10;
      const views = Math.round(perDay * wobble);
      if (views > 0) batch.push({ articleId: article.id, day, views });
    }
  }
  await addArticleViews(db, batch);
}
