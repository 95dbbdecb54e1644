import { setImmediate as nextTurn } from "node:timers/promises";
import type { Database, Transaction } from "../client";
import { articleDailyViews, articleEvents, articles, legacyRedirects, series } from "../schema";
import { onlyRow, startNow } from "../sql";
import { writeTransaction } from "../transaction";

/** A published article as the benchmark's generator makes it. */
export type BulkArticle = {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  unitId: number;
  categoryId: number;
  seriesId: number | null;
  seriesPart: number | null;
  isFeatured: boolean;
  publishedAt: Date;
  viewCount: number;
  /** Who wrote it: the report counts distinct writers. */
  createdBy: number | null;
};

export async function insertSeries(tx: Transaction, values: { title: string; slug: string; summary: string }): Promise<number> {
  return onlyRow(await tx.insert(series).values(values).returning({ id: series.id })).id;
}

// Rows per INSERT: 500 articles of 15 columns stay under both dialects' limits on bound values.
const ROWS_PER_STATEMENT = 500;

/**
 * Writes generated articles in one transaction, 500 rows per statement: 100,000 single-row
 * statements would spend their time building SQL and, on PostgreSQL, on round trips. The rows may
 * come from a generator, so the bodies (about 4 kB each) are never all in memory at once, and the
 * generator makes the next 500 while the database stores these. Returns how many were written.
 */
export async function insertArticlesInBulk(db: Database, rows: Iterable<BulkArticle>): Promise<number> {
  return writeTransaction(db, async (tx) => {
    let written = 0;
    let storing: Promise<unknown> = Promise.resolve();
    let chunk: (typeof articles.$inferInsert)[] = [];
    const flush = async () => {
      await storing;
      if (chunk.length === 0) return;
      storing = startNow(tx.insert(articles).values(chunk));
      // A failed insert is reported by the next flush's `await storing`; meanwhile it is not unhandled.
      storing.catch(() => undefined);
      written += chunk.length;
      chunk = [];
    };
    for (const a of rows) {
      const at = a.publishedAt;
      chunk.push({ ...a, status: "published", publishedAt: at, createdAt: at, updatedAt: at, version: 1 });
      if (chunk.length === ROWS_PER_STATEMENT) await flush();
      // The statement being stored is about 2 MB, more than a socket takes at once: the event loop
      // turns now and then to send the rest of it while the generator works.
      else if (chunk.length % 25 === 0) await nextTurn();
    }
    await flush();
    await storing;
    return written;
  });
}

/** A generated step of an article's workflow, or a day's views of it. */
export type BulkEvent = typeof articleEvents.$inferInsert;
export type BulkDailyViews = typeof articleDailyViews.$inferInsert;

// Narrow rows: a statement of 2,000 stays under both dialects' limits on bound values.
const NARROW_ROWS_PER_STATEMENT = 2000;

/** Writes generated workflow steps and daily views (the year-end report's inputs) in one transaction. */
export async function insertReportInputsInBulk(db: Database, events: Iterable<BulkEvent>, views: Iterable<BulkDailyViews>): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const chunk: BulkEvent[] = [];
    for (const event of events) {
      chunk.push(event);
      if (chunk.length === NARROW_ROWS_PER_STATEMENT) await tx.insert(articleEvents).values(chunk.splice(0));
    }
    if (chunk.length > 0) await tx.insert(articleEvents).values(chunk);
    const days: BulkDailyViews[] = [];
    for (const day of views) {
      days.push(day);
      if (days.length === NARROW_ROWS_PER_STATEMENT) await tx.insert(articleDailyViews).values(days.splice(0));
    }
    if (days.length > 0) await tx.insert(articleDailyViews).values(days);
  });
}

/** An old portal's address of a generated article, as an import keeps it (core/legacy-addresses.ts). */
export type BulkOldAddress = { key: string; articleId: number };

/** Writes generated old addresses in one transaction, 2,000 rows per statement. */
export async function insertOldAddressesInBulk(db: Database, rows: Iterable<BulkOldAddress>): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const chunk: BulkOldAddress[] = [];
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === NARROW_ROWS_PER_STATEMENT) await tx.insert(legacyRedirects).values(chunk.splice(0));
    }
    if (chunk.length > 0) await tx.insert(legacyRedirects).values(chunk);
  });
}
