// What the search needs from a full-text index, whichever database holds it: FTS5 on SQLite,
// tsvector columns on PostgreSQL. Everything else about search (parsing what the reader typed,
// the filters, the ranking window, highlights, "Tin liên quan" scores) is the same code on both.
import type { SQL } from "drizzle-orm";
import type { SearchEntry, SearchQuery } from "@/core/search-text";
import type { Database, Transaction } from "../client";


export type FullTextIndex = {
  /** Makes the article's entry `entry`, or removes it (null), inside the writing transaction. */
  replace(tx: Transaction, articleId: number, entry: SearchEntry | null): Promise<void>;
  /** Adds entries of articles that have none (after `clear`): a rebuild writes many per statement. */
  insertMany(tx: Transaction, entries: { articleId: number; entry: SearchEntry }[]): Promise<void>;
  clear(tx: Transaction): Promise<void>;
  indexedCount(db: Database): Promise<number>;
  /** The article's normalised entry, or null when it is not indexed: what a reader's search can find. */
  indexedText(db: Database, articleId: number): Promise<SearchEntry["normalised"] | null>;
  /**
   * The newest `limit` articles matching every term of the query and `where` (a condition on
   * articles), newest id first; `score` orders by relevance, lower first; `title` is the article's, as written.
   */
  newestMatches(db: Database, query: SearchQuery, where: SQL, limit: number): Promise<{ id: number; score: number; publishedAt: number; title: string }[]>;
  /** Of the articles from `lowestId` up, those whose text has the query's marked terms spelt exactly. */
  exactSpellingIds(db: Database, query: SearchQuery, lowestId: number): Promise<number[]>;
  /** The newest `limit` articles sharing any word with `title` in their title or summary, with those two normalised. */
  newestTitleMatches(db: Database, title: string, limit: number): Promise<{ id: number; title: string; summary: string }[]>;
};
