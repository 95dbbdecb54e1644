import type { Database } from "../client";
import { albumPhotos, albums, media } from "../schema";
import { writeTransaction } from "../transaction";

/** A published album as the benchmark's generator makes it; each photo names one image of the shared pool. */
export type BulkAlbum = {
  title: string;
  slug: string;
  description: string;
  takenOn: string;
  unitId: number;
  publishedAt: Date;
  photos: { caption: string; credit: string; image: number }[];
};

// Rows per INSERT: 250 albums of 12 columns, or 1,000 photos of 6, stay under both dialects' limits on bound values.
const ALBUMS_PER_STATEMENT = 250;
const PHOTOS_PER_STATEMENT = 1000;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * Writes generated albums in one transaction, with a pool of `images` image rows their photos
 * share (an album never holds one image twice). The rows have no files on disk: the bench loads
 * the pages, not the pictures. Returns how many albums were written.
 */
export async function insertAlbumsInBulk(db: Database, rows: BulkAlbum[], images: number): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const pool = await tx
      .insert(media)
      .values(Array.from({ length: images }, (_, i) => ({ storageKey: `bench-album-${i + 1}`, originalName: `bench-album-${i + 1}.jpg`, width: 1600, height: 1000, variantWidths: [480, 960, 1600], sizeBytes: 250_000, alt: `Ảnh minh họa số ${i + 1}` })))
      .returning({ id: media.id });
    for (const chunk of chunks(rows, ALBUMS_PER_STATEMENT)) {
      const ids = await tx
        .insert(albums)
        .values(chunk.map(({ photos: _photos, publishedAt, ...album }) => ({ ...album, status: "published" as const, publishedAt, createdAt: publishedAt, updatedAt: publishedAt })))
        .returning({ id: albums.id });
      const photos = chunk.flatMap((album, i) =>
        album.photos.map((photo, order) => ({ albumId: ids[i]?.id ?? 0, mediaId: pool[photo.image]?.id ?? 0, caption: photo.caption, credit: photo.credit, sortOrder: order, createdAt: album.publishedAt })),
      );
      for (const part of chunks(photos, PHOTOS_PER_STATEMENT)) await tx.insert(albumPhotos).values(part);
    }
    return rows.length;
  });
}
