import { count, desc, eq, inArray } from "drizzle-orm";
import { imageSources, type ImageSources } from "@/core/media-files";
import { textMatchesQuery, type SearchQuery } from "@/core/search-text";
import type { Database, DatabaseOrTransaction } from "../client";
import { media, users, type Media } from "../schema";

export type NewMedia = typeof media.$inferInsert;

/** An image as the workspace shows it: never the raw row. */
export type MediaItem = { id: number; alt: string; credit: string; originalName: string; width: number; height: number; createdAt: Date; sources: ImageSources };

/** An image in the library's own page: who uploaded it decides who may change it (core/permissions.ts). */
export type LibraryItem = MediaItem & { uploadedBy: number | null; uploaderName: string | null };

export function toMediaItem(row: Media): MediaItem {
  return {
    id: row.id,
    alt: row.alt,
    credit: row.credit,
    originalName: row.originalName,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt,
    sources: imageSources(row),
  };
}

export function mediaByStorageKey(db: Database, storageKey: string): Media | null {
  return db.select().from(media).where(eq(media.storageKey, storageKey)).get() ?? null;
}

export function mediaById(db: DatabaseOrTransaction, id: number): Media | null {
  return db.select().from(media).where(eq(media.id, id)).get() ?? null;
}

export function insertMedia(db: Database, values: NewMedia): Media {
  return db.insert(media).values(values).returning().get();
}

export function updateMediaDetails(db: DatabaseOrTransaction, id: number, details: { alt: string; credit: string }): boolean {
  return db.update(media).set(details).where(eq(media.id, id)).run().changes > 0;
}

/** Removes the row only: the files are the caller's, once the transaction has committed. */
export function deleteMediaRow(db: DatabaseOrTransaction, id: number): boolean {
  return db.delete(media).where(eq(media.id, id)).run().changes > 0;
}

const newestFirst = [desc(media.createdAt), desc(media.id)];

function libraryRows(db: Database, ids: number[] | { offset: number; limit: number }) {
  const query = db.select({ row: media, uploaderName: users.displayName }).from(media).leftJoin(users, eq(users.id, media.uploadedBy));
  const rows = Array.isArray(ids) ? query.where(inArray(media.id, ids)).orderBy(...newestFirst).all() : query.orderBy(...newestFirst).limit(ids.limit).offset(ids.offset).all();
  return rows.map(({ row, uploaderName }): LibraryItem => ({ ...toMediaItem(row), uploadedBy: row.uploadedBy, uploaderName }));
}

/**
 * The media library, newest first; with a query, only the images whose description, file name or
 * credit hold every word of it, tone marks or not ("cong doan" finds "Công đoàn"). The words are
 * matched in code over the three short columns of every image, as the about pages are: a library
 * of tens of thousands of images is read in milliseconds, and no index has to be kept in step.
 */
export function listMedia(db: Database, page: { offset: number; limit: number }, query: SearchQuery | null = null): { items: LibraryItem[]; total: number } {
  if (query === null) {
    const total = db.select({ n: count() }).from(media).get()?.n ?? 0;
    return { items: libraryRows(db, page), total };
  }
  const matching = db
    .select({ id: media.id, alt: media.alt, originalName: media.originalName, credit: media.credit })
    .from(media)
    .orderBy(...newestFirst)
    .all()
    .filter((image) => textMatchesQuery(query, [image.alt, image.originalName, image.credit]));
  const ids = matching.slice(page.offset, page.offset + page.limit).map((image) => image.id);
  return { items: ids.length > 0 ? libraryRows(db, ids) : [], total: matching.length };
}
