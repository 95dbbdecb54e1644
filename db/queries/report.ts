// What the year-end report counts (issue 18), per unit, for a period: the same statements on
// SQLite and PostgreSQL. Each unit's own figures come back; rolling them up the tree, the previous
// period and the charts are the caller's (server/report.ts, core/report-figures.ts).
import { and, asc, count, countDistinct, eq, gt, gte, inArray, isNotNull, lt, lte, max, min, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { MostRead } from "@/core/report";
import { emptyOwnFigures, monthsOf, type OwnFigures } from "@/core/report-figures";
import { dayKey, storedDay, vietnamDayRange } from "@/core/vi-date";
import type { ReportPeriod } from "@/core/report-period";
import { periodRange } from "@/core/report-period";
import type { Database } from "../client";
import { albumPhotos, albums, articleDailyViews, articleEvents, articles, documentIssuers, documents, units, users } from "../schema";
import { isPublicAt } from "./public-articles";

/**
 * Whose articles: every unit (null), the units of a subtree, or one person's own ("Của tôi"). A
 * figure of a unit outside the scope is never read.
 */
export type ReportFilter = { unitIds: readonly number[] | null; authorId: number | null };

/**
 * The articles published in the period of one unit, by one writer, in one Vietnam month
 * ("2026-04"), and their photos: what the figures and the monthly chart count, a few hundred groups
 * where a year has 10,000 articles.
 */
export type PublishedGroup = { unitId: number; createdBy: number | null; month: string; articles: number; photos: number };

function scopeOf(filter: ReportFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.unitIds) conditions.push(inArray(articles.unitId, [...filter.unitIds]));
  if (filter.authorId !== null) conditions.push(eq(articles.createdBy, filter.authorId));
  return conditions;
}

/** Published in the period and public now (a scheduled article counts once its time has come). */
function publishedIn(period: ReportPeriod, now: Date): SQL {
  const { start, end } = periodRange(period);
  return and(isPublicAt(now), gte(articles.publishedAt, start), lt(articles.publishedAt, end)) as SQL;
}

/**
 * The month of the period an article was published in, as its place in `months`: a CASE over the
 * months' first instants in Vietnam time, the same statement on SQLite and PostgreSQL.
 */
function monthPlace(months: readonly string[]): SQL {
  const later = months.slice(1).map((month, i) => sql`when ${lt(articles.publishedAt, vietnamDayRange(storedDay(`${month}-01`)).start)} then ${sql.raw(String(i))}`);
  return later.length === 0 ? sql`0` : sql`case ${sql.join(later, sql` `)} else ${sql.raw(String(months.length - 1))} end`;
}

export async function publishedGroups(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<PublishedGroup[]> {
  const months = monthsOf(period);
  const published = db
    .select({ unitId: articles.unitId, createdBy: articles.createdBy, place: sql<number>`${monthPlace(months)}`.as("month_place"), photos: articles.photoCount })
    .from(articles)
    .where(and(publishedIn(period, now), ...scopeOf(filter)))
    .as("published");
  const rows = await db
    .select({ unitId: published.unitId, createdBy: published.createdBy, place: published.place, articles: count(), photos: sql<number>`sum(${published.photos})` })
    .from(published)
    .groupBy(published.unitId, published.createdBy, sql`${published.place}`);
  return rows.map((row) => ({ unitId: row.unitId, createdBy: row.createdBy, month: months[Number(row.place)] ?? "", articles: Number(row.articles), photos: Number(row.photos) }));
}

/** Per unit, the articles published in the period and their photos, counted by the database. */
async function publishedPerUnit(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<{ unitId: number; n: number; photos: number }[]> {
  const rows = await db
    .select({ unitId: articles.unitId, n: count(), photos: sql<number>`sum(${articles.photoCount})` })
    .from(articles)
    .where(and(publishedIn(period, now), ...scopeOf(filter)))
    .groupBy(articles.unitId);
  return rows.map((row) => ({ unitId: row.unitId, n: Number(row.n), photos: Number(row.photos) }));
}

/** Articles that took a workflow step in the period, per unit: each article once per step. */
async function stepsInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod): Promise<{ unitId: number; action: string; articles: number }[]> {
  const { start, end } = periodRange(period);
  const rows = await db
    .select({ unitId: articles.unitId, action: articleEvents.action, articles: countDistinct(articleEvents.articleId) })
    .from(articleEvents)
    .innerJoin(articles, eq(articles.id, articleEvents.articleId))
    .where(and(inArray(articleEvents.action, ["submit", "return", "unpublish"]), gte(articleEvents.at, start), lt(articleEvents.at, end), ...scopeOf(filter)))
    .groupBy(articles.unitId, articleEvents.action);
  return rows.map((row) => ({ ...row, articles: Number(row.articles) }));
}

const sentEvent = alias(articleEvents, "sent_event");
const publishEvent = alias(articleEvents, "publish_event");

/**
 * How long each article published in the period waited: from its last "Gửi duyệt" to the
 * publication that followed it (a public article's last step is a publication, so one follows).
 * An article an editor published without review has none. Two index look-ups per article.
 */
async function reviewTimes(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<{ unitId: number; ms: number }[]> {
  const lastSent = db
    .select({ at: max(sentEvent.at) })
    .from(sentEvent)
    .where(and(eq(sentEvent.articleId, articles.id), eq(sentEvent.action, "submit")));
  const reviewed = db
    .select({ id: articles.id, unitId: articles.unitId, sentAt: sql`(${lastSent})`.mapWith(articleEvents.at).as("sent_at") })
    .from(articles)
    .where(and(publishedIn(period, now), ...scopeOf(filter)))
    .as("reviewed");
  const publication = db
    .select({ at: min(publishEvent.at) })
    .from(publishEvent)
    .where(and(eq(publishEvent.articleId, reviewed.id), eq(publishEvent.action, "publish"), gte(publishEvent.at, reviewed.sentAt)));
  const rows = await db
    .select({ unitId: reviewed.unitId, sentAt: reviewed.sentAt, publishedAt: sql`(${publication})`.mapWith(articleEvents.at) })
    .from(reviewed)
    .where(isNotNull(reviewed.sentAt));
  return rows.flatMap((row) => (row.publishedAt instanceof Date && row.sentAt instanceof Date ? [{ unitId: row.unitId, ms: row.publishedAt.getTime() - row.sentAt.getTime() }] : []));
}

/** The views of each article read in the period (the per-day table), summed by the database. */
function viewsPerArticle(db: Database, period: ReportPeriod) {
  return db
    .select({ articleId: articleDailyViews.articleId, views: sql<number>`sum(${articleDailyViews.views})`.as("views") })
    .from(articleDailyViews)
    .where(and(gte(articleDailyViews.day, dayKey(period.first)), lte(articleDailyViews.day, dayKey(period.last))))
    .groupBy(articleDailyViews.articleId)
    .as("per_article");
}

/** Views in the period per unit. */
async function viewsPerUnit(db: Database, filter: ReportFilter, period: ReportPeriod): Promise<{ unitId: number; views: number }[]> {
  const perArticle = viewsPerArticle(db, period);
  const rows = await db
    .select({ unitId: articles.unitId, views: sql<number>`sum(${perArticle.views})` })
    .from(perArticle)
    .innerJoin(articles, eq(articles.id, perArticle.articleId))
    .where(and(...scopeOf(filter)))
    .groupBy(articles.unitId);
  return rows.map((row) => ({ unitId: row.unitId, views: Number(row.views) }));
}

/**
 * The most-read article's key: views × 10^8 + id, so that the largest key is the most read and, of
 * two read as much, the newer (ids stay below 10^8). A GROUP BY finds each unit's largest without
 * sorting its articles, as a window function's row_number() did (a year at 100,000 articles: 36 →
 * 22 ms). The key comes back as text and is split with BigInt: exact while it fits in 64 bits, up to
 * about 92 billion views of one article in the period.
 */
const MOST_READ_KEY = 100_000_000n;

/**
 * Views in the period per unit, and each unit's most-read article: public now, the most read,
 * the newer of two read as much; none when the unit's read articles have all been taken down.
 * The database sums and picks, one row per unit, with the same SQL on SQLite and PostgreSQL: a
 * year's 10,000 read articles never come back one by one.
 */
async function viewsAndMostRead(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<{ unitId: number; views: number; mostRead: MostRead | null }[]> {
  const perArticle = viewsPerArticle(db, period);
  const key = sql`max(case when ${isPublicAt(now)} then ${perArticle.views} * ${sql.raw(String(MOST_READ_KEY))} + ${articles.id} end)`;
  const rows = await db
    .select({ unitId: articles.unitId, views: sql<number>`sum(${perArticle.views})`, mostReadKey: sql<string | null>`cast(${key} as text)` })
    .from(perArticle)
    .innerJoin(articles, eq(articles.id, perArticle.articleId))
    .where(and(...scopeOf(filter)))
    .groupBy(articles.unitId);
  const winners = new Map(
    rows.flatMap((row) => {
      if (row.mostReadKey === null) return [];
      const packed = BigInt(row.mostReadKey);
      return [[row.unitId, { articleId: Number(packed % MOST_READ_KEY), views: Number(packed / MOST_READ_KEY) }] as const];
    }),
  );
  const topIds = [...winners.values()].map((winner) => winner.articleId);
  const titles = new Map((topIds.length > 0 ? await db.select({ id: articles.id, title: articles.title, slug: articles.slug }).from(articles).where(inArray(articles.id, topIds)) : []).map((row) => [row.id, row]));
  return rows.map((row) => {
    const winner = winners.get(row.unitId);
    const named = winner && titles.get(winner.articleId);
    return { unitId: row.unitId, views: Number(row.views), mostRead: named ? { articleId: named.id, title: named.title, slug: named.slug, views: winner.views } : null };
  });
}

/** Documents (by their issuing unit) and albums published in the period, per unit. */
async function galleriesInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod) {
  if (filter.authorId !== null) {
    // "Của tôi" counts a person's articles; documents and albums are the unit's, not theirs.
    return { documents: [], albums: [] };
  }
  const { start, end } = periodRange(period);
  const documentRows = await db
    .select({ unitId: documentIssuers.unitId, n: count() })
    .from(documents)
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(and(eq(documents.status, "published"), gte(documents.publishedAt, start), lt(documents.publishedAt, end), isNotNull(documentIssuers.unitId), ...(filter.unitIds ? [inArray(documentIssuers.unitId, [...filter.unitIds])] : [])))
    .groupBy(documentIssuers.unitId);
  const albumRows = await db
    .select({ unitId: albums.unitId, n: countDistinct(albums.id), photos: count(albumPhotos.id) })
    .from(albums)
    .leftJoin(albumPhotos, eq(albumPhotos.albumId, albums.id))
    .where(and(eq(albums.status, "published"), gte(albums.publishedAt, start), lt(albums.publishedAt, end), isNotNull(albums.unitId), ...(filter.unitIds ? [inArray(albums.unitId, [...filter.unitIds])] : [])))
    .groupBy(albums.unitId);
  return {
    documents: documentRows.map((row) => ({ unitId: row.unitId ?? 0, n: Number(row.n) })),
    albums: albumRows.map((row) => ({ unitId: row.unitId ?? 0, n: Number(row.n), photos: Number(row.photos) })),
  };
}

/** A unit's own figures, started at nothing the first time it is asked for. */
function figuresByUnit(): { own: Map<number, OwnFigures>; of: (unitId: number) => OwnFigures } {
  const own = new Map<number, OwnFigures>();
  const of = (unitId: number): OwnFigures => {
    let figures = own.get(unitId);
    if (!figures) {
      figures = emptyOwnFigures();
      own.set(unitId, figures);
    }
    return figures;
  };
  return { own, of };
}

function addGalleries(of: (unitId: number) => OwnFigures, galleries: Awaited<ReturnType<typeof galleriesInPeriod>>): void {
  for (const row of galleries.documents) of(row.unitId).documents += row.n;
  for (const row of galleries.albums) {
    // An album's photos are published photos of its unit, as an article's are.
    of(row.unitId).albums += row.n;
    of(row.unitId).photos += row.photos;
  }
}

/** Each unit's own figures in the period, and the groups of published articles they were counted from. */
export async function ownFiguresInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<{ own: Map<number, OwnFigures>; published: PublishedGroup[] }> {
  const published = await publishedGroups(db, filter, period, now);
  const steps = await stepsInPeriod(db, filter, period);
  const waits = await reviewTimes(db, filter, period, now);
  const views = await viewsAndMostRead(db, filter, period, now);
  const galleries = await galleriesInPeriod(db, filter, period);

  const { own, of } = figuresByUnit();
  for (const group of published) {
    const figures = of(group.unitId);
    figures.published += group.articles;
    figures.photos += group.photos;
    if (group.createdBy !== null) figures.contributorIds.add(group.createdBy);
  }
  const stepKey = { submit: "submitted", return: "returned", unpublish: "unpublished" } as const;
  for (const step of steps) of(step.unitId)[stepKey[step.action as keyof typeof stepKey]] += step.articles;
  for (const wait of waits) of(wait.unitId).reviewTimes.push(wait.ms);
  for (const row of views) {
    of(row.unitId).views += row.views;
    of(row.unitId).mostRead = row.mostRead;
  }
  addGalleries(of, galleries);
  return { own, published };
}

/**
 * The figures of the previous period that the report compares with (articles published, photos,
 * views), counted by the database: the other figures of that period are never shown.
 */
export async function comparedFiguresInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<Map<number, OwnFigures>> {
  const { own, of } = figuresByUnit();
  for (const row of await publishedPerUnit(db, filter, period, now)) {
    of(row.unitId).published += row.n;
    of(row.unitId).photos += row.photos;
  }
  for (const row of await viewsPerUnit(db, filter, period)) of(row.unitId).views += row.views;
  addGalleries(of, await galleriesInPeriod(db, filter, period));
  return own;
}

/** Views per Vietnam month ("2026-04") of the period, every unit of the scope together. */
export async function viewsPerMonth(db: Database, filter: ReportFilter, period: ReportPeriod): Promise<Map<string, number>> {
  const month = sql<string>`substr(${articleDailyViews.day}, 1, 7)`;
  const days = and(gte(articleDailyViews.day, dayKey(period.first)), lte(articleDailyViews.day, dayKey(period.last)), gt(articleDailyViews.views, 0));
  const scope = scopeOf(filter);
  const perMonth = db.select({ month, views: sql<number>`sum(${articleDailyViews.views})` }).from(articleDailyViews);
  // The whole province's views need no article: the day table alone answers, from its index.
  const rows = await (scope.length === 0 ? perMonth.where(days) : perMonth.innerJoin(articles, eq(articles.id, articleDailyViews.articleId)).where(and(days, ...scope))).groupBy(month);
  return new Map(rows.map((row) => [row.month, Number(row.views)]));
}

/** A page of the spreadsheet's article list: published in the period, after `afterId`, by id. */
export async function reportArticleLines(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date, afterId: number, limit: number) {
  const days = and(eq(articleDailyViews.articleId, articles.id), gte(articleDailyViews.day, dayKey(period.first)), lte(articleDailyViews.day, dayKey(period.last)));
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      byline: articles.byline,
      unitName: units.name,
      author: users.displayName,
      submittedAt: articles.submittedAt,
      publishedAt: articles.publishedAt,
      views: sql<number>`coalesce((select sum(${articleDailyViews.views}) from ${articleDailyViews} where ${days}), 0)`,
    })
    .from(articles)
    .innerJoin(units, eq(units.id, articles.unitId))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(and(publishedIn(period, now), gt(articles.id, afterId), ...scopeOf(filter)))
    .orderBy(asc(articles.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0), views: Number(row.views) }));
}
