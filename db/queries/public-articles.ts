import { and, asc, count, desc, eq, gt, gte, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { imageSources, type ImageSources } from "@/core/media-files";
import { type CalendarDay, vietnamCalendarDay, vietnamDayRange } from "@/core/vi-date";
import type { Database } from "../client";
import { articles, categories, media, series, units } from "../schema";

// Public means: published, and its publish time has come. Scheduling needs no job: a
// scheduled article simply starts matching this condition when its time arrives.
export function isPublicAt(now: Date): SQL {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, now)) as SQL;
}

export type ArticleListItem = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  categoryName: string;
  unitShortName: string;
  cover: ImageSources | null;
};

export type PublicListingFilter = {
  categoryId?: number;
  unitId?: number;
  /** Only the articles published on this Vietnam calendar day. */
  day?: CalendarDay | null;
  /** Leave this article out (the article page lists "the other" articles). */
  excludeId?: number;
};

function listingConditions(filter: PublicListingFilter, now: Date): SQL {
  const conditions: SQL[] = [isPublicAt(now)];
  if (filter.categoryId !== undefined) conditions.push(eq(articles.categoryId, filter.categoryId));
  if (filter.unitId !== undefined) conditions.push(eq(articles.unitId, filter.unitId));
  if (filter.excludeId !== undefined) conditions.push(ne(articles.id, filter.excludeId));
  if (filter.day) {
    const { start, end } = vietnamDayRange(filter.day);
    conditions.push(gte(articles.publishedAt, start), lt(articles.publishedAt, end));
  }
  return and(...conditions) as SQL;
}

const listItemColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  categoryName: categories.name,
  unitShortName: units.shortName,
  coverKey: media.storageKey,
  coverWidths: media.variantWidths,
  coverWidth: media.width,
  coverHeight: media.height,
  coverAlt: media.alt,
};

type ListItemRow = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  categoryName: string;
  unitShortName: string;
  coverKey: string | null;
  coverWidths: number[] | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverAlt: string | null;
};

function toListItem(row: ListItemRow): ArticleListItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    // Public rows always have a publish time: isPublicAt compares it.
    publishedAt: row.publishedAt ?? new Date(0),
    categoryName: row.categoryName,
    unitShortName: row.unitShortName,
    cover:
      row.coverKey && row.coverWidths && row.coverWidth && row.coverHeight
        ? imageSources({
            storageKey: row.coverKey,
            variantWidths: row.coverWidths,
            width: row.coverWidth,
            height: row.coverHeight,
            alt: row.coverAlt ?? "",
          })
        : null,
  };
}

function selectListItems(db: Database, where: SQL) {
  return db
    .select(listItemColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(units, eq(units.id, articles.unitId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

/** One page of "CÁC TIN ĐÃ ĐĂNG", newest first, with the total that the pager shows. */
export function publishedArticlesPage(
  db: Database,
  filter: PublicListingFilter,
  page: { offset: number; limit: number },
  now: Date = new Date(),
): { items: ArticleListItem[]; total: number } {
  const where = listingConditions(filter, now);
  const [totalRow] = db.select({ total: count() }).from(articles).where(where).all();
  const rows = selectListItems(db, where).limit(page.limit).offset(page.offset).all();
  return { items: rows.map(toListItem), total: totalRow?.total ?? 0 };
}

export function latestPublishedArticles(
  db: Database,
  options: { limit: number; categoryId?: number; featuredOnly?: boolean },
  now: Date = new Date(),
): ArticleListItem[] {
  const conditions = [listingConditions({ categoryId: options.categoryId }, now)];
  if (options.featuredOnly) conditions.push(eq(articles.isFeatured, true));
  return selectListItems(db, and(...conditions) as SQL)
    .limit(options.limit)
    .all()
    .map(toListItem);
}

export type PublicArticle = ArticleListItem & {
  bodyHtml: string;
  byline: string;
  coverCaption: string;
  viewCount: number;
  categorySlug: string;
  unitName: string;
  unitSlug: string;
  series: { id: number; title: string; part: number | null } | null;
};

export function publishedArticleBySlug(db: Database, slug: string, now: Date = new Date()): PublicArticle | null {
  const row = db
    .select({
      ...listItemColumns,
      bodyHtml: articles.bodyHtml,
      byline: articles.byline,
      coverCaption: articles.coverCaption,
      viewCount: articles.viewCount,
      categorySlug: categories.slug,
      unitName: units.name,
      unitSlug: units.slug,
      seriesId: series.id,
      seriesTitle: series.title,
      seriesPart: articles.seriesPart,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(units, eq(units.id, articles.unitId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .leftJoin(series, eq(series.id, articles.seriesId))
    .where(and(eq(articles.slug, slug), isPublicAt(now)))
    .get();
  if (!row) return null;
  return {
    ...toListItem(row),
    bodyHtml: row.bodyHtml,
    byline: row.byline,
    coverCaption: row.coverCaption,
    viewCount: row.viewCount,
    categorySlug: row.categorySlug,
    unitName: row.unitName,
    unitSlug: row.unitSlug,
    series: row.seriesId && row.seriesTitle ? { id: row.seriesId, title: row.seriesTitle, part: row.seriesPart } : null,
  };
}

export type SeriesPartLink = { slug: string; title: string; part: number | null };

/** The public parts of a series, in part order. */
export function publishedSeriesParts(db: Database, seriesId: number, now: Date = new Date()): SeriesPartLink[] {
  return db
    .select({ slug: articles.slug, title: articles.title, part: articles.seriesPart })
    .from(articles)
    .where(and(eq(articles.seriesId, seriesId), isPublicAt(now)))
    .orderBy(asc(articles.seriesPart), asc(articles.publishedAt))
    .all();
}

/** Counts one view of a public article; returns the new count, or null when it is not public. */
export function recordArticleView(db: Database, articleId: number, now: Date = new Date()): number | null {
  const row = db
    .update(articles)
    .set({ viewCount: sql`${articles.viewCount} + 1` })
    .where(and(eq(articles.id, articleId), isPublicAt(now)))
    .returning({ viewCount: articles.viewCount })
    .get();
  return row?.viewCount ?? null;
}

/** The years the date filter offers: from the oldest public article to the newest. */
export function publishedYearRange(db: Database, now: Date = new Date()): { first: number; last: number } | null {
  const row = db
    .select({
      oldest: sql<number | null>`min(${articles.publishedAt})`,
      newest: sql<number | null>`max(${articles.publishedAt})`,
    })
    .from(articles)
    .where(isPublicAt(now))
    .get();
  if (!row?.oldest || !row.newest) return null;
  const yearOf = (ms: number) => vietnamCalendarDay(new Date(ms)).year;
  return { first: yearOf(row.oldest), last: yearOf(row.newest) };
}

/**
 * When the next scheduled article becomes public (null when none waits). Cached public pages
 * must not outlive that moment; one step down the (status, published_at) index.
 */
export function nextScheduledPublication(db: Database, now: Date = new Date()): Date | null {
  const row = db
    .select({ at: sql<number | null>`min(${articles.publishedAt})` })
    .from(articles)
    .where(and(eq(articles.status, "published"), gt(articles.publishedAt, now)))
    .get();
  return row?.at ? new Date(row.at) : null;
}
