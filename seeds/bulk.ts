// The benchmark's database: the demo organisation and N generated published articles spread
// over all units and categories and the ten years before `now`, and M documents in the register
// (seeds/bulk-documents.ts). Never the demo database.
import path from "node:path";
import { slugify, uniqueSlug } from "@/core/slug";
import { addCalendarDays, dayKey, vietnamCalendarDay } from "@/core/vi-date";
import { rebuildSearchIndex } from "@/db/queries/search-index";
import { closeDatabase, openDatabase, type Database } from "@/db/client";
import { isPostgresUrl } from "@/db/dialect";
import { migratePostgres } from "@/db/postgres";
import { type BulkAlbum, insertAlbumsInBulk } from "@/db/queries/bulk-albums";
import { legacyAddressKey } from "@/core/legacy-addresses";
import { type BulkArticle, type BulkDailyViews, type BulkEvent, insertArticlesInBulk, insertOldAddressesInBulk, insertReportInputsInBulk, insertSeries } from "@/db/queries/bulk-articles";
import { articles, users } from "@/db/schema";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { writeTransaction } from "@/db/transaction";
import { articleBody, articleTitle, byline, createRandom, type Random, sentence, summary } from "./bulk-text";
import { seedBulkDocuments } from "./bulk-documents";
import { isDatabaseEmpty, seedDemoOrganisation } from "./demo";

const TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const SERIES_COUNT = 20;
const PARTS_PER_SERIES = 8;
/** The albums' grid at the size issue 16 asks the bench for. */
export const BENCH_ALBUMS = 2000;
// The images the albums' photos share, and how many photos an album holds (at most the pool).
const ALBUM_IMAGES = 48;
const ALBUM_PHOTOS = { min: 4, max: 36 };
// The demo database's default place; refused even when DATABASE_PATH points elsewhere.
const DEMO_DATABASE_PATH = "data/ban-tin.sqlite";

export type BulkSeedOptions = {
  articles: number;
  /** The same seed gives the same articles. */
  seed?: number;
  /** The newest article is published shortly before this instant. */
  now?: Date;
  /** Published documents in the register (issue 16); none unless asked. */
  documents?: number;
  /** Published photo albums beside the articles (none unless given; the bench asks for BENCH_ALBUMS). */
  albums?: number;
  /** The configured database of the site (DATABASE_PATH): never written to. */
  protectedPaths?: string[];
};

/** Refuses the demo or configured database, by path or URL; seedBulkContent refuses one with content. */
export function assertBulkTarget(location: string, protectedPaths: string[]): void {
  if (isPostgresUrl(location)) {
    if (protectedPaths.includes(location)) throw new Error("Từ chối: đây là cơ sở dữ liệu của trang (DATABASE_URL), không phải của benchmark.");
    return;
  }
  const target = path.resolve(location);
  for (const protectedPath of [DEMO_DATABASE_PATH, ...protectedPaths]) {
    if (path.resolve(protectedPath) === target) {
      throw new Error(`Từ chối: ${target} là cơ sở dữ liệu của trang (DATABASE_PATH/demo), không phải của benchmark.`);
    }
  }
}

function* generateArticles(random: Random, count: number, ids: { units: number[]; categories: number[]; series: number[]; writers: number[] }, now: Date): Generator<BulkArticle> {
  const taken = new Set<string>();
  const newest = now.getTime() - 60 * 60 * 1000;
  const step = TEN_YEARS_MS / count;
  const nextPart = new Map<number, number>();
  // Oldest first, so ids grow with the publish time as they do on a real site.
  for (let i = 0; i < count; i++) {
    const publishedAt = new Date(Math.round(newest - TEN_YEARS_MS + i * step + random.next() * step));
    const day = vietnamCalendarDay(publishedAt);
    const title = articleTitle(random, day.month, day.year);
    const slug = uniqueSlug(slugify(title), taken);
    taken.add(slug);
    // About one article in 60 is a part of a series, numbered in publishing order.
    const seriesId = random.next() < 1 / 60 ? random.pick(ids.series) : null;
    const part = seriesId === null ? 0 : (nextPart.get(seriesId) ?? 0) + 1;
    if (seriesId !== null) nextPart.set(seriesId, part);
    yield {
      title,
      slug,
      summary: summary(random),
      bodyHtml: articleBody(random),
      byline: byline(random),
      unitId: random.pick(ids.units),
      categoryId: random.pick(ids.categories),
      seriesId: seriesId !== null && part <= PARTS_PER_SERIES ? seriesId : null,
      seriesPart: seriesId !== null && part <= PARTS_PER_SERIES ? part : null,
      isFeatured: random.next() < 0.03,
      publishedAt,
      viewCount: random.int(0, 5000),
      createdBy: ids.writers.length > 0 ? random.pick(ids.writers) : null,
    };
  }
}

/** Albums over the same ten years, oldest first; each photo an image of the pool, none twice in an album. */
function generateAlbums(random: Random, count: number, unitIds: number[], now: Date): BulkAlbum[] {
  const taken = new Set<string>();
  const step = TEN_YEARS_MS / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => {
    const publishedAt = new Date(Math.round(now.getTime() - TEN_YEARS_MS + i * step + random.next() * step));
    const day = vietnamCalendarDay(publishedAt);
    const title = `Ảnh: ${articleTitle(random, day.month, day.year)}`;
    const slug = uniqueSlug(slugify(title), taken);
    taken.add(slug);
    const first = random.int(0, ALBUM_IMAGES - 1);
    const photos = Array.from({ length: random.int(ALBUM_PHOTOS.min, ALBUM_PHOTOS.max) }, (_, n) => ({ caption: sentence(random), credit: byline(random), image: (first + n) % ALBUM_IMAGES }));
    return { title, slug, description: summary(random), takenOn: dayKey(day), unitId: random.pick(unitIds), publishedAt, photos };
  });
}

/**
 * The year-end report's inputs for the generated articles: each published (one in three after a
 * review of 1–48 hours) and read on its first three days.
 */
async function seedBulkReportInputs(db: Database, random: Random): Promise<void> {
  const published = await db.select({ id: articles.id, publishedAt: articles.publishedAt, createdBy: articles.createdBy }).from(articles).orderBy(articles.id);
  const events: BulkEvent[] = [];
  const views: BulkDailyViews[] = [];
  for (const article of published) {
    const at = article.publishedAt ?? new Date(0);
    if (random.next() < 1 / 3) events.push({ articleId: article.id, action: "submit", actorId: article.createdBy, at: new Date(at.getTime() - random.int(1, 48) * HOUR_MS) });
    events.push({ articleId: article.id, action: "publish", actorId: null, at });
    const first = vietnamCalendarDay(at);
    for (let offset = 0; offset < 3; offset++) views.push({ articleId: article.id, day: dayKey(addCalendarDays(first, offset)), views: random.int(1, 300) });
  }
  await insertReportInputsInBulk(db, events, views);
}

/**
 * Every article as if imported from an old Joomla portal under its own id: the old addresses
 * (issue 17) answer with a redirect, and the bench measures that they cost what a cached page does.
 */
async function seedBulkOldAddresses(db: Database): Promise<void> {
  const ids = await db.select({ id: articles.id }).from(articles).orderBy(articles.id);
  await insertOldAddressesInBulk(db, ids.map(({ id }) => ({ key: legacyAddressKey({ source: "joomla", kind: "article", oldId: id }), articleId: id })));
}

/** Fills an already opened, empty database. Returns the number of articles written. */
export async function seedBulkContent(db: Database, options: Omit<BulkSeedOptions, "protectedPaths">): Promise<number> {
  if (!(await isDatabaseEmpty(db))) throw new Error("Từ chối: cơ sở dữ liệu đã có nội dung; benchmark cần một tệp mới.");
  const random = createRandom(options.seed ?? 20261122);
  const now = options.now ?? new Date();
  await seedDemoOrganisation(db);
  const seriesIds = await writeTransaction(db, async (tx) => {
    const inserted: number[] = [];
    for (let i = 0; i < SERIES_COUNT; i++) {
      inserted.push(await insertSeries(tx, { title: `Loạt bài số ${i + 1}: Công đoàn đồng hành cùng người lao động`, slug: `loat-bai-so-${i + 1}`, summary: "Loạt bài của benchmark." }));
    }
    return inserted;
  });
  const writers = (await db.select({ id: users.id }).from(users)).map((u) => u.id);
  const ids = { units: (await listUnits(db)).map((u) => u.id), categories: (await listCategories(db)).map((c) => c.id), series: seriesIds, writers };
  const written = await insertArticlesInBulk(db, generateArticles(random, options.articles, ids, now));
  await seedBulkReportInputs(db, random);
  await seedBulkOldAddresses(db);
  if (options.documents) await seedBulkDocuments(db, random, options.documents, now);
  if (options.albums) await insertAlbumsInBulk(db, generateAlbums(random, options.albums, ids.units, now), ALBUM_IMAGES);
  return written;
}

/**
 * Creates the database at `location` (a SQLite file, or an empty PostgreSQL database), migrates
 * and fills it; prints nothing, returns the count, the time the articles took and, apart, the time
 * the search index took (the articles are written straight, not one by one).
 */
export async function seedBulkDatabase(location: string, options: BulkSeedOptions): Promise<{ articles: number; ms: number; searchMs: number }> {
  assertBulkTarget(location, options.protectedPaths ?? []);
  if (isPostgresUrl(location)) await migratePostgres(location);
  const db = openDatabase(location);
  try {
    const started = performance.now();
    const articles = await seedBulkContent(db, options);
    const written = performance.now();
    await rebuildSearchIndex(db);
    return { articles, ms: written - started, searchMs: performance.now() - written };
  } finally {
    await closeDatabase(db);
  }
}
