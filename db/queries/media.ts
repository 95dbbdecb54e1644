import { count, desc, eq, inArray } from "drizzle-orm";
import { imageSources, type ImageSources } from "@/core/media-files";
import { textMatchesQuery, type SearchQuery } from "@/core/search-text";
import type { Database, Transaction } from "../client";
import { onlyRow } from "../sql";
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

export async function mediaByStorageKey(db: Database, storageKey: string): Promise<Media | null> {
  const [row] = await db.select().from(media).where(eq(media.storageKey, storageKey));
  return row ?? null;
}

export async function mediaById(db: Database, id: number): Promise<Media | null> {
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row ?? null;
}

export async function insertMedia(tx: Transaction, values: NewMedia): Promise<Media> {
  return onlyRow(await tx.insert(media).values(values).returning());
}

export async function updateMediaDetails(tx: Transaction, id: number, details: { alt: string; credit: string }): Promise<boolean> {
  return (await tx.update(media).set(details).where(eq(media.id, id)).returning({ id: media.id })).length > 0;
}

/** Removes the row only: the files are the caller's, once the transaction has committed. */
export async function deleteMediaRow(tx: Transaction, id: number): Promise<boolean> {
  return (await tx.delete(media).where(eq(media.id, id)).returning({ id: media.id })).length > 0;
}

const newestFirst = [desc(media.createdAt), desc(media.id)];

async function libraryRows(db: Database, ids: number[] | { offset: number; limit: number }): Promise<LibraryItem[]> {
  const query = db.select({ row: media, uploaderName: users.displayName }).from(media).leftJoin(users, eq(users.id, media.uploadedBy));
  const rows = Array.isArray(ids) ? await query.where(inArray(media.id, ids)).orderBy(...newestFirst) : await query.orderBy(...newestFirst).limit(ids.limit).offset(ids.offset);
  return rows.map(({ row, uploaderName }): LibraryItem => ({ ...toMediaItem(row), uploadedBy: row.uploadedBy, uploaderName }));
}

/**
 * The media library, newest first; with a query, only the images whose description, file name or
 * credit hold every word of it, tone marks or not ("cong doan" finds "Công đoàn"). The words are
 * matched in code over the three short columns of every image, as the about pages are: a library
 * of tens of thousands of images is read in milliseconds, and no index has to be kept in step.
 */
export async function listMedia(db: Database, page: { offset: number; limit: number }, query: SearchQuery | null = null): Promise<{ items: LibraryItem[]; total: number }> {
  if (query === null) {
    const [counted] = await db.select({ n: count() }).from(media);
    return { items: await libraryRows(db, page), total: counted?.n ?? 0 };
  }
  const all = await db.select({ id: media.id, alt: media.alt, originalName: media.originalName, credit: media.credit }).from(media).orderBy(...newestFirst);
  const matching = all.filter((image) => textMatchesQuery(query, [image.alt, image.originalName, image.credit]));
  const ids = matching.slice(page.offset, page.offset + page.limit).map((image) => image.id);
  return { items: ids.length > 0 ? await libraryRows(db, ids) : [], total: matching.length };
}
