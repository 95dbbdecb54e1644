import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/test-database";
import { mostReadArticles } from "@/db/queries/article-views";
import { adminMenu, publicMenu, storedMenu } from "@/db/queries/menu";
import { articleDailyViews, articles, categories, media, series, units, users } from "@/db/schema";
import { verifyPassword } from "@/server/password";
import { demoAccounts } from "./demo-organisation";
import { isDatabaseEmpty, seedDemoContent } from "./demo";

let handle: ReturnType<typeof createTestDatabase>;
let mediaDir: string;

beforeAll(async () => {
  handle = createTestDatabase();
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-media-"));
  expect(isDatabaseEmpty(handle.db)).toBe(true);
  await seedDemoContent(handle.db, mediaDir);
}, 120_000);
afterAll(() => {
  handle.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const countOf = (table: typeof units | typeof categories | typeof users | typeof media | typeof articles | typeof articleDailyViews) =>
  handle.db.select({ n: count() }).from(table).get()?.n ?? 0;

describe("the demo seed", () => {
  it("creates the organisation: a provincial union with sub-units, and four categories", () => {
    const rows = handle.db.select().from(units).all();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((u) => u.parentId === null)).toHaveLength(1);
    expect(countOf(categories)).toBe(4);
    expect(isDatabaseEmpty(handle.db)).toBe(false);
  });

  it("creates one account per role, with argon2id hashes of the README passwords", async () => {
    for (const account of demoAccounts) {
      const user = handle.db.select().from(users).where(eq(users.username, account.username)).get();
      expect(user?.role).toBe(account.role);
      expect(user?.passwordHash.startsWith("$argon2id$")).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? "", account.password)).toBe(true);
    }
  });

  it("publishes at least 35 articles over several years and every unit, and keeps a few drafts", () => {
    const published = handle.db.select().from(articles).where(eq(articles.status, "published")).all();
    expect(published.length).toBeGreaterThanOrEqual(35);
    const years = new Set(published.map((a) => a.publishedAt?.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(new Set(published.map((a) => a.unitId)).size).toBe(countOf(units));
    const unpublished = handle.db.select().from(articles).where(sql`${articles.status} in ('draft', 'pending')`).all();
    expect(unpublished.length).toBeGreaterThanOrEqual(2);
    expect(unpublished.every((a) => a.publishedAt === null)).toBe(true);
  });

  it("publishes a series of at least four numbered parts", () => {
    const [loat] = handle.db.select().from(series).all();
    const parts = handle.db.select().from(articles).where(eq(articles.seriesId, loat?.id ?? -1)).all();
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.map((p) => p.seriesPart).sort()).toEqual(parts.map((_, i) => i + 1));
  });

  it("stores generated photos with alt text, on disk in every width, used as covers and in bodies", () => {
    const photos = handle.db.select().from(media).all();
    expect(photos.length).toBeGreaterThan(10);
    for (const photo of photos) {
      expect(photo.alt.length).toBeGreaterThan(10);
      for (const width of photo.variantWidths) {
        expect(fs.existsSync(path.join(mediaDir, `${photo.storageKey}-${width}.webp`))).toBe(true);
        expect(fs.existsSync(path.join(mediaDir, `${photo.storageKey}-${width}.jpg`))).toBe(true);
      }
    }
    expect(handle.db.select().from(articles).where(isNotNull(articles.coverMediaId)).all().length).toBeGreaterThan(5);
    expect(handle.db.select().from(articles).where(sql`${articles.bodyHtml} like '%<figcaption>%'`).all().length).toBeGreaterThan(5);
  });

  it('gives "Tin xem nhiều" five articles read in the last 30 days, within their all-time counts', () => {
    const mostRead = mostReadArticles(handle.db, { limit: 5 });
    expect(mostRead).toHaveLength(5);
    const recentViews = handle.db
      .select({ articleId: articleDailyViews.articleId, views: sql<number>`sum(${articleDailyViews.views})` })
      .from(articleDailyViews)
      .groupBy(articleDailyViews.articleId)
      .all();
    for (const { articleId, views } of recentViews) {
      const total = handle.db.select().from(articles).where(eq(articles.id, articleId)).get()?.viewCount ?? 0;
      expect(views).toBeLessThanOrEqual(total);
    }
  });

  it("arranges the menu: the about pages under Giới thiệu, the news categories under Tin tức, every target live", () => {
    const summary = publicMenu(handle.db).map((link) => `${link.label} → ${link.href}${link.children.length ? ` [${link.children.map((c) => c.href).join(" ")}]` : ""}`);
    expect(summary).toEqual([
      "Trang chủ → /",
      "Giới thiệu → /gioi-thieu/gioi-thieu [/gioi-thieu/lich-su-truyen-thong /gioi-thieu/co-cau-to-chuc /gioi-thieu/ban-thuong-vu]",
      "Tin tức → /tin-tuc [/chuyen-muc/tin-hoat-dong /chuyen-muc/tin-tuc-su-kien /chuyen-muc/guong-dien-hinh]",
      "Văn bản → /chuyen-muc/van-ban",
      "Đơn vị → /don-vi/ldld-tinh-hai-lam [/don-vi/cong-doan-vien-chuc-tinh /don-vi/ldld-thanh-pho-hai-lam /don-vi/ldld-huyen-tan-phong /don-vi/cong-doan-nganh-giao-duc]",
      "Liên hệ → /gioi-thieu/lien-he",
    ]);
    expect(adminMenu(handle.db).flags).toEqual({});
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = [countOf(units), countOf(categories), countOf(users), countOf(media), countOf(articles), countOf(articleDailyViews)];
    // Keys are row ids: the same keys mean the same rows, not a menu written again.
    const menu = storedMenu(handle.db);
    await seedDemoContent(handle.db, mediaDir);
    expect([countOf(units), countOf(categories), countOf(users), countOf(media), countOf(articles), countOf(articleDailyViews)]).toEqual(before);
    expect(storedMenu(handle.db)).toEqual(menu);
  });
});
