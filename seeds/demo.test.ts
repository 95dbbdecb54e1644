import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/test-database";
import { publishedAlbumBySlug, publishedAlbumsPage } from "@/db/queries/albums";
import { mostReadArticles } from "@/db/queries/article-views";
import { adminMenu, publicMenu, storedMenu } from "@/db/queries/menu";
import { documentStoredPath } from "@/core/document-files";
import { htmlToText } from "@/core/html-text";
import { albums, articleDailyViews, articles, categories, documentFiles, documents, media, series, units, users } from "@/db/schema";
import { verifyPassword } from "@/server/password";
import { demoAlbums } from "./demo-albums";
import { demoAccounts } from "./demo-organisation";
import { isDatabaseEmpty, seedDemoContent } from "./demo";
import { localMediaStore } from "@/server/media-store-local";

let handle: TestDatabase;
let mediaDir: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-media-"));
  expect(await isDatabaseEmpty(handle.db)).toBe(true);
  await seedDemoContent(handle.db, localMediaStore(mediaDir));
}, 120_000);
afterAll(async () => {
  await handle.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const countOf = async (table: typeof units | typeof categories | typeof users | typeof media | typeof articles | typeof articleDailyViews | typeof documents | typeof albums) =>
  (await handle.db.select({ n: count() }).from(table).limit(1))[0]?.n ?? 0;

describe("the demo seed", () => {
  it("creates the organisation: a provincial union with sub-units, and four categories", async () => {
    const rows = await handle.db.select().from(units);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((u) => u.parentId === null)).toHaveLength(1);
    expect(await countOf(categories)).toBe(4);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
  });

  it("creates one account per role, with argon2id hashes of the README passwords", async () => {
    for (const account of demoAccounts) {
      const user = (await handle.db.select().from(users).where(eq(users.username, account.username)).limit(1))[0];
      expect(user?.role).toBe(account.role);
      expect(user?.passwordHash.startsWith("$argon2id$")).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? "", account.password)).toBe(true);
    }
  });

  it("publishes at least 35 articles over several years and every unit, and keeps a few drafts", async () => {
    const published = await handle.db.select().from(articles).where(eq(articles.status, "published"));
    expect(published.length).toBeGreaterThanOrEqual(35);
    const years = new Set(published.map((a) => a.publishedAt?.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(new Set(published.map((a) => a.unitId)).size).toBe(await countOf(units));
    const unpublished = await handle.db.select().from(articles).where(sql`${articles.status} in ('draft', 'pending')`);
    expect(unpublished.length).toBeGreaterThanOrEqual(2);
    expect(unpublished.every((a) => a.publishedAt === null)).toBe(true);
  });

  it("gives every published article a byline, and a body that does not say its summary again", async () => {
    const published = await handle.db.select().from(articles).where(eq(articles.status, "published"));
    expect(published.filter((a) => a.byline.trim() === "").map((a) => a.title)).toEqual([]);
    expect(published.filter((a) => a.summary !== "" && htmlToText(a.bodyHtml).includes(a.summary)).map((a) => a.title)).toEqual([]);
  });

  it("publishes a series of at least four numbered parts", async () => {
    const [loat] = await handle.db.select().from(series);
    const parts = await handle.db.select().from(articles).where(eq(articles.seriesId, loat?.id ?? -1));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.map((p) => p.seriesPart).sort()).toEqual(parts.map((_, i) => i + 1));
  });

  it("stores generated photos with alt text, on disk in every width (and the largest as JPEG), used as covers and in bodies", async () => {
    const photos = await handle.db.select().from(media);
    expect(photos.length).toBeGreaterThan(10);
    for (const photo of photos) {
      expect(photo.alt.length).toBeGreaterThan(10);
      for (const width of photo.variantWidths) expect(fs.existsSync(path.join(mediaDir, `${photo.storageKey}-${width}.webp`))).toBe(true);
      expect(fs.existsSync(path.join(mediaDir, `${photo.storageKey}-${Math.max(...photo.variantWidths)}.jpg`))).toBe(true);
    }
    expect((await handle.db.select().from(articles).where(isNotNull(articles.coverMediaId))).length).toBeGreaterThan(5);
    expect((await handle.db.select().from(articles).where(sql`${articles.bodyHtml} like '%<figcaption>%'`)).length).toBeGreaterThan(5);
  });

  it('gives "Tin xem nhiều" five articles read in the last 30 days, within their all-time counts', async () => {
    const mostRead = await mostReadArticles(handle.db, { limit: 5 });
    expect(mostRead).toHaveLength(5);
    const recentViews = await handle.db
      .select({ articleId: articleDailyViews.articleId, views: sql<number>`sum(${articleDailyViews.views})` })
      .from(articleDailyViews)
      .groupBy(articleDailyViews.articleId);
    for (const { articleId, views } of recentViews) {
      const total = (await handle.db.select().from(articles).where(eq(articles.id, articleId)).limit(1))[0]?.viewCount ?? 0;
      expect(views).toBeLessThanOrEqual(total);
    }
  });

  it("arranges the menu: the about pages under Giới thiệu, the news categories under Tin tức, every target live", async () => {
    const summary = (await publicMenu(handle.db)).map((link) => `${link.label} → ${link.href}${link.children.length ? ` [${link.children.map((c) => c.href).join(" ")}]` : ""}`);
    expect(summary).toEqual([
      "Trang chủ → /",
      "Giới thiệu → /gioi-thieu/gioi-thieu [/gioi-thieu/lich-su-truyen-thong /gioi-thieu/co-cau-to-chuc /gioi-thieu/ban-thuong-vu]",
      "Tin tức → /tin-tuc [/chuyen-muc/tin-hoat-dong /chuyen-muc/tin-tuc-su-kien /chuyen-muc/guong-dien-hinh]",
      "Văn bản → /van-ban",
      "Thư viện ảnh → /thu-vien-anh",
      "Đơn vị → /don-vi/ldld-tinh-hai-lam [/don-vi/cong-doan-vien-chuc-tinh /don-vi/ldld-thanh-pho-hai-lam /don-vi/ldld-huyen-tan-phong /don-vi/cong-doan-nganh-giao-duc]",
      "Liên hệ → /gioi-thieu/lien-he",
    ]);
    expect((await adminMenu(handle.db)).flags).toEqual({});
  });

  it("publishes the demo documents, one expired, each with a PDF stored where the register keeps it", async () => {
    const rows = await handle.db.select({ slug: documents.slug, status: documents.status, legalStatus: documents.legalStatus, storageKey: documentFiles.storageKey }).from(documents).innerJoin(documentFiles, eq(documentFiles.documentId, documents.id));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.status === "published")).toBe(true);
    expect(rows.filter((row) => row.legalStatus === "expired")).toHaveLength(1);
    for (const row of rows) expect(fs.readFileSync(path.join(mediaDir, documentStoredPath(row.storageKey, "pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("publishes the demo albums newest first, with their photos drawn on disk, captions, credits and the chosen cover", async () => {
    const { items, total } = await publishedAlbumsPage(handle.db, { offset: 0, limit: 10 });
    expect(total).toBe(demoAlbums.length);
    expect(items.map((album) => album.title)).toEqual([...demoAlbums].sort((a, b) => b.takenOn.localeCompare(a.takenOn)).map((album) => album.title));
    for (const card of items) {
      const demo = demoAlbums.find((album) => album.title === card.title);
      const album = await publishedAlbumBySlug(handle.db, card.slug);
      expect(album?.photos.map((photo) => [photo.caption, photo.credit])).toEqual(demo?.photos.map((photo) => [photo.caption, photo.credit]));
      expect(album?.cover?.id).toBe(album?.photos[demo?.cover ?? 0]?.id);
      const cover = card.cover?.src.split("/").pop() ?? "";
      expect(fs.existsSync(path.join(mediaDir, cover))).toBe(true);
    }
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = [await countOf(units), await countOf(categories), await countOf(users), await countOf(media), await countOf(articles), await countOf(articleDailyViews), await countOf(documents), await countOf(albums)];
    // Keys are row ids: the same keys mean the same rows, not a menu written again.
    const menu = await storedMenu(handle.db);
    await seedDemoContent(handle.db, localMediaStore(mediaDir));
    expect([await countOf(units), await countOf(categories), await countOf(users), await countOf(media), await countOf(articles), await countOf(articleDailyViews), await countOf(documents), await countOf(albums)]).toEqual(before);
    expect(await storedMenu(handle.db)).toEqual(menu);
  });
});
