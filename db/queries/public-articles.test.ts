import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDayKey } from "@/core/vi-date";
import type { Database } from "../client";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "../test-database";
import { articleSliceOfFile, sitemapFileCount } from "@/core/sitemap";
import {
  latestPublishedArticles,
  nextScheduledPublication,
  publicArticleAddresses,
  publicArticleCount,
  publishedArticleBySlug,
  publishedArticlesPage,
  publishedSeriesParts,
  publishedYearRange,
} from "./public-articles";
import { media, type NewArticle, series } from "../schema";
import { writeTransaction } from "@/db/transaction";
import { onlyRow } from "@/db/sql";

const NOW = new Date("2026-11-22T03:00:00Z");
const firstPage = { offset: 0, limit: 10 };

let handle: TestDatabase;
let db: Database;
let unitId: number;
let categoryId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db)).id;
  categoryId = (await insertCategory(db)).id;
});
afterEach(() => handle.close());

const article = async (values: Partial<NewArticle> = {}) => await insertArticle(db, { unitId, categoryId, ...values });

function day(key: string) {
  const parsed = parseDayKey(key);
  if (!parsed) throw new Error(key);
  return parsed;
}

describe("publishedArticlesPage", () => {
  it("shows only published articles whose publish time has come", async () => {
    const shown = await article({ title: "Đã đăng", publishedAt: new Date("2026-11-20T01:00:00Z") });
    await article({ title: "Bản nháp", status: "draft", publishedAt: null });
    await article({ title: "Chờ duyệt", status: "pending", publishedAt: null });
    await article({ title: "Đã gỡ", status: "unpublished", publishedAt: new Date("2026-11-19T01:00:00Z") });
    await article({ title: "Hẹn giờ", publishedAt: new Date("2026-11-22T03:00:01Z") });
    const { items, total } = await publishedArticlesPage(db, {}, firstPage, NOW);
    expect(items.map((i) => i.id)).toEqual([shown.id]);
    expect(total).toBe(1);
  });

  it("shows a scheduled article once its time has come, with no job to run", async () => {
    const scheduled = await article({ publishedAt: new Date("2026-11-22T04:00:00Z") });
    expect((await publishedArticlesPage(db, {}, firstPage, NOW)).total).toBe(0);
    const later = new Date("2026-11-22T04:00:00Z");
    expect((await publishedArticlesPage(db, {}, firstPage, later)).items.map((i) => i.id)).toEqual([scheduled.id]);
  });

  it("lists newest first, ten a page, and counts every public article", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) ids.push((await article({ publishedAt: new Date(Date.UTC(2022, 0, 1 + i, 2)) })).id);
    const newestFirst = [...ids].reverse();
    const page1 = await publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, NOW);
    const page3 = await publishedArticlesPage(db, {}, { offset: 20, limit: 10 }, NOW);
    expect(page1.total).toBe(23);
    expect(page1.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 10));
    expect(page3.items.map((i) => i.id)).toEqual(newestFirst.slice(20));
  });

  it("breaks ties of the same minute by the newer article first", async () => {
    const at = new Date("2022-12-21T09:42:00Z");
    const older = await article({ publishedAt: at });
    const newer = await article({ publishedAt: at });
    expect((await publishedArticlesPage(db, {}, firstPage, NOW)).items.map((i) => i.id)).toEqual([newer.id, older.id]);
  });

  it("filters by category, by unit, and leaves out the article being read", async () => {
    const otherUnit = (await insertUnit(db)).id;
    const otherCategory = (await insertCategory(db)).id;
    const a = await article({});
    const b = await article({ unitId: otherUnit });
    const c = await article({ categoryId: otherCategory });
    expect((await publishedArticlesPage(db, { categoryId: otherCategory }, firstPage, NOW)).items.map((i) => i.id)).toEqual([c.id]);
    expect((await publishedArticlesPage(db, { unitId: otherUnit }, firstPage, NOW)).items.map((i) => i.id)).toEqual([b.id]);
    const others = await publishedArticlesPage(db, { excludeId: a.id }, firstPage, NOW);
    expect(others.items.map((i) => i.id).sort()).toEqual([b.id, c.id].sort());
    expect(others.total).toBe(2);
  });

  it("filters by the day in Vietnam time, edges included", async () => {
    // 21/12/2022 in Vietnam runs from 2022-12-20T17:00Z to 2022-12-21T17:00Z.
    const before = await article({ publishedAt: new Date("2022-12-20T16:59:59.999Z") });
    const firstMoment = await article({ publishedAt: new Date("2022-12-20T17:00:00Z") });
    const lastMoment = await article({ publishedAt: new Date("2022-12-21T16:59:59.999Z") });
    const after = await article({ publishedAt: new Date("2022-12-21T17:00:00Z") });
    const that = await publishedArticlesPage(db, { day: day("2022-12-21") }, firstPage, NOW);
    expect(that.items.map((i) => i.id)).toEqual([lastMoment.id, firstMoment.id]);
    expect(that.total).toBe(2);
    expect((await publishedArticlesPage(db, { day: day("2022-12-20") }, firstPage, NOW)).items.map((i) => i.id)).toEqual([before.id]);
    expect((await publishedArticlesPage(db, { day: day("2022-12-22") }, firstPage, NOW)).items.map((i) => i.id)).toEqual([after.id]);
  });

  it("answers an empty day with no items and a zero total", async () => {
    await article({});
    expect(await publishedArticlesPage(db, { day: day("2020-01-01") }, firstPage, NOW)).toEqual({ items: [], total: 0 });
  });
});

describe("publishedArticleBySlug", () => {
  it("finds a public article with its unit, category and series, and nothing else", async () => {
    const seriesRow = onlyRow(await writeTransaction(db, (tx) => tx.insert(series).values({ title: "Hướng tới Đại hội", slug: "huong-toi-dai-hoi" }).returning()));
    await article({ slug: "dai-hoi-ky-2", seriesId: seriesRow.id, seriesPart: 2, viewCount: 694, bodyHtml: "<p>Nội dung</p>" });
    await article({ slug: "ban-nhap", status: "draft", publishedAt: null });
    await article({ slug: "hen-gio", publishedAt: new Date("2027-01-01T00:00:00Z") });
    const found = await publishedArticleBySlug(db, "dai-hoi-ky-2", NOW);
    expect(found).toMatchObject({ slug: "dai-hoi-ky-2", viewCount: 694, bodyHtml: "<p>Nội dung</p>", series: { title: "Hướng tới Đại hội", part: 2 } });
    expect(await publishedArticleBySlug(db, "ban-nhap", NOW)).toBeNull();
    expect(await publishedArticleBySlug(db, "hen-gio", NOW)).toBeNull();
    expect(await publishedArticleBySlug(db, "khong-co", NOW)).toBeNull();
  });
});

describe("publishedSeriesParts", () => {
  it("lists the public parts in part order", async () => {
    const s = onlyRow(await writeTransaction(db, (tx) => tx.insert(series).values({ title: "Loạt bài", slug: "loat-bai" }).returning()));
    await article({ slug: "ky-3", seriesId: s.id, seriesPart: 3, publishedAt: new Date("2023-05-01T00:00:00Z") });
    await article({ slug: "ky-1", seriesId: s.id, seriesPart: 1, publishedAt: new Date("2023-03-01T00:00:00Z") });
    await article({ slug: "ky-4", seriesId: s.id, seriesPart: 4, status: "draft", publishedAt: null });
    await article({ slug: "ky-2", seriesId: s.id, seriesPart: 2, publishedAt: new Date("2023-04-01T00:00:00Z") });
    expect((await publishedSeriesParts(db, s.id, NOW)).map((p) => p.slug)).toEqual(["ky-1", "ky-2", "ky-3"]);
  });
});

describe("latestPublishedArticles", () => {
  it("returns the newest featured articles when asked for featured ones", async () => {
    await article({ isFeatured: true, publishedAt: new Date("2024-01-01T00:00:00Z") });
    const newest = await article({ isFeatured: true, publishedAt: new Date("2025-01-01T00:00:00Z") });
    await article({ isFeatured: false, publishedAt: new Date("2026-01-01T00:00:00Z") });
    await article({ isFeatured: true, status: "draft", publishedAt: null });
    const featured = await latestPublishedArticles(db, { limit: 1, featuredOnly: true }, NOW);
    expect(featured.map((a) => a.id)).toEqual([newest.id]);
  });
});

describe("publishedYearRange", () => {
  it("spans the Vietnam years of the oldest and newest public articles", async () => {
    expect(await publishedYearRange(db, NOW)).toBeNull();
    await article({ publishedAt: new Date("2018-12-31T17:30:00Z") }); // already 2019 in Vietnam
    await article({ publishedAt: new Date("2025-06-01T00:00:00Z") });
    await article({ publishedAt: new Date("2030-01-01T00:00:00Z") }); // scheduled: not public yet
    expect(await publishedYearRange(db, NOW)).toEqual({ first: 2019, last: 2025 });
  });
});

describe("publicArticleAddresses (the sitemap)", () => {
  it("lists every public article exactly once across the sitemap's files, and nothing else", async () => {
    const shown: Awaited<ReturnType<typeof article>>[] = [];
    for (let i = 0; i < 23; i++) shown.push(await article({ slug: `tin-${i}`, publishedAt: new Date(Date.UTC(2025, 0, 1 + i)) }));
    await article({ slug: "ban-nhap", status: "draft" });
    await article({ slug: "hen-gio", publishedAt: new Date("2026-12-01T00:00:00Z") });
    await article({ slug: "da-go", status: "unpublished" });
    // Files of 10 addresses, the first holding 3 fixed pages: 3 files for 26 addresses.
    const fixed = 3;
    const files = sitemapFileCount(fixed + (await publicArticleCount(db, {}, NOW)), 10);
    expect(files).toBe(3);
    const slugs: string[][] = [];
    for (let i = 0; i < files; i++) slugs.push((await publicArticleAddresses(db, articleSliceOfFile(i + 1, fixed, 10), NOW)).map((a) => a.slug));
    expect(slugs.map((file) => file.length)).toEqual([7, 10, 6]);
    expect(slugs.flat().sort()).toEqual(shown.map((a) => a.slug).sort());
    expect(slugs[0]?.[0]).toBe("tin-22");
  });
});

describe("nextScheduledPublication", () => {
  it("is the earliest publish time still to come of a published article", async () => {
    await article({ publishedAt: new Date("2026-11-20T01:00:00Z") });
    await article({ status: "draft", publishedAt: new Date("2026-11-22T03:00:05Z") });
    await article({ status: "unpublished", publishedAt: new Date("2026-11-22T03:00:06Z") });
    await article({ publishedAt: new Date("2026-11-23T08:00:00Z") });
    await article({ publishedAt: new Date("2026-11-22T03:00:10Z") });
    expect(await nextScheduledPublication(db, NOW)).toEqual(new Date("2026-11-22T03:00:10Z"));
  });

  it("is null when nothing is scheduled, and an article due exactly now is already public", async () => {
    await article({ publishedAt: new Date("2026-11-20T01:00:00Z") });
    expect(await nextScheduledPublication(db, NOW)).toBeNull();
    await article({ publishedAt: NOW });
    expect(await nextScheduledPublication(db, NOW)).toBeNull();
  });
});

describe("the card photo of a list item", () => {
  const photo = async (storageKey: string) =>
    onlyRow(await writeTransaction(db, (tx) => tx.insert(media).values({ storageKey, originalName: `${storageKey}.jpg`, width: 1600, height: 1000, variantWidths: [480, 960, 1600], sizeBytes: 1, alt: `Ảnh ${storageKey}` }).returning()));
  const body = (...keys: string[]) => keys.map((key) => `<p>Đoạn văn.</p><figure><img src="/api/media/${key}-960.jpg" srcset="/api/media/${key}-480.webp 480w" alt=""></figure>`).join("");

  it("is the cover, else the first of our photos in the text, else none", async () => {
    const cover = await photo("bia-ab12");
    await photo("trong-bai-cd34");
    await photo("thu-hai-ef56");
    const withCover = await article({ title: "Có ảnh bìa", coverMediaId: cover.id, bodyHtml: body("trong-bai-cd34"), publishedAt: new Date("2026-11-20T03:00:00Z") });
    const bodyOnly = await article({ title: "Ảnh trong bài", bodyHtml: body("trong-bai-cd34", "thu-hai-ef56"), publishedAt: new Date("2026-11-20T02:00:00Z") });
    const none = await article({ title: "Chỉ có chữ", bodyHtml: "<p>Không có ảnh.</p>", publishedAt: new Date("2026-11-20T01:00:00Z") });
    const unknown = await article({ title: "Ảnh đã xóa", bodyHtml: body("da-xoa-9999"), publishedAt: new Date("2026-11-20T00:00:00Z") });
    const items = new Map((await publishedArticlesPage(db, {}, firstPage, NOW)).items.map((item) => [item.id, item]));
    expect(items.get(withCover.id)?.cardPhoto?.src).toBe("/api/media/bia-ab12-1600.jpg");
    expect(items.get(bodyOnly.id)?.cardPhoto).toMatchObject({ src: "/api/media/trong-bai-cd34-1600.jpg", width: 1600, height: 1000, alt: "Ảnh trong-bai-cd34" });
    expect(items.get(bodyOnly.id)?.cover).toBeNull();
    expect(items.get(none.id)?.cardPhoto).toBeNull();
    expect(items.get(unknown.id)?.cardPhoto).toBeNull();
  });

  it("leaves the article page's own cover alone: the body photo is not shown twice", async () => {
    await photo("trong-bai-cd34");
    const bodyOnly = await article({ title: "Ảnh trong bài", slug: "anh-trong-bai", bodyHtml: body("trong-bai-cd34"), publishedAt: new Date("2026-11-20T02:00:00Z") });
    const page = await publishedArticleBySlug(db, "anh-trong-bai", NOW);
    expect(page?.id).toBe(bodyOnly.id);
    expect(page?.cover).toBeNull();
  });
});
