import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { earliest, lifetimeUntil } from "@/core/cache-life";
import { type CalendarDay, vietnamCalendarDay, vietnamDayRange } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { redirectedSlug } from "@/db/queries/article-writes";
import {
  latestPublishedArticles,
  nextScheduledPublication,
  publishedArticleBySlug,
  publishedArticlesPage,
  publishedSeriesParts,
  publishedYearRange,
  type PublicListingFilter,
} from "@/db/queries/public-articles";
import { listCategories, listUnits, rootUnit } from "@/db/queries/taxonomy";
import { cacheTags } from "./cache-tags";
import { getDatabase } from "./database";

// The public pages' data, cached by Next ("use cache", keyed by the arguments) and tagged so that
// a change readers can see expires it (server/cache-tags.ts). Every read of the database that a
// public page makes goes through here: SQLite answers synchronously, so Next could not tell an
// uncached read from a constant, and would bake it into a cached page with no tag to expire it.

/**
 * How long public content stays true by itself: until the next scheduled article is due, or the
 * new year adds a year to the date filter (both in Vietnam time). Called once per cached function.
 */
function publicLifetime(db: Database, now: Date) {
  const nextYear = vietnamDayRange({ year: vietnamCalendarDay(now).year + 1, month: 1, day: 1 }).start;
  return lifetimeUntil(earliest(nextScheduledPublication(db, now), nextYear), now);
}

/** The union, categories and units: the header, the footer and the category and unit pages. */
export async function siteTaxonomy() {
  "use cache";
  cacheTag(cacheTags.taxonomy);
  cacheLife("max");
  const db = getDatabase();
  return { union: rootUnit(db), categories: listCategories(db), units: listUnits(db) };
}

/** The home page: featured, newest, and the latest of each category. */
export async function homeContent() {
  "use cache";
  cacheTag(cacheTags.articles, cacheTags.taxonomy);
  const db = getDatabase();
  const now = new Date();
  cacheLife(publicLifetime(db, now));
  const featured = latestPublishedArticles(db, { limit: 3, featuredOnly: true }, now);
  const latest = latestPublishedArticles(db, { limit: 9 }, now);
  const sections = listCategories(db).map((category) => ({
    category,
    articles: latestPublishedArticles(db, { limit: 4, categoryId: category.id }, now),
  }));
  return { featured, latest, sections };
}

/** One page of "CÁC TIN ĐÃ ĐĂNG" with its total, and the years and current year of the date filter. */
export async function listingContent(filter: Omit<PublicListingFilter, "day">, page: number, perPage: number, day: CalendarDay | null) {
  "use cache";
  cacheTag(cacheTags.articles);
  const db = getDatabase();
  const now = new Date();
  cacheLife(publicLifetime(db, now));
  const { items, total } = publishedArticlesPage(db, { ...filter, day }, { offset: (page - 1) * perPage, limit: perPage }, now);
  return { items, total, years: publishedYearRange(db, now), currentYear: vietnamCalendarDay(now).year };
}

/** A public article with its series, or where its old address moved, or nothing. */
export async function articleContent(slug: string) {
  "use cache";
  cacheTag(cacheTags.articles);
  const db = getDatabase();
  const now = new Date();
  cacheLife(publicLifetime(db, now));
  const article = publishedArticleBySlug(db, slug, now);
  if (!article) return { article: null, movedTo: redirectedSlug(db, slug, now) };
  cacheTag(cacheTags.article(article.id));
  const seriesParts = article.series ? publishedSeriesParts(db, article.series.id, now) : [];
  return { article: { ...article, seriesParts }, movedTo: null };
}
