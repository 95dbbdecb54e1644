// Writing albums and their photos (issue 16). Order is `sort_order` within an album: a new photo
// goes after the last, a reorder writes the whole order in one statement. The cover is an
// album_photos id; removing that photo clears it, and the first photo stands in (core/albums.ts).
import { and, asc, count, eq, inArray, like, max, ne, sql } from "drizzle-orm";
import type { ArticleStatus } from "@/core/permissions";
import { type CalendarDay, dayKey } from "@/core/vi-date";
import { slugStem } from "@/core/slug";
import type { Database, Transaction } from "../client";
import { albumPhotos, albums, media } from "../schema";
import { onlyRow } from "../sql";
import { keepMovedSlug, movedSlugsOfOthers } from "./moved-slugs";

export type AlbumContent = { slug: string; title: string; description: string; takenOn: CalendarDay; unitId: number | null };

const rowOf = (content: AlbumContent) => ({ ...content, takenOn: dayKey(content.takenOn) });

export async function insertAlbum(tx: Transaction, content: AlbumContent, by: number, now: Date): Promise<{ id: number; version: number }> {
  return onlyRow(
    await tx
      .insert(albums)
      .values({ ...rowOf(content), status: "draft", createdBy: by, updatedBy: by, createdAt: now, updatedAt: now })
      .returning({ id: albums.id, version: albums.version }),
  );
}

/**
 * Saves an album's fields when it is still at `baseVersion` (the version check is the update's own
 * condition); returns the new version, or null when someone saved first. Photos do not change the
 * version: uploading while the form is open must not make its next save a conflict.
 */
export async function updateAlbum(tx: Transaction, id: number, baseVersion: number, content: AlbumContent, by: number, now: Date): Promise<number | null> {
  const [before] = await tx.select({ slug: albums.slug, status: albums.status }).from(albums).where(eq(albums.id, id));
  const [row] = await tx
    .update(albums)
    .set({ ...rowOf(content), updatedBy: by, updatedAt: now, version: baseVersion + 1 })
    .where(and(eq(albums.id, id), eq(albums.version, baseVersion)))
    .returning({ version: albums.version });
  if (!row || !before) return null;
  await keepMovedSlug(tx, "album", id, { from: before.slug, to: content.slug, statusBefore: before.status }, now);
  return row.version;
}

/** What a command on an album checks: its status (who may do what), version, photos' count, names. */
export type AlbumState = { id: number; title: string; slug: string; status: ArticleStatus; version: number; publishedAt: Date | null; coverPhotoId: number | null; photoCount: number };

export async function albumState(db: Database | Transaction, id: number): Promise<AlbumState | null> {
  const [row] = await db
    .select({ id: albums.id, title: albums.title, slug: albums.slug, status: albums.status, version: albums.version, publishedAt: albums.publishedAt, coverPhotoId: albums.coverPhotoId })
    .from(albums)
    .where(eq(albums.id, id))
    .limit(1);
  if (!row) return null;
  const [counted] = await db.select({ n: count() }).from(albumPhotos).where(eq(albumPhotos.albumId, id));
  return { ...row, photoCount: counted?.n ?? 0 };
}

export async function setAlbumStatus(tx: Transaction, id: number, status: ArticleStatus, publishedAt: Date | null): Promise<void> {
  await tx.update(albums).set({ status, publishedAt }).where(eq(albums.id, id));
}

/**
 * The slugs of other albums that `base`, `base-2`, `base-3`… could collide with: looked up by the
 * stem the numbered ones keep (core/slug slugStem), since a long base loses words to its suffix.
 */
export async function takenAlbumSlugs(db: Database | Transaction, base: string, exceptId: number | null): Promise<Set<string>> {
  const rows = await db
    .select({ slug: albums.slug })
    .from(albums)
    .where(and(like(albums.slug, `${slugStem(base)}%`), ne(albums.id, exceptId ?? -1)));
  return new Set([...rows.map((row) => row.slug), ...(await movedSlugsOfOthers(db, "album", base, exceptId))]);
}

/** An album's photo ids in its order. */
export async function albumPhotoIds(db: Database | Transaction, albumId: number): Promise<number[]> {
  const rows = await db.select({ id: albumPhotos.id }).from(albumPhotos).where(eq(albumPhotos.albumId, albumId)).orderBy(asc(albumPhotos.sortOrder), asc(albumPhotos.id));
  return rows.map((row) => row.id);
}

/** Puts an image of the library after the album's last photo; its credit starts as the library's. */
export async function appendAlbumPhoto(tx: Transaction, albumId: number, image: { id: number; credit: string }): Promise<number> {
  const [last] = await tx.select({ sortOrder: max(albumPhotos.sortOrder) }).from(albumPhotos).where(eq(albumPhotos.albumId, albumId));
  const sortOrder = (last?.sortOrder ?? 0) + 1;
  return onlyRow(await tx.insert(albumPhotos).values({ albumId, mediaId: image.id, credit: image.credit, sortOrder }).returning({ id: albumPhotos.id })).id;
}

/** Takes a photo out of its album (the image stays in the library); clears the cover if it was. */
export async function removeAlbumPhoto(tx: Transaction, albumId: number, photoId: number): Promise<boolean> {
  const removed = await tx.delete(albumPhotos).where(and(eq(albumPhotos.id, photoId), eq(albumPhotos.albumId, albumId))).returning({ id: albumPhotos.id });
  if (removed.length === 0) return false;
  await tx.update(albums).set({ coverPhotoId: null }).where(and(eq(albums.id, albumId), eq(albums.coverPhotoId, photoId)));
  return true;
}

/**
 * Writes the whole order in one statement: the photo at index i gets sort_order i + 1. The
 * numbers are cast so that PostgreSQL does not read the parameters as text.
 */
export async function writeAlbumOrder(tx: Transaction, albumId: number, photoIds: readonly number[]): Promise<void> {
  if (photoIds.length === 0) return;
  const positions = sql.join(
    photoIds.map((id, index) => sql`when ${albumPhotos.id} = ${id} then cast(${index + 1} as integer)`),
    sql` `,
  );
  await tx
    .update(albumPhotos)
    .set({ sortOrder: sql`case ${positions} else ${albumPhotos.sortOrder} end` })
    .where(and(eq(albumPhotos.albumId, albumId), inArray(albumPhotos.id, [...photoIds])));
}

/** Chooses the cover among the album's own photos; false when the photo is not in it. */
export async function setAlbumCover(tx: Transaction, albumId: number, photoId: number): Promise<boolean> {
  const [photo] = await tx.select({ id: albumPhotos.id }).from(albumPhotos).where(and(eq(albumPhotos.id, photoId), eq(albumPhotos.albumId, albumId))).limit(1);
  if (!photo) return false;
  await tx.update(albums).set({ coverPhotoId: photoId }).where(eq(albums.id, albumId));
  return true;
}

export async function updateAlbumPhotoText(tx: Transaction, albumId: number, photoId: number, text: { caption: string; credit: string }): Promise<boolean> {
  const updated = await tx.update(albumPhotos).set(text).where(and(eq(albumPhotos.id, photoId), eq(albumPhotos.albumId, albumId))).returning({ id: albumPhotos.id });
  return updated.length > 0;
}

/** A photo's name as the editor knows it (its image's file name), for messages and the log. */
export async function albumPhotoName(db: Database | Transaction, albumId: number, photoId: number): Promise<string | null> {
  const [row] = await db
    .select({ name: media.originalName })
    .from(albumPhotos)
    .innerJoin(media, eq(media.id, albumPhotos.mediaId))
    .where(and(eq(albumPhotos.id, photoId), eq(albumPhotos.albumId, albumId)))
    .limit(1);
  return row?.name ?? null;
}

/** Deletes an album with its photo rows and article links; the images stay in the library. */
export async function deleteAlbumRow(tx: Transaction, id: number): Promise<void> {
  await tx.delete(albums).where(eq(albums.id, id));
}
