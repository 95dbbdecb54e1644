// The public albums on a real database (each dialect): which albums readers see, in which order,
// with which cover and count, and how a photo's page finds its neighbours.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/core/permissions";
import type { Database } from "../client";
import { albumPhotos, albums, media } from "../schema";
import { onlyRow } from "../sql";
import { createTestDatabase, insertUnit, type TestDatabase } from "../test-database";
import { writeTransaction } from "../transaction";
import { publicAlbumAddresses, publishedAlbumBySlug, publishedAlbumPhoto, publishedAlbumsPage } from "./albums";

let handle: TestDatabase;
let db: Database;
let unitId: number;
let sequence = 0;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db, { name: "LĐLĐ huyện Tân Phong" })).id;
});
afterEach(() => handle.close());

type AlbumValues = { takenOn?: string; status?: ArticleStatus; photos?: number; unit?: number | null; coverIndex?: number };

/** An album with `photos` photos, inserted in the reverse of their order so that order comes from sort_order, not ids. */
async function album({ takenOn = "2023-05-20", status = "published", photos = 3, unit = unitId, coverIndex }: AlbumValues = {}) {
  const n = ++sequence;
  return writeTransaction(db, async (tx) => {
    const row = onlyRow(await tx.insert(albums).values({ slug: `album-${n}`, title: `Album thử ${n}`, description: `Mô tả ${n}`, takenOn, unitId: unit, status }).returning());
    const photoIds: number[] = [];
    for (let order = photos - 1; order >= 0; order--) {
      const image = onlyRow(
        await tx
          .insert(media)
          .values({ storageKey: `anh-${n}-${order}`, originalName: `anh-${order}.jpg`, width: 1600, height: 1000, variantWidths: [480, 960, 1600], sizeBytes: 1000, alt: order === 1 ? "" : `Ảnh ${order} của album ${n}`, credit: "Ảnh: Kho ảnh" })
          .returning(),
      );
      const photo = onlyRow(
        await tx
          .insert(albumPhotos)
          .values({ albumId: row.id, mediaId: image.id, caption: `Chú thích ${order}`, credit: order === 0 ? "Ảnh: Lê Thu Hà" : "", sortOrder: order })
          .returning(),
      );
      photoIds[order] = photo.id;
    }
    if (coverIndex !== undefined) await tx.update(albums).set({ coverPhotoId: photoIds[coverIndex] ?? null }).where(eq(albums.id, row.id));
    return { ...row, photoIds };
  });
}

describe("publishedAlbumsPage", () => {
  it("lists published albums newest day first, the later one first on the same day, drafts and those in review left out", async () => {
    const older = await album({ takenOn: "2022-12-21" });
    const sameDayFirst = await album({ takenOn: "2023-05-20" });
    const sameDaySecond = await album({ takenOn: "2023-05-20" });
    await album({ takenOn: "2024-01-01", status: "draft" });
    await album({ takenOn: "2024-01-02", status: "pending" });
    const newest = await album({ takenOn: "2023-11-02" });

    const { items, total } = await publishedAlbumsPage(db, { offset: 0, limit: 10 });
    expect(total).toBe(4);
    expect(items.map((item) => item.id)).toEqual([newest.id, sameDaySecond.id, sameDayFirst.id, older.id]);
    expect(items[3]).toMatchObject({ slug: older.slug, title: older.title, takenOn: { year: 2022, month: 12, day: 21 }, unitName: "LĐLĐ huyện Tân Phong" });
  });

  it("pages through the albums with the total of all of them", async () => {
    const made = [];
    for (let i = 1; i <= 5; i++) made.push(await album({ takenOn: `2023-0${i}-10` }));
    const second = await publishedAlbumsPage(db, { offset: 2, limit: 2 });
    expect(second.total).toBe(5);
    expect(second.items.map((item) => item.id)).toEqual([made[2]?.id, made[1]?.id]);
    expect((await publishedAlbumsPage(db, { offset: 10, limit: 2 })).items).toEqual([]);
  });

  it("counts each album's photos and shows its chosen cover, else its first photo by order", async () => {
    const chosen = await album({ photos: 4, coverIndex: 2 });
    const firstByOrder = await album({ photos: 2 });
    const empty = await album({ photos: 0 });
    const { items } = await publishedAlbumsPage(db, { offset: 0, limit: 10 });
    const card = (id: number) => items.find((item) => item.id === id);

    expect(card(chosen.id)?.photoCount).toBe(4);
    expect(card(chosen.id)?.cover?.src).toBe(`/api/media/anh-${sequence - 2}-2-1600.jpg`);
    expect(card(firstByOrder.id)?.photoCount).toBe(2);
    expect(card(firstByOrder.id)?.cover?.src).toBe(`/api/media/anh-${sequence - 1}-0-1600.jpg`);
    expect(card(firstByOrder.id)?.cover?.srcSet).toContain("480w");
    expect(card(empty.id)).toMatchObject({ photoCount: 0, cover: null });
  });

  it("falls back to the first photo when the chosen cover has left the album", async () => {
    const made = await album({ photos: 3, coverIndex: 1 });
    await writeTransaction(db, (tx) => tx.delete(albumPhotos).where(eq(albumPhotos.id, made.photoIds[1] ?? 0)));
    const { items } = await publishedAlbumsPage(db, { offset: 0, limit: 10 });
    expect(items[0]?.photoCount).toBe(2);
    expect(items[0]?.cover?.src).toBe(`/api/media/anh-${sequence}-0-1600.jpg`);
  });

  it("shows an album of no unit without a unit", async () => {
    await album({ unit: null });
    expect((await publishedAlbumsPage(db, { offset: 0, limit: 10 })).items[0]?.unitName).toBeNull();
  });
});

describe("publishedAlbumBySlug", () => {
  it("gives the album with its unit and its photos in the editor's order, captions and credits", async () => {
    const made = await album({ photos: 3, coverIndex: 2 });
    const found = await publishedAlbumBySlug(db, made.slug);
    expect(found).toMatchObject({ id: made.id, title: made.title, description: made.description, unitName: "LĐLĐ huyện Tân Phong", takenOn: { year: 2023, month: 5, day: 20 } });
    expect(found?.photos.map((photo) => photo.id)).toEqual(made.photoIds);
    expect(found?.photos.map((photo) => photo.caption)).toEqual(["Chú thích 0", "Chú thích 1", "Chú thích 2"]);
    // The photo's own credit, else its image's; the image's description, else the caption.
    expect(found?.photos.map((photo) => photo.credit)).toEqual(["Ảnh: Lê Thu Hà", "Ảnh: Kho ảnh", "Ảnh: Kho ảnh"]);
    expect(found?.photos[1]?.image.alt).toBe("Chú thích 1");
    expect(found?.cover?.id).toBe(made.photoIds[2]);
  });

  it("takes the first photo as the cover when none is chosen", async () => {
    const made = await album({ photos: 2 });
    expect((await publishedAlbumBySlug(db, made.slug))?.cover?.id).toBe(made.photoIds[0]);
  });

  it("finds no draft, no album in review and no unknown address", async () => {
    const draft = await album({ status: "draft" });
    const pending = await album({ status: "pending" });
    expect(await publishedAlbumBySlug(db, draft.slug)).toBeNull();
    expect(await publishedAlbumBySlug(db, pending.slug)).toBeNull();
    expect(await publishedAlbumBySlug(db, "khong-co-album-nay")).toBeNull();
  });
});

describe("publishedAlbumPhoto", () => {
  it("gives a photo's place and its neighbours, with none before the first and none after the last", async () => {
    const made = await album({ photos: 3 });
    const [first, middle, last] = made.photoIds;
    expect(await publishedAlbumPhoto(db, made.slug, first ?? 0)).toMatchObject({ position: 1, total: 3, previousId: null, nextId: middle, photo: { id: first, caption: "Chú thích 0" } });
    expect(await publishedAlbumPhoto(db, made.slug, middle ?? 0)).toMatchObject({ position: 2, total: 3, previousId: first, nextId: last, album: { id: made.id, slug: made.slug, title: made.title } });
    expect(await publishedAlbumPhoto(db, made.slug, last ?? 0)).toMatchObject({ position: 3, total: 3, previousId: middle, nextId: null });
  });

  it("finds no photo of another album, of a draft album or that does not exist", async () => {
    const one = await album({ photos: 1 });
    const other = await album({ photos: 1 });
    const draft = await album({ photos: 1, status: "draft" });
    expect(await publishedAlbumPhoto(db, one.slug, other.photoIds[0] ?? 0)).toBeNull();
    expect(await publishedAlbumPhoto(db, draft.slug, draft.photoIds[0] ?? 0)).toBeNull();
    expect(await publishedAlbumPhoto(db, one.slug, 999999)).toBeNull();
  });
});

describe("publicAlbumAddresses", () => {
  it("lists the published albums' addresses, newest first, with when they changed", async () => {
    const older = await album({ takenOn: "2021-01-01" });
    const newer = await album({ takenOn: "2022-01-01" });
    await album({ status: "draft" });
    const addresses = await publicAlbumAddresses(db);
    expect(addresses.map((address) => address.slug)).toEqual([newer.slug, older.slug]);
    expect(addresses[0]?.updatedAt).toBeInstanceOf(Date);
  });
});
