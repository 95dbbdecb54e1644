// The public photo albums (issue 16): the grid of published albums newest first, an album with its
// photos in order, one photo with its neighbours, and the sitemap's albums. View models only.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { albumCoverId } from "@/core/albums";
import { imageSources, type ImageSources } from "@/core/media-files";
import { type CalendarDay, storedDay } from "@/core/vi-date";
import type { Database } from "../client";
import { albumPhotos, albums, media, units } from "../schema";

export type AlbumCard = {
  id: number;
  slug: string;
  title: string;
  takenOn: CalendarDay;
  unitName: string | null;
  photoCount: number;
  cover: ImageSources | null;
};

export type AlbumPhotoView = {
  id: number;
  caption: string;
  credit: string;
  image: ImageSources;
};

export type PublicAlbum = Omit<AlbumCard, "photoCount" | "cover"> & {
  description: string;
  updatedAt: Date;
  cover: AlbumPhotoView | null;
  photos: AlbumPhotoView[];
};

export type PublicAlbumPhoto = {
  album: { id: number; slug: string; title: string };
  photo: AlbumPhotoView;
  /** 1-based, as readers count: "Ảnh 3/12". */
  position: number;
  total: number;
  previousId: number | null;
  nextId: number | null;
};

const isPublic = eq(albums.status, "published");


/**
 * The cover of the album in the current row: its chosen photo while that is still one of its
 * photos, else its first by order (core/albums.ts albumCoverId, said in SQL so that a page of the
 * grid reads one photo per album, not all of them). Two subqueries rather than one sorted on the chosen id:
 * SQLite's ORDER BY in a subquery cannot see the outer row.
 */
const coverPhotoIdColumn = sql<number | null>`coalesce(
  (select p.id from album_photos p where p.album_id = ${albums.id} and p.id = ${albums.coverPhotoId}),
  (select p.id from album_photos p where p.album_id = ${albums.id} order by p.sort_order, p.id limit 1))`.mapWith((value) => (value === null ? null : Number(value)));

const photoCountColumn = sql<number>`(select count(*) from album_photos p where p.album_id = ${albums.id})`.mapWith(Number);

const photoColumns = {
  id: albumPhotos.id,
  caption: albumPhotos.caption,
  credit: albumPhotos.credit,
  mediaCredit: media.credit,
  storageKey: media.storageKey,
  variantWidths: media.variantWidths,
  width: media.width,
  height: media.height,
  alt: media.alt,
};

type PhotoRow = { [K in keyof typeof photoColumns]: (typeof photoColumns)[K]["_"]["data"] };

// The photo's own credit, else the one its image carries in the media library; the description
// of the image for readers who cannot see it, else the caption.
function toPhotoView(row: PhotoRow): AlbumPhotoView {
  return {
    id: row.id,
    caption: row.caption,
    credit: row.credit || row.mediaCredit,
    image: imageSources({ storageKey: row.storageKey, variantWidths: row.variantWidths, width: row.width, height: row.height, alt: row.alt || row.caption }),
  };
}

function selectPhotos(db: Database, where: SQL | undefined) {
  return db.select(photoColumns).from(albumPhotos).innerJoin(media, eq(media.id, albumPhotos.mediaId)).where(where);
}

/** One page of the grid, newest day first (id breaks ties), with each album's cover and photo count; and the total. */
export async function publishedAlbumsPage(db: Database, page: { offset: number; limit: number }): Promise<{ items: AlbumCard[]; total: number }> {
  const [counted] = await db.select({ total: count() }).from(albums).where(isPublic);
  // A deferred join, as the news listings do: the page's ids from the (status, taken_on, id) index,
  // then only those rows with their counts and covers.
  const ids = (await db.select({ id: albums.id }).from(albums).where(isPublic).orderBy(desc(albums.takenOn), desc(albums.id)).limit(page.limit).offset(page.offset)).map((row) => row.id);
  if (ids.length === 0) return { items: [], total: counted?.total ?? 0 };
  const rows = await db
    .select({ id: albums.id, slug: albums.slug, title: albums.title, takenOn: albums.takenOn, unitName: units.name, photoCount: photoCountColumn, coverPhotoId: coverPhotoIdColumn })
    .from(albums)
    .leftJoin(units, eq(units.id, albums.unitId))
    .where(inArray(albums.id, ids));
  const coverIds = rows.flatMap((row) => (row.coverPhotoId === null ? [] : [row.coverPhotoId]));
  const covers = new Map(coverIds.length === 0 ? [] : (await selectPhotos(db, inArray(albumPhotos.id, coverIds))).map((row) => [row.id, toPhotoView(row).image]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const cover = row.coverPhotoId === null ? null : (covers.get(row.coverPhotoId) ?? null);
    return [{ id: row.id, slug: row.slug, title: row.title, takenOn: storedDay(row.takenOn), unitName: row.unitName, photoCount: row.photoCount, cover }];
  });
  return { items, total: counted?.total ?? 0 };
}

/** A published album with its unit and its photos in order; null when there is none at that address. */
export async function publishedAlbumBySlug(db: Database, slug: string): Promise<PublicAlbum | null> {
  const [row] = await db
    .select({ id: albums.id, slug: albums.slug, title: albums.title, description: albums.description, takenOn: albums.takenOn, unitName: units.name, coverPhotoId: albums.coverPhotoId, updatedAt: albums.updatedAt })
    .from(albums)
    .leftJoin(units, eq(units.id, albums.unitId))
    .where(and(isPublic, eq(albums.slug, slug)))
    .limit(1);
  if (!row) return null;
  const photos = (await selectPhotos(db, eq(albumPhotos.albumId, row.id)).orderBy(asc(albumPhotos.sortOrder), asc(albumPhotos.id))).map(toPhotoView);
  const coverId = albumCoverId(row.coverPhotoId, photos.map((photo) => photo.id));
  const cover = photos.find((photo) => photo.id === coverId) ?? null;
  const { coverPhotoId: _chosen, takenOn, ...rest } = row;
  return { ...rest, takenOn: storedDay(takenOn), cover, photos };
}

/** One photo of a published album, where it stands among the album's photos and its neighbours; null when it is not one of them. */
export async function publishedAlbumPhoto(db: Database, slug: string, photoId: number): Promise<PublicAlbumPhoto | null> {
  const [album] = await db.select({ id: albums.id, slug: albums.slug, title: albums.title }).from(albums).where(and(isPublic, eq(albums.slug, slug))).limit(1);
  if (!album) return null;
  const order = (await db.select({ id: albumPhotos.id }).from(albumPhotos).where(eq(albumPhotos.albumId, album.id)).orderBy(asc(albumPhotos.sortOrder), asc(albumPhotos.id))).map((row) => row.id);
  const index = order.indexOf(photoId);
  if (index < 0) return null;
  const [row] = await selectPhotos(db, eq(albumPhotos.id, photoId));
  if (!row) return null;
  return { album, photo: toPhotoView(row), position: index + 1, total: order.length, previousId: order[index - 1] ?? null, nextId: order[index + 1] ?? null };
}

/** The published albums' addresses for the sitemap, newest first, each with when it last changed. */
export async function publicAlbumAddresses(db: Database): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.select({ slug: albums.slug, updatedAt: albums.updatedAt }).from(albums).where(isPublic).orderBy(desc(albums.takenOn), desc(albums.id));
}
