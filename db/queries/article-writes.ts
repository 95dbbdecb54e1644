import { and, desc, eq, inArray, like, sql } from "drizzle-orm";
import { foldsIntoLastRevision, type RevisionKind } from "@/core/editor-save";
import type { ArticleStatus } from "@/core/permissions";
import type { WorkflowAction } from "@/core/workflow";
import { firstSlugCandidates, slugStem } from "@/core/slug";
import type { Database, Transaction } from "../client";
import { placeholders, preparedQuery } from "../prepared";
import { onlyRow } from "../sql";
import { type Article, articleEvents, articleRevisions, articles, articleSlugRedirects, categories, media, series, units } from "../schema";
import { isPublicAt } from "./public-articles";
import { syncArticleSearch } from "./search-index";

/** The fields an editor writes; status and times are changed only by the workflow. */
const contentKeys = ["title", "slug", "summary", "bodyHtml", "coverMediaId", "coverCaption", "byline", "categoryId", "unitId", "seriesId", "seriesPart", "isFeatured"] as const;
export type ArticleContent = Pick<Article, (typeof contentKeys)[number]>;

/**
 * Only the content's columns of what a caller hands over: an object with more (a whole row read
 * back, say) must not write its id, its status or a column the database computes (photo_count).
 */
const contentColumns = (content: ArticleContent): ArticleContent => Object.fromEntries(contentKeys.map((key) => [key, content[key]])) as ArticleContent;

// How many of uniqueSlug's first candidates are looked up one by one before the scan.
const EXACT_CANDIDATES = 20;

/**
 * Slugs that a new or renamed article cannot take: other articles' and old addresses that redirect.
 * The first candidates (base, base-2 … base-20) are looked up by the unique index, which settles
 * nearly every slug: LIKE cannot use the index (SQLite's LIKE is case-blind), and scanning every
 * slug for each of an import's 100,000 articles made it quadratic. Past them, the scan.
 */
export async function takenSlugs(db: Database, base: string, exceptArticleId: number | null): Promise<Set<string>> {
  const own = exceptArticleId ?? -1;
  const candidates = firstSlugCandidates(base, EXACT_CANDIDATES);
  const values = { own, ...Object.fromEntries(candidates.map((slug, index) => [`slug${index}`, slug])) };
  const exact = slugSet(await articleSlugsAmong(db, values), await redirectSlugsAmong(db, values));
  if (exact.size < candidates.length) return exact;
  return slugsLike(db, own, `${slugStem(base)}%`);
}

const slugSet = (...found: { slug: string }[][]) => new Set(found.flat().map((row) => row.slug));

// The exact lookup runs for every new article (an import's 100,000), so it is prepared once.
const candidatePlaceholders = Array.from({ length: EXACT_CANDIDATES }, (_, index) => sql.placeholder(`slug${index}`));
const articleSlugsAmong = preparedQuery("article-slugs-among", (db: Database) =>
  db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(inArray(articles.slug, candidatePlaceholders), sql`${articles.id} <> ${sql.placeholder("own")}`)),
);
const redirectSlugsAmong = preparedQuery("redirect-slugs-among", (db: Database) =>
  db
    .select({ slug: articleSlugRedirects.slug })
    .from(articleSlugRedirects)
    .where(and(inArray(articleSlugRedirects.slug, candidatePlaceholders), sql`${articleSlugRedirects.articleId} <> ${sql.placeholder("own")}`)),
);

async function slugsLike(db: Database, own: number, pattern: string): Promise<Set<string>> {
  const articleSlugs = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(like(articles.slug, pattern), sql`${articles.id} <> ${own}`));
  const redirectSlugs = await db
    .select({ slug: articleSlugRedirects.slug })
    .from(articleSlugRedirects)
    .where(and(like(articleSlugRedirects.slug, pattern), sql`${articleSlugRedirects.articleId} <> ${own}`));
  return slugSet(articleSlugs, redirectSlugs);
}

/** Keeps the article's content now as a revision; `created`: the row just inserted, which has none yet. */
async function recordRevision(tx: Transaction, articleId: number, kind: RevisionKind, savedBy: number, now: Date, created?: Article) {
  const [article] = created ? [created] : await tx.select().from(articles).where(eq(articles.id, articleId));
  if (!article) return;
  const snapshot = {
    version: article.version,
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    coverMediaId: article.coverMediaId,
    coverCaption: article.coverCaption,
    byline: article.byline,
    unitId: article.unitId,
    categoryId: article.categoryId,
    seriesId: article.seriesId,
    seriesPart: article.seriesPart,
    publishedAt: article.publishedAt,
    kind,
    savedBy,
    savedAt: now,
  };
  const [last] = created ? [] : await tx.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).orderBy(desc(articleRevisions.id)).limit(1);
  if (last && foldsIntoLastRevision(last, { kind, savedBy, savedAt: now })) await tx.update(articleRevisions).set(snapshot).where(eq(articleRevisions.id, last.id));
  else await (snapshot.publishedAt ? insertRevision : insertUndatedRevision)(tx, { articleId, ...snapshot });
}

// A revision and a new article are written by every save and every imported article: prepared
// once (db/prepared.ts), with a variant without the publication time for those that have none.
const revisionKeys = [
  "articleId",
  "version",
  "title",
  "slug",
  "summary",
  "bodyHtml",
  "coverMediaId",
  "coverCaption",
  "byline",
  "unitId",
  "categoryId",
  "seriesId",
  "seriesPart",
  "kind",
  "savedBy",
  "savedAt",
] as const;
const insertRevision = preparedQuery("article-revision-insert", (tx: Transaction) => tx.insert(articleRevisions).values(placeholders([...revisionKeys, "publishedAt"] as const)));
const insertUndatedRevision = preparedQuery("article-revision-insert-undated", (tx: Transaction) => tx.insert(articleRevisions).values(placeholders(revisionKeys)));

const newArticleKeys = [...contentKeys, "status", "createdBy", "updatedBy", "createdAt", "updatedAt", "viewCount"] as const;
const insertArticle = preparedQuery("article-insert", (tx: Transaction) => tx.insert(articles).values(placeholders([...newArticleKeys, "publishedAt"] as const)).returning());
const insertUndatedArticle = preparedQuery("article-insert-undated", (tx: Transaction) => tx.insert(articles).values(placeholders(newArticleKeys)).returning());

/** The rows an article's content points at. */
export type ArticleReferences = Pick<ArticleContent, "categoryId" | "unitId" | "coverMediaId" | "seriesId">;

/** Which of them point at nothing: deleted while a form was open, or never there. */
export async function missingReferences(db: Database, references: ArticleReferences): Promise<(keyof ArticleReferences)[]> {
  const { categoryId, unitId, coverMediaId, seriesId } = references;
  const exists = async (rows: Promise<unknown[]>) => (await rows).length > 0;
  const found: Record<keyof ArticleReferences, boolean> = {
    categoryId: await exists(db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId))),
    unitId: await exists(db.select({ id: units.id }).from(units).where(eq(units.id, unitId))),
    coverMediaId: coverMediaId === null || (await exists(db.select({ id: media.id }).from(media).where(eq(media.id, coverMediaId)))),
    seriesId: seriesId === null || (await exists(db.select({ id: series.id }).from(series).where(eq(series.id, seriesId)))),
  };
  return (Object.keys(found) as (keyof ArticleReferences)[]).filter((key) => !found[key]);
}

/** What an import sets from the old site where a new article is otherwise a draft made now. */
export type ImportedFacts = { status: ArticleStatus; publishedAt: Date | null; createdAt: Date; viewCount: number };

/** A new draft by its author (or, with `imported`, an old site's article as it stood), with its first revision. */
export async function createArticle(
  tx: Transaction,
  content: ArticleContent,
  authorId: number,
  kind: RevisionKind,
  now: Date,
  imported?: ImportedFacts,
): Promise<{ id: number; version: number }> {
  const values = { ...contentColumns(content), status: "draft", createdBy: authorId, updatedBy: authorId, createdAt: now, updatedAt: now, viewCount: 0, publishedAt: null, ...imported };
  const row = onlyRow(await (values.publishedAt ? insertArticle : insertUndatedArticle)(tx, values));
  await recordRevision(tx, row.id, kind, authorId, now, row);
  return { id: row.id, version: row.version };
}

export type SaveOutcome = { ok: true; version: number } | { ok: false; reason: "conflict" | "missing" };

/**
 * Saves content only if nobody saved since `baseVersion` was read (never a silent overwrite: the
 * version check is the update's own condition), keeps a revision, and keeps the old address of a
 * public article as a permanent redirect.
 */
export async function saveArticleContent(
  tx: Transaction,
  options: { id: number; baseVersion: number; content: ArticleContent; savedBy: number; kind: RevisionKind; now: Date },
): Promise<SaveOutcome> {
  const { id, baseVersion, content, savedBy, kind, now } = options;
  const [before] = await tx.select({ slug: articles.slug, status: articles.status }).from(articles).where(eq(articles.id, id));
  if (!before) return { ok: false, reason: "missing" };
  const [updated] = await tx
    .update(articles)
    .set({ ...contentColumns(content), updatedBy: savedBy, updatedAt: now, version: sql`${articles.version} + 1` })
    .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
    .returning({ version: articles.version });
  if (!updated) return { ok: false, reason: "conflict" };
  if (before.slug !== content.slug) {
    await tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.slug, content.slug));
    if (before.status === "published" || before.status === "unpublished") {
      await tx
        .insert(articleSlugRedirects)
        .values({ slug: before.slug, articleId: id, createdAt: now })
        .onConflictDoUpdate({ target: articleSlugRedirects.slug, set: { articleId: id } });
    }
  }
  await recordRevision(tx, id, kind, savedBy, now);
  await syncArticleSearch(tx, id);
  return { ok: true, version: updated.version };
}

export type StatusChange = {
  status: ArticleStatus;
  publishedAt?: Date | null;
  submittedAt?: Date | null;
  reviewComment?: string;
};

/** Moves an article on in the workflow and records the step in its trail (the report reads it). */
export async function changeArticleStatus(tx: Transaction, id: number, action: WorkflowAction, change: StatusChange, changedBy: number, now: Date): Promise<boolean> {
  const changed = await tx.update(articles).set({ ...change, updatedBy: changedBy, updatedAt: now }).where(eq(articles.id, id)).returning({ id: articles.id });
  if (changed.length === 1) await tx.insert(articleEvents).values({ articleId: id, action, actorId: changedBy, at: now });
  await syncArticleSearch(tx, id);
  return changed.length === 1;
}

export async function deleteArticle(tx: Transaction, id: number): Promise<boolean> {
  const deleted = await tx.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
  await syncArticleSearch(tx, id);
  return deleted.length === 1;
}

/** Where an old address of an article now points, if the article is public. */
export async function redirectedSlug(db: Database, oldSlug: string, now: Date = new Date()): Promise<string | null> {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.slug, oldSlug), isPublicAt(now)));
  return row?.slug ?? null;
}

/** The workflow status of an article, or null when it does not exist. */
export async function articleStatus(db: Database, id: number): Promise<ArticleStatus | null> {
  const [row] = await db.select({ status: articles.status }).from(articles).where(eq(articles.id, id));
  return row?.status ?? null;
}
