import { count, desc, eq } from "drizzle-orm";
import { imageSources, type ImageSources } from "@/core/media-files";
import type { Database } from "../client";
import { media, type Media } from "../schema";

export type NewMedia = typeof media.$inferInsert;

/** An image as the workspace shows it: never the raw row. */
export type MediaItem = { id: number; alt: string; originalName: string; width: number; height: number; createdAt: Date; sources: ImageSources };

export function toMediaItem(row: Media): MediaItem {
  return {
    id: row.id,
    alt: row.alt,
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

export function insertMedia(db: Database, values: NewMedia): Media {
  return db.insert(media).values(values).returning().get();
}

/** The media library, newest first. */
export function listMedia(db: Database, page: { offset: number; limit: number }): { items: MediaItem[]; total: number } {
  const total = db.select({ n: count() }).from(media).get()?.n ?? 0;
  const rows = db.select().from(media).orderBy(desc(media.createdAt), desc(media.id)).limit(page.limit).offset(page.offset).all();
  return { items: rows.map(toMediaItem), total };
}
