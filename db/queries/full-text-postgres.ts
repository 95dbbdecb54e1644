// The full-text index on PostgreSQL: article_search holds the text normalised in JS (the same
// core/search-text.ts functions as SQLite's FTS5 tables) and its weighted tsvectors, also made in
// JS (core/tsvector.ts) as the 'simple' configuration would make them: no stemming, a word
// matches as written. Queries are built as tsquery text from words that hold only letters and
// digits, so nothing a reader types can reach tsquery's syntax.
import { sql, type SQL } from "drizzle-orm";
import { searchWords, MAX_QUERY_WORDS, type SearchEntry, type SearchQuery } from "@/core/search-text";
import { weightedTsvector } from "@/core/tsvector";
import type { Database, Transaction } from "../client";
import { articles } from "../schema";
import { articleSearch } from "../schema-postgres";
import { execute, rowsOf } from "../sql";
import type { FullTextIndex } from "./full-text";

const column = (name: keyof typeof articleSearch.$inferSelect) => articleSearch[name];

const quotedWord = (word: string) => `'${word}'`;
/** Every term (a word, or a phrase's words in order) must be there: "cong" <-> "doan" & "huyen". */
const allTerms = (terms: string[][]) => terms.map((words) => words.map(quotedWord).join(" <-> ")).join(" & ");

// ts_rank weights for D, C, B, A (body is C, summary B, title A): in the ratio of SQLite's bm25 weights 1 : 4 : 10.
const relevance = (query: SQL) => sql`ts_rank('{0.1, 0.1, 0.4, 1.0}', ${column("document")}, ${query})`;

export const postgresFullText: FullTextIndex = {
  async replace(tx: Transaction, articleId: number, entry: SearchEntry | null) {
    await execute(tx, sql`delete from ${articleSearch} where ${column("articleId")} = ${articleId}`);
    if (entry) await this.insertMany(tx, [{ articleId, entry }]);
  },

  insertMany(tx: Transaction, entries: { articleId: number; entry: SearchEntry }[]) {
    if (entries.length === 0) return Promise.resolve();
    const rows = entries.map(({ articleId, entry: { normalised: n, exact: e } }) => {
      const document = weightedTsvector([[n.title, "A"], [n.summary, "B"], [n.body, "C"]]);
      const exact = weightedTsvector([[e.title, "A"], [e.summary, "B"], [e.body, "C"]]);
      return sql`(${articleId}, ${n.title}, ${n.summary}, ${n.body}, ${e.title}, ${e.summary}, ${e.body}, ${document}::tsvector, ${exact}::tsvector)`;
    });
    // Returned, not awaited: the statement is sent now (execute), while a rebuild prepares the next batch.
    return execute(
      tx,
      sql`insert into ${articleSearch} (article_id, title, summary, body, title_exact, summary_exact, body_exact, document, document_exact) values ${sql.join(rows, sql`, `)}`,
    );
  },

  async clear(tx: Transaction) {
    await execute(tx, sql`delete from ${articleSearch}`);
  },

  async indexedCount(db: Database) {
    const [row] = await rowsOf<{ n: number }>(db, sql`select count(*) as n from ${articleSearch}`);
    return row?.n ?? 0;
  },

  async indexedText(db: Database, articleId: number) {
    const [row] = await rowsOf<SearchEntry["normalised"]>(
      db,
      sql`select ${column("title")} as title, ${column("summary")} as summary, ${column("body")} as body from ${articleSearch} where ${column("articleId")} = ${articleId}`,
    );
    return row ?? null;
  },

  async newestMatches(db: Database, query: SearchQuery, where: SQL, limit: number) {
    const tsquery = sql`to_tsquery('simple', ${allTerms(query.terms)})`;
    return rowsOf<{ id: number; score: number; publishedAt: number; title: string }>(
      db,
      sql`select ${articles.id} as id, -${relevance(tsquery)} as score,
                 (extract(epoch from ${articles.publishedAt}) * 1000)::float8 as "publishedAt", ${articles.title} as title
          from ${articleSearch} join ${articles} on ${articles.id} = ${column("articleId")}
          where ${column("document")} @@ ${tsquery} and ${where}
          order by ${column("articleId")} desc limit ${limit}`,
    );
  },

  async exactSpellingIds(db: Database, query: SearchQuery, lowestId: number) {
    if (!query.exactTerms) return [];
    const rows = await rowsOf<{ id: number }>(
      db,
      sql`select ${column("articleId")} as id from ${articleSearch}
          where ${column("documentExact")} @@ to_tsquery('simple', ${allTerms(query.exactTerms)}) and ${column("articleId")} >= ${lowestId}`,
    );
    return rows.map((row) => row.id);
  },

  async newestTitleMatches(db: Database, title: string, limit: number) {
    const words = [...new Set(searchWords(title))].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return [];
    // :AB keeps the match to the title (weight A) and the summary (B), as SQLite's {title summary} filter.
    const anyWord = words.map((word) => `${quotedWord(word)}:AB`).join(" | ");
    return rowsOf<{ id: number; title: string; summary: string }>(
      db,
      sql`select ${column("articleId")} as id, ${column("title")} as title, ${column("summary")} as summary from ${articleSearch}
          where ${column("document")} @@ to_tsquery('simple', ${anyWord}) order by ${column("articleId")} desc limit ${limit}`,
    );
  },
};
