import { count, eq, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { htmlToText } from "@/core/html-text";
import { foldKeepingMarks, normaliseForSearch } from "@/core/search-text";
import type { Database, DatabaseOrTransaction } from "../client";
import { type Article, articles } from "../schema";

// The FTS5 tables of migration 0007 (hand-written SQL: drizzle-kit cannot express virtual tables,
// so they are described here for queries and kept out of db/schema.ts). rowid is the article's id.
const ftsColumns = { rowid: integer("rowid").notNull(), title: text("title"), summary: text("summary"), body: text("body") };
/** Normalised text (core/search-text normaliseForSearch): what every search matches. */
export const articleSearch = sqliteTable("article_search", ftsColumns);
/** The same text lower-cased with its marks kept: the exact-spelling boost. */
export const articleSearchExact = sqliteTable("article_search_exact", ftsColumns);

type IndexedFields = Pick<Article, "id" | "title" | "summary" | "bodyHtml">;

// Published articles are indexed, scheduled ones too: whether one is public yet is decided at read time.
const isIndexed = (article: Pick<Article, "status" | "publishedAt">) => article.status === "published" && article.publishedAt !== null;

function insertRows(db: DatabaseOrTransaction, article: IndexedFields): void {
  const body = htmlToText(article.bodyHtml);
  db.insert(articleSearch)
    .values({ rowid: article.id, title: normaliseForSearch(article.title), summary: normaliseForSearch(article.summary), body: normaliseForSearch(body) })
    .run();
  db.insert(articleSearchExact)
    .values({ rowid: article.id, title: foldKeepingMarks(article.title), summary: foldKeepingMarks(article.summary), body: foldKeepingMarks(body) })
    .run();
}

function deleteRows(db: DatabaseOrTransaction, articleId: number): void {
  db.delete(articleSearch).where(eq(articleSearch.rowid, articleId)).run();
  db.delete(articleSearchExact).where(eq(articleSearchExact.rowid, articleId)).run();
}

/**
 * Brings one article's index entry in step with its row: called in the same transaction as every
 * write that can change what a reader finds (save, publish, schedule, unpublish, restore, delete).
 */
export function syncArticleSearch(db: DatabaseOrTransaction, articleId: number): void {
  deleteRows(db, articleId);
  const article = db
    .select({ id: articles.id, title: articles.title, summary: articles.summary, bodyHtml: articles.bodyHtml, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (article && isIndexed(article)) insertRows(db, article);
}

/** Empties the index and fills it again from the articles table; returns how many were indexed. */
export function rebuildSearchIndex(db: Database): number {
  return db.transaction((tx) => {
    tx.run(sql`delete from ${articleSearch}`);
    tx.run(sql`delete from ${articleSearchExact}`);
    const published = tx
      .select({ id: articles.id, title: articles.title, summary: articles.summary, bodyHtml: articles.bodyHtml })
      .from(articles)
      .where(sql`${articles.status} = 'published' and ${articles.publishedAt} is not null`)
      .all();
    for (const article of published) insertRows(tx, article);
    return published.length;
  });
}

/** Rebuilds when the index does not hold exactly the published articles (a new or seeded database). */
export function ensureSearchIndex(db: Database): boolean {
  const indexed = db.select({ n: count() }).from(articleSearch).get()?.n ?? 0;
  const published = db.select({ n: count() }).from(articles).where(sql`${articles.status} = 'published' and ${articles.publishedAt} is not null`).get()?.n ?? 0;
  if (indexed === published) return false;
  rebuildSearchIndex(db);
  return true;
}
