import { setImmediate as nextTurn } from "node:timers/promises";
import { and, asc, count, eq, gt, isNotNull } from "drizzle-orm";
import { searchEntryOf, type SearchEntry } from "@/core/search-text";
import type { Database, Transaction } from "../client";
import { type Article, articles } from "../schema";
import { startNow } from "../sql";
import { writeTransaction } from "../transaction";
import { fullTextIndex } from "./full-text-dialect";

// Published articles are indexed, scheduled ones too: whether one is public yet is decided at read time.
const isIndexed = (article: Pick<Article, "status" | "publishedAt">) => article.status === "published" && article.publishedAt !== null;
const indexedCondition = and(eq(articles.status, "published"), isNotNull(articles.publishedAt));


/**
 * Brings one article's index entry in step with its row: called in the same transaction as every
 * write that can change what a reader finds (save, publish, schedule, unpublish, restore, delete).
 */
export async function syncArticleSearch(tx: Transaction, articleId: number): Promise<void> {
  const [article] = await tx
    .select({ title: articles.title, summary: articles.summary, bodyHtml: articles.bodyHtml, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  await fullTextIndex().replace(tx, articleId, article && isIndexed(article) ? searchEntryOf(article) : null);
}

/**
 * syncArticleSearch for a writer that has the article's entry already (searchEntryOf of the
 * title, summary and body it just wrote, e.g. made on an import's worker thread): no read back.
 */
export async function syncArticleSearchWith(tx: Transaction, articleId: number, article: Pick<Article, "status" | "publishedAt">, entry: SearchEntry): Promise<void> {
  await fullTextIndex().replace(tx, articleId, isIndexed(article) ? entry : null);
}

/** An article written in this transaction that has no index entry yet, with the entry it needs. */
export type NewSearchEntry = { articleId: number; article: Pick<Article, "status" | "publishedAt">; entry: SearchEntry };

/**
 * Indexes articles created in this transaction, many per statement, at its end: a writer of many
 * (an import's batch) collects them as it writes. On SQLite, an FTS5 insert keeps its terms in
 * memory until the next statement that opens a savepoint (any upsert does) or the commit, and then
 * writes them as a segment of their own: indexed one by one, each article's next upsert paid for
 * its segment, about 0.4 ms an article of an import's 1.7 ms, and made that many segments to merge.
 */
export async function indexNewArticles(tx: Transaction, created: readonly NewSearchEntry[]): Promise<void> {
  const entries = created.filter(({ article }) => isIndexed(article)).map(({ articleId, entry }) => ({ articleId, entry }));
  await fullTextIndex().insertMany(tx, entries);
}

// Articles read and indexed per statement by a rebuild: 500 bodies of about 4 kB each, so a rebuild
// of 100,000 articles never holds them all in memory and makes 200 round trips instead of 200,000.
const REBUILD_BATCH = 500;
const YIELD_EVERY = 25;

/**
 * Empties the index and fills it again from the articles table, in one transaction; returns how
 * many were indexed. Batch n+1 is read and normalised in JS while the database stores batch n, so
 * on PostgreSQL the app's work and the server's (storing the rows, updating the GIN indexes) overlap.
 */
export async function rebuildSearchIndex(db: Database): Promise<number> {
  const index = fullTextIndex();
  return writeTransaction(db, async (tx) => {
    await index.clear(tx);
    const readAfter = (afterId: number) =>
      startNow(
        tx
          .select({ id: articles.id, title: articles.title, summary: articles.summary, bodyHtml: articles.bodyHtml })
          .from(articles)
          .where(and(indexedCondition, gt(articles.id, afterId)))
          .orderBy(asc(articles.id))
          .limit(REBUILD_BATCH),
      );
    let indexed = 0;
    let storing: Promise<void> = Promise.resolve();
    let batch = await readAfter(0);
    for (let last = batch.at(-1); last; last = batch.at(-1)) {
      // Sent before this batch's insert, so that reading it does not wait for the insert.
      const next = readAfter(last.id);
      next.catch(() => undefined);
      const entries = [];
      for (const article of batch) {
        entries.push({ articleId: article.id, entry: searchEntryOf(article) });
        // The previous batch's statement is megabytes, more than a socket takes at once: its
        // remainder is sent only when the event loop turns, so it turns every few articles.
        if (entries.length % YIELD_EVERY === 0) await nextTurn();
      }
      await storing;
      storing = index.insertMany(tx, entries);
      // A failed statement is reported where it is awaited; these keep it from counting as unhandled meanwhile.
      storing.catch(() => undefined);
      indexed += batch.length;
      batch = await next;
    }
    await storing;
    return indexed;
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
