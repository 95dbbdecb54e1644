import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { media, type Media } from "../schema";

export type NewMedia = typeof media.$inferInsert;

export function mediaByStorageKey(db: Database, storageKey: string): Media | null {
  return db.select().from(media).where(eq(media.storageKey, storageKey)).get() ?? null;
}

export function insertMedia(db: Database, values: NewMedia): Media {
  return db.insert(media).values(values).returning().get();
}
