import type { Database } from "../client";
import { series } from "../schema";

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
};

export function insertSeries(db: Database, values: { title: string; slug: string; summary: string }): number {
  return db.insert(series).values(values).returning({ id: series.id }).get().id;
}

/**
 * Writes generated articles in one transaction through one prepared statement: 100,000 rows
 * through drizzle's builder would rebuild the SQL each time. The rows may come from a generator,
 * so the bodies (about 4 kB each) are never all in memory at once. Returns how many were written.
 */
export function insertArticlesInBulk(db: Database, rows: Iterable<BulkArticle>): number {
  const insert = db.$client.prepare(
    `INSERT INTO articles (title, slug, summary, body_html, byline, unit_id, category_id, series_id, series_part,
       is_featured, status, published_at, created_at, updated_at, view_count, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, 1)`,
  );
  const writeAll = db.$client.transaction((items: Iterable<BulkArticle>) => {
    let written = 0;
    for (const a of items) {
      const at = a.publishedAt.getTime();
      insert.run(a.title, a.slug, a.summary, a.bodyHtml, a.byline, a.unitId, a.categoryId, a.seriesId, a.seriesPart, a.isFeatured ? 1 : 0, at, at, at, a.viewCount);
      written++;
    }
    return written;
  });
  return writeAll(rows);
}
