import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_USAGE } from "@/core/media-usage";
import { firstStartSettings } from "@/core/site-settings";
import { parseSearchQuery } from "@/core/search-text";
import type { Database } from "../client";
import { articleRevisions, articles, media } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "../test-database";
import { deleteMediaRow, insertMedia, listMedia, mediaById, updateMediaDetails } from "./media";
import { mediaUsage } from "./media-usage";
import { createPage } from "./page-writes";
import { writeSiteSettings } from "./site-settings";
import { writeTransaction } from "@/db/transaction";

let handle: TestDatabase;
let db: Database;
let sequence = 0;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterEach(() => handle.close());

async function image(values: { alt?: string; originalName?: string; credit?: string; storageKey?: string; createdAt?: Date } = {}) {
  const n = ++sequence;
  return await writeTransaction(db, (tx) => insertMedia(tx, {
    storageKey: `anh-${n}`,
    originalName: `anh-${n}.jpg`,
    width: 1600,
    height: 1200,
    variantWidths: [480, 960, 1600],
    sizeBytes: 1000,
    createdAt: new Date(Date.UTC(2026, 10, 1, 0, n)),
    ...values,
  }));
}

const mediaIs = (originalName: string) => eq(media.originalName, originalName);
const names = async (query: string | null, page = { offset: 0, limit: 24 }) => (await listMedia(db, page, query === null ? null : parseSearchQuery(query))).items.map((item) => item.originalName);

describe("listMedia", () => {
  beforeEach(async () => {
    await image({ originalName: "IMG_2041.JPG", alt: "Đại hội Công đoàn tỉnh lần thứ XV" });
    await image({ originalName: "trao-qua-tet.jpg", alt: "Đoàn viên nhận quà Tết", credit: "Ảnh: Nguyễn Văn An" });
    await image({ originalName: "hoi-nghi.png", alt: "" });
  });

  it("lists the newest first, and counts them all", async () => {
    expect(await names(null)).toEqual(["hoi-nghi.png", "trao-qua-tet.jpg", "IMG_2041.JPG"]);
    expect(await listMedia(db, { offset: 1, limit: 1 })).toMatchObject({ total: 3, items: [{ originalName: "trao-qua-tet.jpg", credit: "Ảnh: Nguyễn Văn An" }] });
  });

  it.each([
    ["cong doan", ["IMG_2041.JPG"]],
    ["CÔNG ĐOÀN", ["IMG_2041.JPG"]],
    ["dai hoi xv", ["IMG_2041.JPG"]],
    ["img_2041", ["IMG_2041.JPG"]],
    ["2041", ["IMG_2041.JPG"]],
    ["trao qua", ["trao-qua-tet.jpg"]],
    ["nguyen van an", ["trao-qua-tet.jpg"]],
    ["doan", ["trao-qua-tet.jpg", "IMG_2041.JPG"]],
    ["jpg", ["trao-qua-tet.jpg", "IMG_2041.JPG"]],
    ["hội nghị", ["hoi-nghi.png"]],
    ['"hoi tet"', []],
    ["dai hoi tet", []],
    ["không có", []],
  ])("finds %j by description, file name or credit, with or without tone marks", async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it("pages through the matches and counts only them", async () => {
    for (let i = 0; i < 5; i++) await image({ alt: `Hội thao công nhân ${i}` });
    const page = await listMedia(db, { offset: 2, limit: 2 }, parseSearchQuery("hoi thao"));
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.alt)).toEqual(["Hội thao công nhân 2", "Hội thao công nhân 1"]);
    expect(await listMedia(db, { offset: 10, limit: 2 }, parseSearchQuery("hoi thao"))).toEqual({ items: [], total: 5 });
  });

  it("names who uploaded each image", async () => {
    const uploader = await insertUser(db, { role: "contributor", displayName: "Lê Thị Hoa" });
    await image({ originalName: "cua-hoa.jpg" });
    await writeTransaction(db, (tx) => tx.update(media).set({ uploadedBy: uploader.id }).where(mediaIs("cua-hoa.jpg")));
    expect((await listMedia(db, { offset: 0, limit: 1 })).items[0]).toMatchObject({ originalName: "cua-hoa.jpg", uploadedBy: uploader.id, uploaderName: "Lê Thị Hoa" });
  });
});

describe("updateMediaDetails and deleteMediaRow", () => {
  it("changes the description and credit of one image only", async () => {
    const changed = await image({ alt: "Cũ" });
    const other = await image({ alt: "Khác" });
    expect(await writeTransaction(db, (tx) => updateMediaDetails(tx, changed.id, { alt: "Mới", credit: "Nguồn: Báo Lao Động" }))).toBe(true);
    expect(await mediaById(db, changed.id)).toMatchObject({ alt: "Mới", credit: "Nguồn: Báo Lao Động" });
    expect(await mediaById(db, other.id)).toMatchObject({ alt: "Khác", credit: "" });
    expect(await writeTransaction(db, (tx) => updateMediaDetails(tx, 99_999, { alt: "x", credit: "" }))).toBe(false);
  });

  it("deletes the row; an old revision's cover that pointed at it is cleared, not broken", async () => {
    const place = { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id };
    const old = await image();
    const article = await insertArticle(db, place);
    await writeTransaction(db, (tx) => tx.insert(articleRevisions).values({ articleId: article.id, version: 1, title: "t", slug: "s", summary: "", bodyHtml: "", coverMediaId: old.id, coverCaption: "", byline: "", unitId: place.unitId, categoryId: place.categoryId, kind: "save", savedAt: new Date() }));
    expect(await writeTransaction(db, (tx) => deleteMediaRow(tx, old.id))).toBe(true);
    expect(await mediaById(db, old.id)).toBeNull();
    expect((await db.select({ cover: articleRevisions.coverMediaId }).from(articleRevisions).limit(1))[0]).toEqual({ cover: null });
    expect(await writeTransaction(db, (tx) => deleteMediaRow(tx, old.id))).toBe(false);
  });
});

describe("mediaUsage", () => {
  let place: { unitId: number; categoryId: number };
  beforeEach(async () => {
    place = { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id };
  });
  const figure = (key: string) => `<figure><img src="/api/media/${key}-960.jpg" srcset="/api/media/${key}-480.webp 480w" alt=""><figcaption>Ảnh</figcaption></figure>`;

  it("finds nothing for an image nobody uses, even when a longer key starts with its own", async () => {
    const unused = await image({ storageKey: "demo-conference-3" });
    await insertArticle(db, { ...place, bodyHtml: figure("demo-conference-31") });
    expect(await mediaUsage(db, unused)).toEqual(NO_USAGE);
  });

  it("names the articles of any status using it as cover or in the body, and the pages", async () => {
    const photo = await image();
    const cover = await insertArticle(db, { ...place, title: "Bài có ảnh đại diện", coverMediaId: photo.id, updatedAt: new Date("2026-11-01T00:00:00Z") });
    const draft = await insertArticle(db, { ...place, title: "Bản nháp có ảnh trong bài", status: "draft", publishedAt: null, bodyHtml: `<p>Mở đầu</p>${figure(photo.storageKey)}`, updatedAt: new Date("2026-11-02T00:00:00Z") });
    await insertArticle(db, { ...place, title: "Bài không dùng ảnh", bodyHtml: "<p>Không có ảnh</p>" });
    const author = await insertUser(db, { role: "editor" });
    const page = await writeTransaction(db, (tx) => createPage(tx, { title: "Lịch sử truyền thống", slug: "lich-su", summary: "", bodyHtml: figure(photo.storageKey), lang: "vi", parentId: null, showContacts: false }, author.id, "save", new Date()));
    expect(await mediaUsage(db, photo)).toEqual({
      articles: [
        { id: draft.id, title: "Bản nháp có ảnh trong bài", asCover: false, inBody: true, published: false },
        { id: cover.id, title: "Bài có ảnh đại diện", asCover: true, inBody: false, published: true },
      ],
      pages: [{ id: page.id, title: "Lịch sử truyền thống" }],
      albums: [],
      settings: [],
    });
  });

  it("finds the site settings' emblem and default sharing image, but not an old version of them", async () => {
    const emblem = await image();
    const formerEmblem = await image();
    const settings = firstStartSettings({ unionName: "LĐLĐ tỉnh Hải Lâm", slogan: "" });
    await writeTransaction(db, (tx) => writeSiteSettings(tx, { settings: { ...settings, emblemMediaId: formerEmblem.id }, version: 1, kind: "save", by: null, at: new Date() }));
    await writeTransaction(db, (tx) => writeSiteSettings(tx, { settings: { ...settings, emblemMediaId: emblem.id, shareImageMediaId: emblem.id }, version: 2, kind: "save", by: null, at: new Date() }));
    expect((await mediaUsage(db, emblem)).settings).toEqual(["emblem", "shareImage"]);
    expect(await mediaUsage(db, formerEmblem)).toEqual(NO_USAGE);
  });

  it("does not count an article's old revision", async () => {
    const photo = await image();
    const article = await insertArticle(db, { ...place, bodyHtml: "<p>Đã bỏ ảnh</p>" });
    await writeTransaction(db, (tx) => tx.insert(articleRevisions).values({ articleId: article.id, version: 1, title: "t", slug: "s", summary: "", bodyHtml: figure(photo.storageKey), coverMediaId: photo.id, coverCaption: "", byline: "", unitId: place.unitId, categoryId: place.categoryId, kind: "save", savedAt: new Date() }));
    expect(await mediaUsage(db, photo)).toEqual(NO_USAGE);
    expect(await db.select().from(articles)).toHaveLength(1);
  });
});
