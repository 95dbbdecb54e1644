import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, min, ne, sql, type SQL } from "drizzle-orm";
import { imageSources, type ImageSources } from "@/core/media-files";
import { firstBodyImageKey } from "@/core/share-image";
import { type CalendarDay, vietnamCalendarDay, vietnamDayRange } from "@/core/vi-date";
import type { Database } from "../client";
import { articleCounts, articles, categories, media, series, units } from "../schema";

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
  /** The card's picture on listings and the home page: the cover, else the first photo in the text. */
  cardPhoto: ImageSources | null;
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

/** The columns of a list item; search results select them too (with the same joins). */
export const listItemColumns = {
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
  // Without a cover, the text from its first <img> on (a page's rows only: ids come first, see
  // publicArticleIds), for the card's picture. Read from the stored body rather than kept in a
  // column: nothing to keep in step on every save, and a page of cards reads ten or twenty bodies.
  bodyImageTag: sql<string | null>`case when ${articles.coverMediaId} is null then substr(${articles.bodyHtml}, nullif(instr(${articles.bodyHtml}, '<img'), 0), 1000) end`,
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
  bodyImageTag: string | null;
};

export function toListItem(row: ListItemRow, bodyPhoto: ImageSources | null = null): ArticleListItem {
  const cover =
    row.coverKey && row.coverWidths && row.coverWidth && row.coverHeight
      ? imageSources({ storageKey: row.coverKey, variantWidths: row.coverWidths, width: row.coverWidth, height: row.coverHeight, alt: row.coverAlt ?? "" })
      : null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    // Public rows always have a publish time: isPublicAt compares it.
    publishedAt: row.publishedAt ?? new Date(0),
    categoryName: row.categoryName,
    unitShortName: row.unitShortName,
    cover,
    cardPhoto: cover ?? bodyPhoto,
  };
}

/** List items with their card photos: one look-up for the first body photos of the rows without a cover. */
export async function toListItems(db: Database, rows: ListItemRow[]): Promise<ArticleListItem[]> {
  const keys = new Map(rows.flatMap((row) => {
    const key = row.bodyImageTag ? firstBodyImageKey(row.bodyImageTag) : null;
    return key ? [[row.id, key] as const] : [];
  }));
  const found =
    keys.size === 0
      ? []
      : await db
          .select({ storageKey: media.storageKey, variantWidths: media.variantWidths, width: media.width, height: media.height, alt: media.alt })
          .from(media)
          .where(inArray(media.storageKey, [...new Set(keys.values())]));
  const photos = new Map(found.filter((photo) => photo.variantWidths.length > 0).map((photo) => [photo.storageKey, imageSources(photo)]));
  return rows.map((row) => toListItem(row, photos.get(keys.get(row.id) ?? "") ?? null));
}

function selectListItems(db: Database, where: SQL) {
  return db
    .select(listItemColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(units, eq(units.id, articles.unitId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where);
}

// A "deferred join": the page's ids come from a covering index (status | category | unit,
// published_at, id), so even ?trang=5000 skips index entries, not full rows; then only
// those ten rows are read. See docs/decisions/0006-listings-at-scale.md.
async function publicArticleIds(db: Database, where: SQL, page: { offset: number; limit: number }): Promise<number[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((row) => row.id);
}

async function listItemsByIds(db: Database, ids: number[]): Promise<ArticleListItem[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await selectListItems(db, inArray(articles.id, ids))).map((row) => [row.id, row]));
  return toListItems(db, ids.flatMap((id) => byId.get(id) ?? []));
}

async function countWhere(db: Database, where: SQL): Promise<number> {
  const [row] = await db.select({ total: count() }).from(articles).where(where);
  return row?.total ?? 0;
}

/**
 * How many public articles a listing has, without counting the table: the maintained count of
 * published articles (db/migrations/0006) minus the scheduled ones not yet due, an indexed count
 * over the few rows with a future publish time. A day's listing is counted directly: one day
 * is a short index range.
 */
export async function publicArticleCount(db: Database, filter: PublicListingFilter, now: Date = new Date()): Promise<number> {
  const { excludeId, ...listing } = filter;
  const both = listing.categoryId !== undefined && listing.unitId !== undefined;
  if (listing.day || both) return countWhere(db, listingConditions(filter, now));
  const scope = listing.categoryId !== undefined ? eq(articleCounts.scope, "category") : listing.unitId !== undefined ? eq(articleCounts.scope, "unit") : eq(articleCounts.scope, "all");
  const scopeId = listing.categoryId ?? listing.unitId ?? 0;
  const [stored] = await db.select({ published: articleCounts.published }).from(articleCounts).where(and(scope, eq(articleCounts.scopeId, scopeId)));
  const scopeConditions: SQL[] = [eq(articles.status, "published"), gt(articles.publishedAt, now)];
  if (listing.categoryId !== undefined) scopeConditions.push(eq(articles.categoryId, listing.categoryId));
  if (listing.unitId !== undefined) scopeConditions.push(eq(articles.unitId, listing.unitId));
  const notYetDue = await countWhere(db, and(...scopeConditions) as SQL);
  const excluded = excludeId === undefined ? 0 : await countWhere(db, and(eq(articles.id, excludeId), listingConditions(listing, now)) as SQL);
  return (stored?.published ?? 0) - notYetDue - excluded;
}

/** One page of "CÁC TIN ĐÃ ĐĂNG", newest first, with the total that the pager shows. */
export async function publishedArticlesPage(
  db: Database,
  filter: PublicListingFilter,
  page: { offset: number; limit: number },
  now: Date = new Date(),
): Promise<{ items: ArticleListItem[]; total: number }> {
  const ids = await publicArticleIds(db, listingConditions(filter, now), page);
  return { items: await listItemsByIds(db, ids), total: await publicArticleCount(db, filter, now) };
}

export async function latestPublishedArticles(
  db: Database,
  options: { limit: number; categoryId?: number; featuredOnly?: boolean },
  now: Date = new Date(),
): Promise<ArticleListItem[]> {
  const conditions = [listingConditions({ categoryId: options.categoryId }, now)];
  if (options.featuredOnly) conditions.push(eq(articles.isFeatured, true));
  return listItemsByIds(db, await publicArticleIds(db, and(...conditions) as SQL, { offset: 0, limit: options.limit }));
}

export type PublicArticle = ArticleListItem & {
  updatedAt: Date;
  bodyHtml: string;
  byline: string;
  coverCaption: string;
  viewCount: number;
  categoryId: number;
  categorySlug: string;
  unitName: string;
  unitSlug: string;
  series: { id: number; title: string; part: number | null } | null;
};

export async function publishedArticleBySlug(db: Database, slug: string, now: Date = new Date()): Promise<PublicArticle | null> {
  const [row] = await db
    .select({
      ...listItemColumns,
      updatedAt: articles.updatedAt,
      bodyHtml: articles.bodyHtml,
      byline: articles.byline,
      coverCaption: articles.coverCaption,
      viewCount: articles.viewCount,
      categoryId: articles.categoryId,
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
    .where(and(eq(articles.slug, slug), isPublicAt(now)));
  if (!row) return null;
  return {
    ...toListItem(row),
    updatedAt: row.updatedAt,
    bodyHtml: row.bodyHtml,
    byline: row.byline,
    coverCaption: row.coverCaption,
    viewCount: row.viewCount,
    categoryId: row.categoryId,
    categorySlug: row.categorySlug,
    unitName: row.unitName,
    unitSlug: row.unitSlug,
    series: row.seriesId && row.seriesTitle ? { id: row.seriesId, title: row.seriesTitle, part: row.seriesPart } : null,
  };
}

/** What an article's sharing card shows, if readers may see it now. */
export async function publicArticleCard(db: Database, id: number, now: Date = new Date()): Promise<{ title: string; updatedAt: Date } | null> {
  const [card] = await db.select({ title: articles.title, updatedAt: articles.updatedAt }).from(articles).where(and(eq(articles.id, id), isPublicAt(now)));
  return card ?? null;
}

/** Where an article shows, whatever its status: its own address and its category's and unit's listings. */
export async function articleListingSlugs(db: Database, id: number): Promise<{ slug: string; categorySlug: string; unitSlug: string } | null> {
  const [row] = await db
    .select({ slug: articles.slug, categorySlug: categories.slug, unitSlug: units.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(units, eq(units.id, articles.unitId))
    .where(eq(articles.id, id));
  return row ?? null;
}

export type SeriesPartLink = { id: number; slug: string; title: string; part: number | null };

/** The public parts of a series, in part order. */
export async function publishedSeriesParts(db: Database, seriesId: number, now: Date = new Date()): Promise<SeriesPartLink[]> {
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, part: articles.seriesPart })
    .from(articles)
    .where(and(eq(articles.seriesId, seriesId), isPublicAt(now)))
    .orderBy(asc(articles.seriesPart), asc(articles.publishedAt));
}

/** The years the date filter offers: from the oldest public article to the newest. */
export async function publishedYearRange(db: Database, now: Date = new Date()): Promise<{ first: number; last: number } | null> {
  // Two one-row reads from the index's ends; min() and max() together would walk the range.
  const edge = async (order: SQL) => (await db.select({ at: articles.publishedAt }).from(articles).where(isPublicAt(now)).orderBy(order).limit(1))[0]?.at ?? null;
  const oldest = await edge(asc(articles.publishedAt));
  const newest = await edge(desc(articles.publishedAt));
  if (!oldest || !newest) return null;
  const yearOf = (at: Date) => vietnamCalendarDay(at).year;
  return { first: yearOf(oldest), last: yearOf(newest) };
}

/** The public articles' addresses for the sitemap, newest first: only what it needs, a slice at a time. */
export async function publicArticleAddresses(db: Database, slice: { offset: number; limit: number }, now: Date = new Date()): Promise<{ slug: string; updatedAt: Date }[]> {
  if (slice.limit <= 0) return [];
  return db
    .select({ slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .where(isPublicAt(now))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(slice.limit)
    .offset(slice.offset);
}

/**
 * When the next scheduled article becomes public (null when none waits). Cached public pages
 * must not outlive that moment; one step down the (status, published_at) index.
 */
export async function nextScheduledPublication(db: Database, now: Date = new Date()): Promise<Date | null> {
  const [row] = await db
    .select({ at: min(articles.publishedAt) })
    .from(articles)
    .where(and(eq(articles.status, "published"), gt(articles.publishedAt, now)));
  return row?.at ?? null;
}
