// What the year-end report counts (issue 18), per unit, for a period: the same statements on
// SQLite and PostgreSQL. Each unit's own figures come back; rolling them up the tree, the previous
// period and the charts are the caller's (server/report.ts, core/report-figures.ts).
import { and, asc, count, countDistinct, eq, gt, gte, inArray, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { emptyOwnFigures, type OwnFigures } from "@/core/report-figures";
import { dayKey } from "@/core/vi-date";
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

/** A published article of the period, as the figures and the monthly chart read it. */
export type PublishedInPeriod = { id: number; unitId: number; createdBy: number | null; publishedAt: Date; photos: number };

// Photos in an article: its cover and each <img> of its body (the sanitiser keeps only our own
// <img> tags, so counting the tag counts the photos). length/replace mean the same on both dialects.
const photosOf = sql<number>`(case when ${articles.coverMediaId} is not null then 1 else 0 end) + (length(${articles.bodyHtml}) - length(replace(${articles.bodyHtml}, '<img', ''))) / 4`;

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

export async function publishedInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<PublishedInPeriod[]> {
  const rows = await db
    .select({ id: articles.id, unitId: articles.unitId, createdBy: articles.createdBy, publishedAt: articles.publishedAt, photos: photosOf })
    .from(articles)
    .where(and(publishedIn(period, now), ...scopeOf(filter)));
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0), photos: Number(row.photos) }));
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

/**
 * How long each article published in the period waited: from its last "Gửi duyệt" to the
 * publication that followed it. An article an editor published without review has none.
 */
async function reviewTimes(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<{ unitId: number; ms: number }[]> {
  const rows = await db
    .select({ articleId: articleEvents.articleId, unitId: articles.unitId, action: articleEvents.action, at: articleEvents.at })
    .from(articleEvents)
    .innerJoin(articles, eq(articles.id, articleEvents.articleId))
    .where(and(inArray(articleEvents.action, ["submit", "publish"]), publishedIn(period, now), ...scopeOf(filter)))
    .orderBy(asc(articleEvents.articleId), asc(articleEvents.at), asc(articleEvents.id));
  const waited = new Map<number, { unitId: number; ms: number }>();
  let submitted: { articleId: number; at: Date } | null = null;
  for (const row of rows) {
    if (row.action === "submit") submitted = { articleId: row.articleId, at: row.at };
    else if (submitted?.articleId === row.articleId) {
      waited.set(row.articleId, { unitId: row.unitId, ms: row.at.getTime() - submitted.at.getTime() });
      submitted = null;
    }
  }
  return [...waited.values()];
}

/**
 * Views in the period per unit (the per-day table), and each unit's most-read public article, in
 * one pass over the period's views: the articles summed once, ranked within their unit (a public
 * one first, then the most read, then the newer), the unit's total beside each.
 */
async function viewsInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date) {
  const days = and(gte(articleDailyViews.day, dayKey(period.first)), lte(articleDailyViews.day, dayKey(period.last))) as SQL;
  const views = sql`sum(${articleDailyViews.views})`;
  const isPublic = sql`max(case when ${isPublicAt(now)} then 1 else 0 end)`;
  const perArticle = db
    .select({
      unitId: articles.unitId,
      articleId: articles.id,
      title: articles.title,
      slug: articles.slug,
      views: sql<number>`${views}`.as("views"),
      isPublic: sql<number>`${isPublic}`.as("is_public"),
      unitViews: sql<number>`sum(${views}) over (partition by ${articles.unitId})`.as("unit_views"),
      rank: sql<number>`row_number() over (partition by ${articles.unitId} order by ${isPublic} desc, ${views} desc, ${articles.id} desc)`.as("rank"),
    })
    .from(articleDailyViews)
    .innerJoin(articles, eq(articles.id, articleDailyViews.articleId))
    .where(and(days, ...scopeOf(filter)))
    .groupBy(articles.unitId, articles.id, articles.title, articles.slug)
    .as("per_article");
  const top = await db.select().from(perArticle).where(eq(perArticle.rank, 1));
  return top.map((row) => ({
    unitId: row.unitId,
    views: Number(row.unitViews),
    mostRead: Number(row.isPublic) === 1 ? { articleId: row.articleId, title: row.title, slug: row.slug, views: Number(row.views) } : null,
  }));
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

/** Each unit's own figures in the period, and the articles they were counted from. */
export async function ownFiguresInPeriod(db: Database, filter: ReportFilter, period: ReportPeriod, now: Date): Promise<{ own: Map<number, OwnFigures>; published: PublishedInPeriod[] }> {
  const published = await publishedInPeriod(db, filter, period, now);
  const steps = await stepsInPeriod(db, filter, period);
  const waits = await reviewTimes(db, filter, period, now);
  const views = await viewsInPeriod(db, filter, period, now);
  const galleries = await galleriesInPeriod(db, filter, period);

  const own = new Map<number, OwnFigures>();
  const of = (unitId: number): OwnFigures => {
    let figures = own.get(unitId);
    if (!figures) {
      figures = emptyOwnFigures();
      own.set(unitId, figures);
    }
    return figures;
  };
  for (const article of published) {
    const figures = of(article.unitId);
    figures.published += 1;
    figures.photos += article.photos;
    if (article.createdBy !== null) figures.contributorIds.add(article.createdBy);
  }
  const stepKey = { submit: "submitted", return: "returned", unpublish: "unpublished" } as const;
  for (const step of steps) of(step.unitId)[stepKey[step.action as keyof typeof stepKey]] += step.articles;
  for (const wait of waits) of(wait.unitId).reviewTimes.push(wait.ms);
  for (const row of views) {
    of(row.unitId).views += row.views;
    of(row.unitId).mostRead = row.mostRead;
  }
  for (const row of galleries.documents) of(row.unitId).documents += row.n;
  for (const row of galleries.albums) {
    // An album's photos are published photos of its unit, as an article's are.
    of(row.unitId).albums += row.n;
    of(row.unitId).photos += row.photos;
  }
  return { own, published };
}

/** Views per Vietnam month ("2026-04") of the period, every unit of the scope together. */
export async function viewsPerMonth(db: Database, filter: ReportFilter, period: ReportPeriod): Promise<Map<string, number>> {
  const month = sql<string>`substr(${articleDailyViews.day}, 1, 7)`;
  const rows = await db
    .select({ month, views: sql<number>`sum(${articleDailyViews.views})` })
    .from(articleDailyViews)
    .innerJoin(articles, eq(articles.id, articleDailyViews.articleId))
    .where(and(gte(articleDailyViews.day, dayKey(period.first)), lte(articleDailyViews.day, dayKey(period.last)), gt(articleDailyViews.views, 0), ...scopeOf(filter)))
    .groupBy(month);
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
