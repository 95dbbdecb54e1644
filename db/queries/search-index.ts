import { and, count, eq, isNotNull } from "drizzle-orm";
import { htmlToText } from "@/core/html-text";
import { foldKeepingMarks, normaliseForSearch } from "@/core/search-text";
import type { Database, Transaction } from "../client";
import { type Article, articles } from "../schema";
import { writeTransaction } from "../transaction";
import type { IndexEntry } from "./full-text";
import { fullTextIndex } from "./full-text-dialect";

type IndexedFields = Pick<Article, "title" | "summary" | "bodyHtml">;

// Published articles are indexed, scheduled ones too: whether one is public yet is decided at read time.
const isIndexed = (article: Pick<Article, "status" | "publishedAt">) => article.status === "published" && article.publishedAt !== null;
const indexedCondition = and(eq(articles.status, "published"), isNotNull(articles.publishedAt));

function entryOf(article: IndexedFields): IndexEntry {
  const body = htmlToText(article.bodyHtml);
  return {
    normalised: { title: normaliseForSearch(article.title), summary: normaliseForSearch(article.summary), body: normaliseForSearch(body) },
    exact: { title: foldKeepingMarks(article.title), summary: foldKeepingMarks(article.summary), body: foldKeepingMarks(body) },
  };
}

/**
 * Brings one article's index entry in step with its row: called in the same transaction as every
 * write that can change what a reader finds (save, publish, schedule, unpublish, restore, delete).
 */
export async function syncArticleSearch(tx: Transaction, articleId: number): Promise<void> {
  const [article] = await tx
    .select({ title: articles.title, summary: articles.summary, bodyHtml: articles.bodyHtml, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  await fullTextIndex().replace(tx, articleId, article && isIndexed(article) ? entryOf(article) : null);
}

/** Empties the index and fills it again from the articles table; returns how many were indexed. */
export async function rebuildSearchIndex(db: Database): Promise<number> {
  const index = fullTextIndex();
  return writeTransaction(db, async (tx) => {
    await index.clear(tx);
    const published = await tx.select({ id: articles.id, title: articles.title, summary: articles.summary, bodyHtml: articles.bodyHtml }).from(articles).where(indexedCondition);
    for (const article of published) await index.replace(tx, article.id, entryOf(article));
    return published.length;
  });
}

/** Rebuilds when the index does not hold exactly the published articles (a new or seeded database). */
export async function ensureSearchIndex(db: Database): Promise<boolean> {
  const indexed = await fullTextIndex().indexedCount(db);
  const [published] = await db.select({ n: count() }).from(articles).where(indexedCondition);
  if (indexed === (published?.n ?? 0)) return false;
  await rebuildSearchIndex(db);
  return true;
}
