import fs from "node:fs";
import { count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWellFormedSlug } from "@/core/slug";
import { vietnamCalendarDay } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { publishedAlbumBySlug, publishedAlbumsPage } from "@/db/queries/albums";
import { publicArticleCount, publishedArticleBySlug } from "@/db/queries/public-articles";
import { documentRegisterChoices, documentRegisterPage } from "@/db/queries/documents";
import { legacyRedirectCount, legacyRedirectTarget } from "@/db/queries/legacy-redirects";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { legacyCandidateKeys } from "@/core/legacy-routes";
import { articles, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/test-database";
import { assertBulkTarget, seedBulkContent, seedBulkDatabase } from "./bulk";

const NOW = new Date("2026-11-22T03:00:00Z");
const N = 2000;
const D = 1500;
const ALBUMS = 40;

describe("the benchmark's bulk seed", () => {
  let handle: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    expect(await seedBulkContent(db, { articles: N, documents: D, albums: ALBUMS, now: NOW })).toBe(N);
  });
  afterAll(() => handle.close());

  it("writes N articles, every one public, and counts them all", async () => {
    expect((await db.select({ n: count() }).from(articles).limit(1))[0]?.n).toBe(N);
    expect(await publicArticleCount(db, {}, NOW)).toBe(N);
    const perCategory: number[] = [];
    for (const c of await listCategories(db)) perCategory.push(await publicArticleCount(db, { categoryId: c.id }, NOW));
    const perUnit: number[] = [];
    for (const u of await listUnits(db)) perUnit.push(await publicArticleCount(db, { unitId: u.id }, NOW));
    expect(perCategory.reduce((a, b) => a + b, 0)).toBe(N);
    expect(perUnit.reduce((a, b) => a + b, 0)).toBe(N);
    // Spread over all of them, not piled into one.
    for (const n of [...perCategory, ...perUnit]) expect(n).toBeGreaterThan(N / 10);
  });

  it("registers D published documents over the years, of several forms and issuers, their numbers findable", async () => {
    const today = vietnamCalendarDay(NOW);
    const all = await documentRegisterPage(db, {}, { offset: 0, limit: 1 }, today);
    expect(all.total).toBe(D);
    const choices = await documentRegisterChoices(db);
    expect(choices.years.length).toBeGreaterThanOrEqual(9);
    expect(choices.issuers.length).toBeGreaterThanOrEqual(5);
    const plans = await documentRegisterPage(db, { query: "1/KH" }, { offset: 0, limit: 5 }, today);
    expect(plans.total).toBeGreaterThan(0);
    expect(plans.items.every((item) => /(^|[/-])1\/KH/.test(item.number))).toBe(true);
  });

  it("gives every article a unique, well-formed slug that opens its page", async () => {
    const rows = await db.select({ slug: articles.slug }).from(articles);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(N);
    for (const { slug } of rows) {
      expect(isWellFormedSlug(slug), slug).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
    const one = rows[N / 2]?.slug ?? "";
    expect((await publishedArticleBySlug(db, one, NOW))?.slug).toBe(one);
  });

  it("keeps an old Joomla address of every article, both forms leading to its page", async () => {
    expect(await legacyRedirectCount(db)).toBe(N);
    const one = (await db.select({ id: articles.id, slug: articles.slug }).from(articles).where(eq(articles.id, N / 2)))[0];
    const keys = legacyCandidateKeys(`/tin-tuc-su-kien/${N / 2}-bai-viet-cu.html`, new URLSearchParams());
    expect((await legacyRedirectTarget(db, keys, NOW)).target).toEqual({ kind: "article", id: one?.id, slug: one?.slug });
    const raw = legacyCandidateKeys("/index.php", new URLSearchParams(`option=com_content&view=article&id=${N / 2}&Itemid=101`));
    expect((await legacyRedirectTarget(db, raw, NOW)).target?.slug).toBe(one?.slug);
  });

  it("spreads the articles over the ten years before now, with realistic text", async () => {
    const years = new Set((await db.select({ at: articles.publishedAt }).from(articles)).map((r) => vietnamCalendarDay(r.at ?? new Date(0)).year));
    expect(Math.min(...years)).toBe(2016);
    expect(Math.max(...years)).toBe(2026);
    expect(years.size).toBe(11);
    const sample = (await db.select().from(articles).where(eq(articles.id, 1000)).limit(1))[0];
    const words = (sample?.bodyHtml ?? "").replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(450);
    expect(words).toBeLessThan(800);
    expect(sample?.title).toMatch(/tháng \d{1,2}\/20\d\d$|[a-zà-ỹđ]$/iu);
    expect(sample?.summary.length).toBeGreaterThan(50);
  });

  it("puts some articles in series with numbered parts, and features a few", async () => {
    const parts = await db.select({ seriesId: articles.seriesId, part: articles.seriesPart }).from(articles).where(isNotNull(articles.seriesId));
    expect(parts.length).toBeGreaterThan(5);
    expect(new Set(parts.map((p) => `${p.seriesId}:${p.part}`)).size).toBe(parts.length);
    const featured = (await db.select({ n: count() }).from(articles).where(eq(articles.isFeatured, true)).limit(1))[0]?.n ?? 0;
    expect(featured).toBeGreaterThan(10);
    expect(featured).toBeLessThan(N / 10);
  });

  it("publishes the photo albums asked for, each with a cover and 4 to 36 photos, at well-formed addresses", async () => {
    const { items, total } = await publishedAlbumsPage(db, { offset: 0, limit: ALBUMS });
    expect(total).toBe(ALBUMS);
    for (const album of items) {
      expect(isWellFormedSlug(album.slug)).toBe(true);
      expect(album.cover).not.toBeNull();
      expect(album.photoCount).toBeGreaterThanOrEqual(4);
      expect(album.photoCount).toBeLessThanOrEqual(36);
    }
    const years = new Set(items.map((album) => album.takenOn.year));
    expect(years.size).toBeGreaterThan(5);
    const opened = await publishedAlbumBySlug(db, items[0]?.slug ?? "");
    expect(opened?.photos).toHaveLength(items[0]?.photoCount ?? -1);
  });

  it("creates the demo organisation and its editor account to sign in with", async () => {
    expect((await db.select({ username: users.username }).from(users)).map((u) => u.username)).toContain("bientap");
  });

  it("makes the same articles from the same seed", async () => {
    const [first, second] = [await createTestDatabase(), await createTestDatabase()];
    try {
      await seedBulkContent(first.db, { articles: 50, now: NOW });
      await seedBulkContent(second.db, { articles: 50, now: NOW });
      const rows = async (d: Database) => (await d.select({ slug: articles.slug, body: articles.bodyHtml, at: articles.publishedAt }).from(articles).orderBy(articles.id));
      expect(await rows(first.db)).toEqual(await rows(second.db));
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("refuses a database that already has content", async () => {
    await expect(seedBulkContent(db, { articles: 1, now: NOW })).rejects.toThrow(/đã có nội dung/);
  });
});

describe("where the bulk seed may write", () => {
  it("refuses the demo database and the configured DATABASE_PATH", async () => {
    expect(() => assertBulkTarget("data/ban-tin.sqlite", [])).toThrow(/Từ chối/);
    expect(() => assertBulkTarget("./data/../data/ban-tin.sqlite", [])).toThrow(/Từ chối/);
    expect(() => assertBulkTarget("/srv/ban-tin/site.db", ["/srv/ban-tin/site.db"])).toThrow(/DATABASE_PATH/);
    await expect(seedBulkDatabase("/srv/ban-tin/site.db", { articles: 1, protectedPaths: ["/srv/ban-tin/site.db"] })).rejects.toThrow(/Từ chối/);
    expect(fs.existsSync("/srv/ban-tin/site.db")).toBe(false);
  });

  it("writes a database of its own and says how long it took", async () => {
    const target = await createTestDatabase();
    try {
      const result = await seedBulkDatabase(target.location, { articles: 20, now: NOW });
      expect(result.articles).toBe(20);
      expect(result.ms).toBeGreaterThan(0);
      expect((await target.db.select({ n: count() }).from(articles))[0]?.n).toBe(20);
    } finally {
      await target.close();
    }
  });
});
