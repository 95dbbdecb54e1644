// The full-text index on SQLite: two FTS5 tables (migration 0007), one over the normalised text and
// one over the text with its marks kept. rowid is the article's id.
import { count, eq, sql, type SQL } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { anyWordMatch, type SearchEntry, type SearchQuery } from "@/core/search-text";
import type { Database, Transaction } from "../client";
import { articles } from "../schema";
import { execute, rowsOf } from "../sql";
import type { FullTextIndex } from "./full-text";

// drizzle-kit cannot express virtual tables, so they are described here for queries only.
const ftsColumns = { rowid: integer("rowid").notNull(), title: text("title"), summary: text("summary"), body: text("body") };
const articleSearch = sqliteTable("article_search", ftsColumns);
const articleSearchExact = sqliteTable("article_search_exact", ftsColumns);

// bm25 weights of title, summary and body: a word in the title says most about an article.
const relevance = sql<number>`bm25(${articleSearch}, 10.0, 4.0, 1.0)`;

export const sqliteFullText: FullTextIndex = {
  async replace(tx: Transaction, articleId: number, entry: SearchEntry | null) {
    await tx.delete(articleSearch).where(eq(articleSearch.rowid, articleId));
    await tx.delete(articleSearchExact).where(eq(articleSearchExact.rowid, articleId));
    if (!entry) return;
    await tx.insert(articleSearch).values({ rowid: articleId, ...entry.normalised });
    await tx.insert(articleSearchExact).values({ rowid: articleId, ...entry.exact });
  },

  async insertMany(tx: Transaction, entries: { articleId: number; entry: SearchEntry }[]) {
    if (entries.length === 0) return;
    await tx.insert(articleSearch).values(entries.map(({ articleId, entry }) => ({ rowid: articleId, ...entry.normalised })));
    await tx.insert(articleSearchExact).values(entries.map(({ articleId, entry }) => ({ rowid: articleId, ...entry.exact })));
  },

  async clear(tx: Transaction) {
    await execute(tx, sql`delete from ${articleSearch}`);
    await execute(tx, sql`delete from ${articleSearchExact}`);
  },

  async indexedCount(db: Database) {
    const [row] = await db.select({ n: count() }).from(articleSearch);
    return row?.n ?? 0;
  },

  async indexedText(db: Database, articleId: number) {
    const [row] = await rowsOf<SearchEntry["normalised"]>(db, sql`select title, summary, body from ${articleSearch} where rowid = ${articleId}`);
    return row ?? null;
  },

  async newestMatches(db: Database, query: SearchQuery, where: SQL, limit: number) {
    // CROSS JOIN keeps the full-text index as the outer loop, walked from its newest rowid (the
    // article id) down: SQLite stops after `limit` matches that pass the filters, instead of
    // running the whole MATCH once per article (minutes at 100,000 articles). The title is the
    // article row's, which the filters read anyway: the index's would read its whole row, body and
    // all (about 10 ms for 2,000 candidates).
    return rowsOf<{ id: number; score: number; publishedAt: number; title: string }>(
      db,
      sql`select ${articles.id} as id, ${relevance} as score, ${articles.publishedAt} as publishedAt, ${articles.title} as title
          from ${articleSearch} cross join ${articles} on ${articles.id} = ${articleSearch}.rowid
          where ${articleSearch} match ${query.match} and ${where}
          order by ${articleSearch}.rowid desc limit ${limit}`,
    );
  },

  async exactSpellingIds(db: Database, query: SearchQuery, lowestId: number) {
    if (!query.exactMatch) return [];
    const rows = await rowsOf<{ id: number }>(db, sql`select rowid as id from ${articleSearchExact} where ${articleSearchExact} match ${query.exactMatch} and rowid >= ${lowestId}`);
    return rows.map((row) => row.id);
  },

  async newestTitleMatches(db: Database, title: string, limit: number) {
    const words = anyWordMatch(title);
    if (!words) return [];
    // The index holds title and summary normalised: their words are a split away.
    return rowsOf<{ id: number; title: string; summary: string }>(
      db,
      sql`select rowid as id, title, summary from ${articleSearch}
          where ${articleSearch} match ${`{title summary} : (${words})`} order by rowid desc limit ${limit}`,
    );
  },
};
