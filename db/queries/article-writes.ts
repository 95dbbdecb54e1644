import { and, desc, eq, like, sql } from "drizzle-orm";
import { foldsIntoLastRevision, type RevisionKind } from "@/core/editor-save";
import type { ArticleStatus } from "@/core/permissions";
import type { Database, DatabaseOrTransaction } from "../client";
import { type Article, articleRevisions, articles, articleSlugRedirects, categories, media, series, units } from "../schema";
import { isPublicAt } from "./public-articles";
import { syncArticleSearch } from "./search-index";

/** The fields an editor writes; status and times are changed only by the workflow. */
export type ArticleContent = Pick<
  Article,
  "title" | "slug" | "summary" | "bodyHtml" | "coverMediaId" | "coverCaption" | "byline" | "categoryId" | "unitId" | "seriesId" | "seriesPart" | "isFeatured"
>;

/** Slugs that a new or renamed article cannot take: other articles' and old addresses that redirect. */
export function takenSlugs(db: DatabaseOrTransaction, base: string, exceptArticleId: number | null): Set<string> {
  const pattern = `${base}%`;
  const own = exceptArticleId ?? -1;
  const articleSlugs = db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(like(articles.slug, pattern), sql`${articles.id} <> ${own}`))
    .all();
  const redirectSlugs = db
    .select({ slug: articleSlugRedirects.slug })
    .from(articleSlugRedirects)
    .where(and(like(articleSlugRedirects.slug, pattern), sql`${articleSlugRedirects.articleId} <> ${own}`))
    .all();
  return new Set([...articleSlugs, ...redirectSlugs].map((row) => row.slug));
}

function recordRevision(db: DatabaseOrTransaction, articleId: number, kind: RevisionKind, savedBy: number, now: Date) {
  const article = db.select().from(articles).where(eq(articles.id, articleId)).get();
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
  const last = db
    .select()
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .limit(1)
    .get();
  if (last && foldsIntoLastRevision(last, { kind, savedBy, savedAt: now })) db.update(articleRevisions).set(snapshot).where(eq(articleRevisions.id, last.id)).run();
  else db.insert(articleRevisions).values({ articleId, ...snapshot }).run();
}

/** The rows an article's content points at. */
export type ArticleReferences = Pick<ArticleContent, "categoryId" | "unitId" | "coverMediaId" | "seriesId">;

/** Which of them point at nothing: deleted while a form was open, or never there. */
export function missingReferences(db: DatabaseOrTransaction, references: ArticleReferences): (keyof ArticleReferences)[] {
  const { categoryId, unitId, coverMediaId, seriesId } = references;
  const found: Record<keyof ArticleReferences, boolean> = {
    categoryId: Boolean(db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId)).get()),
    unitId: Boolean(db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()),
    coverMediaId: coverMediaId === null || Boolean(db.select({ id: media.id }).from(media).where(eq(media.id, coverMediaId)).get()),
    seriesId: seriesId === null || Boolean(db.select({ id: series.id }).from(series).where(eq(series.id, seriesId)).get()),
  };
  return (Object.keys(found) as (keyof ArticleReferences)[]).filter((key) => !found[key]);
}

/** A new draft by its author, with its first revision. */
export function createArticle(db: DatabaseOrTransaction, content: ArticleContent, authorId: number, kind: RevisionKind, now: Date): { id: number; version: number } {
  return db.transaction((tx) => {
    const row = tx
      .insert(articles)
      .values({ ...content, status: "draft", createdBy: authorId, updatedBy: authorId, createdAt: now, updatedAt: now })
      .returning({ id: articles.id, version: articles.version })
      .get();
    recordRevision(tx, row.id, kind, authorId, now);
    return row;
  });
}

export type SaveOutcome = { ok: true; version: number } | { ok: false; reason: "conflict" | "missing" };

/**
 * Saves content only if nobody saved since `baseVersion` was read (never a silent overwrite),
 * keeps a revision, and keeps the old address of a public article as a permanent redirect.
 */
export function saveArticleContent(
  db: DatabaseOrTransaction,
  options: { id: number; baseVersion: number; content: ArticleContent; savedBy: number; kind: RevisionKind; now: Date },
): SaveOutcome {
  const { id, baseVersion, content, savedBy, kind, now } = options;
  return db.transaction((tx) => {
    const before = tx.select({ slug: articles.slug, status: articles.status }).from(articles).where(eq(articles.id, id)).get();
    if (!before) return { ok: false, reason: "missing" } as const;
    const updated = tx
      .update(articles)
      .set({ ...content, updatedBy: savedBy, updatedAt: now, version: sql`${articles.version} + 1` })
      .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
      .returning({ version: articles.version })
      .get();
    if (!updated) return { ok: false, reason: "conflict" } as const;
    if (before.slug !== content.slug) {
      tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.slug, content.slug)).run();
      if (before.status === "published" || before.status === "unpublished") {
        tx.insert(articleSlugRedirects)
          .values({ slug: before.slug, articleId: id, createdAt: now })
          .onConflictDoUpdate({ target: articleSlugRedirects.slug, set: { articleId: id } })
          .run();
      }
    }
    recordRevision(tx, id, kind, savedBy, now);
    syncArticleSearch(tx, id);
    return { ok: true, version: updated.version } as const;
  });
}

export type StatusChange = {
  status: ArticleStatus;
  publishedAt?: Date | null;
  submittedAt?: Date | null;
  reviewComment?: string;
};

export function changeArticleStatus(db: DatabaseOrTransaction, id: number, change: StatusChange, changedBy: number, now: Date): boolean {
  return db.transaction((tx) => {
    const result = tx.update(articles).set({ ...change, updatedBy: changedBy, updatedAt: now }).where(eq(articles.id, id)).run();
    syncArticleSearch(tx, id);
    return result.changes === 1;
  });
}

export function deleteArticle(db: DatabaseOrTransaction, id: number): boolean {
  return db.transaction((tx) => {
    const deleted = tx.delete(articles).where(eq(articles.id, id)).run().changes === 1;
    syncArticleSearch(tx, id);
    return deleted;
  });
}

/** Where an old address of an article now points, if the article is public. */
export function redirectedSlug(db: Database, oldSlug: string, now: Date = new Date()): string | null {
  const row = db
    .select({ slug: articles.slug })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.slug, oldSlug), isPublicAt(now)))
    .get();
  return row?.slug ?? null;
}

/** The workflow status of an article, or null when it does not exist. */
export function articleStatus(db: Database, id: number): ArticleStatus | null {
  return db.select({ status: articles.status }).from(articles).where(eq(articles.id, id)).get()?.status ?? null;
}
