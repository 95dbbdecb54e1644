// The albums as the staff workspace reads them (issue 16): the list with each album's cover and
// photo count, and one album with its photos in order for editing. View models, never raw rows.
import { asc, count, desc, eq, inArray } from "drizzle-orm";
import { albumCoverId } from "@/core/albums";
import { imageSources, type ImageSources } from "@/core/media-files";
import type { ArticleStatus } from "@/core/permissions";
import { type CalendarDay, storedDay } from "@/core/vi-date";
import type { Database } from "../client";
import { albumPhotos, albums, media } from "../schema";

export type WorkspaceAlbumRow = {
  id: number;
  title: string;
  slug: string;
  takenOn: CalendarDay;
  status: ArticleStatus;
  publishedAt: Date | null;
  photoCount: number;
  cover: { src: string; srcSet: string; alt: string } | null;
};


/** A page of albums, the latest event first (the day of the album, then the newest made). */
export async function workspaceAlbums(db: Database, page: { offset: number; limit: number }): Promise<{ items: WorkspaceAlbumRow[]; total: number }> {
  const [counted] = await db.select({ n: count() }).from(albums);
  const rows = await db
    .select({ id: albums.id, title: albums.title, slug: albums.slug, takenOn: albums.takenOn, status: albums.status, publishedAt: albums.publishedAt, coverPhotoId: albums.coverPhotoId })
    .from(albums)
    .orderBy(desc(albums.takenOn), desc(albums.id))
    .limit(page.limit)
    .offset(page.offset);
  const ids = rows.map((row) => row.id);
  // The photo ids of these albums in order: the cover rule (core/albums.ts) picks from them.
  const photos = ids.length === 0 ? [] : await db.select({ id: albumPhotos.id, albumId: albumPhotos.albumId, mediaId: albumPhotos.mediaId }).from(albumPhotos).where(inArray(albumPhotos.albumId, ids)).orderBy(asc(albumPhotos.sortOrder), asc(albumPhotos.id));
  const byAlbum = new Map<number, typeof photos>();
  for (const photo of photos) {
    const list = byAlbum.get(photo.albumId);
    if (list) list.push(photo);
    else byAlbum.set(photo.albumId, [photo]);
  }
  const coverMediaIds = new Map<number, number>();
  for (const row of rows) {
    const own = byAlbum.get(row.id) ?? [];
    const coverId = albumCoverId(row.coverPhotoId, own.map((photo) => photo.id));
    const cover = own.find((photo) => photo.id === coverId);
    if (cover) coverMediaIds.set(row.id, cover.mediaId);
  }
  const images = coverMediaIds.size === 0 ? [] : await db.select().from(media).where(inArray(media.id, [...coverMediaIds.values()]));
  const imageById = new Map(images.map((image) => [image.id, image]));
  const items = rows.map(({ coverPhotoId: _coverPhotoId, takenOn, ...row }): WorkspaceAlbumRow => {
    const image = imageById.get(coverMediaIds.get(row.id) ?? -1);
    const sources = image ? imageSources(image) : null;
    return {
      ...row,
      takenOn: storedDay(takenOn),
      photoCount: byAlbum.get(row.id)?.length ?? 0,
      cover: image && sources ? { src: sources.src, srcSet: sources.srcSet, alt: image.alt || image.originalName } : null,
    };
  });
  return { items, total: counted?.n ?? 0 };
}

export type EditablePhoto = { id: number; mediaId: number; caption: string; credit: string; originalName: string; alt: string; width: number; height: number; sources: ImageSources };

export type EditableAlbum = {
  id: number;
  title: string;
  slug: string;
  description: string;
  takenOn: CalendarDay;
  unitId: number | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  version: number;
  /** The cover readers see: the chosen photo, else the first. */
  coverPhotoId: number | null;
  photos: EditablePhoto[];
};

export async function albumForEditing(db: Database, id: number): Promise<EditableAlbum | null> {
  const [row] = await db.select().from(albums).where(eq(albums.id, id)).limit(1);
  if (!row) return null;
  const photoRows = await db
    .select({ photo: albumPhotos, image: media })
    .from(albumPhotos)
    .innerJoin(media, eq(media.id, albumPhotos.mediaId))
    .where(eq(albumPhotos.albumId, id))
    .orderBy(asc(albumPhotos.sortOrder), asc(albumPhotos.id));
  const photos = photoRows.map(({ photo, image }): EditablePhoto => ({
    id: photo.id,
    mediaId: image.id,
    caption: photo.caption,
    credit: photo.credit,
    originalName: image.originalName,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sources: imageSources(image),
  }));
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    takenOn: storedDay(row.takenOn),
    unitId: row.unitId,
    status: row.status,
    publishedAt: row.publishedAt,
    version: row.version,
    coverPhotoId: albumCoverId(row.coverPhotoId, photos.map((photo) => photo.id)),
    photos,
  };
}
