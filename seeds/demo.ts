import { eq } from "drizzle-orm";
import { escapeHtml } from "@/core/html-text";
import { figureHtml } from "@/core/media-files";
import { slugify } from "@/core/slug";
import { parseVietnamLocalDateTime } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { insertMedia, mediaByStorageKey } from "@/db/queries/media";
import { siteSettingsState, writeSiteSettings } from "@/db/queries/site-settings";
import { albumPhotos, albums, articleEvents, articles, categories, type Media, pageRevisions, pages, series, units, users } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import type { MediaStore } from "@/server/media-store";
import { storeImageVariants } from "@/server/media-storage";
import { hashPassword } from "@/server/password";
import { demoArticles2019To2020 } from "./demo-articles-2019-2020";
import { demoArticles2021To2022 } from "./demo-articles-2021-2022";
import { demoSeries, recentDemoArticles } from "./demo-articles-recent";
import { seedDemoDocuments } from "./demo-documents";
import { demoAlbums } from "./demo-albums";
import { seedDemoMenu } from "./demo-menu";
import { demoAccounts, demoCategories, demoUnits } from "./demo-organisation";
import { demoPages, type DemoPageBlock } from "./demo-pages";
import { demoSiteSettings } from "./demo-settings";
import { seedDemoDailyViews } from "./demo-views";
import { seedReportHistory } from "./demo-report-history";
import { renderDemoPhoto } from "./demo-photo";
import type { DemoArticle, DemoBlock, DemoPhoto } from "./demo-types";

export const demoArticles: DemoArticle[] = [...demoArticles2019To2020, ...demoArticles2021To2022, ...recentDemoArticles];

/** True when the database has never been given content: the start script seeds it then. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [unit] = await db.select({ id: units.id }).from(units).limit(1);
  return !unit;
}

function localTime(value: string): Date {
  const date = parseVietnamLocalDateTime(value);
  if (!date) throw new Error(`Demo content has a malformed time: ${value}`);
  return date;
}

/** Stores one generated photo (once: its key is stable) and returns its media id and markup data. */
async function ensurePhoto(db: Database, store: MediaStore, photo: DemoPhoto, key: string) {
  const existing = await mediaByStorageKey(db, key);
  if (existing) return existing;
  const seed = Number(key.replace(/\D/g, "")) || 1;
  const stored = await storeImageVariants(await renderDemoPhoto(photo.scene, seed), key, store);
  return await writeTransaction(db, (tx) => insertMedia(tx, { storageKey: key, originalName: `${key}.jpg`, alt: photo.alt, ...stored }));
}

async function bodyHtml(db: Database, store: MediaStore, blocks: DemoBlock[], photoKey: () => string): Promise<string> {
  const parts: string[] = [];
  for (const block of blocks) {
    if (typeof block === "string") parts.push(`<p>${escapeHtml(block)}</p>`);
    else if ("heading" in block) parts.push(`<h2>${escapeHtml(block.heading)}</h2>`);
    else parts.push(figureHtml(await ensurePhoto(db, store, block.photo, photoKey()), block.photo.caption));
  }
  return parts.join("\n");
}

function idBySlug(rows: { id: number; slug: string }[], slug: string): number {
  const row = rows.find((r) => r.slug === slug);
  if (!row) throw new Error(`Demo content refers to an unknown slug: ${slug}`);
  return row.id;
}

/** The demo units, categories and accounts; the benchmark's bulk generator builds on them too. */
export async function seedDemoOrganisation(db: Database): Promise<void> {
  for (const [order, unit] of demoUnits.entries()) {
    if ((await db.select().from(units).where(eq(units.slug, unit.slug)).limit(1)).length > 0) continue;
    const parentId = unit.parent ? idBySlug(await db.select().from(units), unit.parent) : null;
    await writeTransaction(db, (tx) => tx.insert(units).values({ slug: unit.slug, name: unit.name, shortName: unit.shortName, parentId, sortOrder: order }));
  }
  await writeTransaction(db, async (tx) => {
    for (const [order, category] of demoCategories.entries()) {
      await tx.insert(categories).values({ ...category, sortOrder: order }).onConflictDoNothing();
    }
  });
  const unitRows = await db.select().from(units);
  for (const account of demoAccounts) {
    if ((await db.select().from(users).where(eq(users.username, account.username)).limit(1)).length > 0) continue;
    // Hashed before the transaction: a slow hash must not hold the write lock.
    const passwordHash = await hashPassword(account.password);
    await writeTransaction(db, (tx) =>
      tx.insert(users).values({
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        unitId: idBySlug(unitRows, account.unit),
        passwordHash,
      }),
    );
  }
}

/**
 * Fills the database with the demo organisation, accounts, articles, about pages, documents, menu and site
 * settings. Idempotent: whatever already exists (matched by slug, username or storage key) is left as it is.
 */
export async function seedDemoContent(db: Database, store: MediaStore, now: Date = new Date()): Promise<void> {
  await seedDemoOrganisation(db);
  const unitRows = await db.select().from(units);
  const seriesSlug = slugify(demoSeries.title);
  await writeTransaction(db, (tx) => tx.insert(series).values({ slug: seriesSlug, title: demoSeries.title, summary: demoSeries.summary }).onConflictDoNothing());
  const seriesId = idBySlug(await db.select().from(series), seriesSlug);

  const categoryRows = await db.select().from(categories);
  const userIdByKey = new Map<string, number | null>();
  for (const a of demoAccounts) {
    const [user] = await db.select().from(users).where(eq(users.username, a.username)).limit(1);
    userIdByKey.set(a.key, user?.id ?? null);
  }
  const taken = new Set((await db.select({ slug: articles.slug }).from(articles)).map((r) => r.slug));
  let photoCount = 0;
  const photoKey = () => `demo-photo-${++photoCount}`;

  for (const demo of demoArticles) {
    const slug = slugify(demo.title);
    const cover = demo.cover ? await ensurePhoto(db, store, demo.cover, photoKey()) : null;
    const html = await bodyHtml(db, store, demo.body, photoKey);
    if (taken.has(slug)) continue;
    taken.add(slug);
    const writtenAt = localTime(demo.publishedAt);
    const status = demo.status ?? "published";
    const authorId = userIdByKey.get(demo.author) ?? null;
    await writeTransaction(db, async (tx) => {
      const [row] = await tx.insert(articles).values({
        title: demo.title,
        slug,
        summary: demo.summary,
        bodyHtml: html,
        coverMediaId: cover?.id ?? null,
        coverCaption: demo.cover?.caption ?? "",
        byline: demo.byline,
        unitId: idBySlug(unitRows, demo.unit),
        categoryId: idBySlug(categoryRows, demo.category),
        seriesId: demo.seriesPart ? seriesId : null,
        seriesPart: demo.seriesPart ?? null,
        isFeatured: demo.featured ?? false,
        status,
        publishedAt: status === "published" ? writtenAt : null,
        submittedAt: status === "pending" ? writtenAt : null,
        createdBy: authorId,
        updatedBy: authorId,
        createdAt: writtenAt,
        updatedAt: writtenAt,
        viewCount: status === "published" ? demo.views : 0,
      }).returning({ id: articles.id });
      // The workflow trail the report reads: a pending article was sent, a published one published.
      if (row && status !== "draft") await tx.insert(articleEvents).values({ articleId: row.id, action: status === "pending" ? "submit" : "publish", actorId: authorId, at: writtenAt });
    });
  }
  await seedDemoDailyViews(db, now);
  await seedReportHistory(db, userIdByKey, now);
  await seedDemoAlbums(db, store, userIdByKey.get("editor") ?? null);
  await seedDemoPages(db, userIdByKey.get("admin") ?? null, now);
  await seedDemoDocuments(db, store, userIdByKey.get("editor") ?? null, now);
  await seedDemoMenu(db);
  await seedDemoSettings(db, userIdByKey.get("admin") ?? null, now);
}

/** The photo albums, published, each photo drawn and stored like the articles' (once: its key is stable). */
export async function seedDemoAlbums(db: Database, store: MediaStore, editorId: number | null): Promise<void> {
  const unitRows = await db.select().from(units);
  for (const [albumIndex, demo] of demoAlbums.entries()) {
    const slug = slugify(demo.title);
    if ((await db.select({ id: albums.id }).from(albums).where(eq(albums.slug, slug)).limit(1)).length > 0) continue;
    const images: Media[] = [];
    for (const [photoIndex, photo] of demo.photos.entries()) images.push(await ensurePhoto(db, store, photo, `demo-album-${albumIndex + 1}-${photoIndex + 1}`));
    const at = localTime(`${demo.takenOn}T17:00`);
    await writeTransaction(db, async (tx) => {
      const [album] = await tx
        .insert(albums)
        .values({ slug, title: demo.title, description: demo.description, takenOn: demo.takenOn, unitId: idBySlug(unitRows, demo.unit), status: "published", publishedAt: at, createdBy: editorId, updatedBy: editorId, createdAt: at, updatedAt: at })
        .returning({ id: albums.id });
      if (!album) throw new Error(`The demo album was not inserted: ${slug}`);
      const photos = await tx
        .insert(albumPhotos)
        .values(demo.photos.map((photo, order) => ({ albumId: album.id, mediaId: images[order]?.id ?? 0, caption: photo.caption, credit: photo.credit, sortOrder: order, createdAt: at })))
        .returning({ id: albumPhotos.id, sortOrder: albumPhotos.sortOrder });
      const cover = demo.cover === undefined ? undefined : photos.find((photo) => photo.sortOrder === demo.cover);
      if (cover) await tx.update(albums).set({ coverPhotoId: cover.id }).where(eq(albums.id, album.id));
    });
  }
}

/** The Hải Lâm union's name, slogans, contacts and links, as version 1 of the site settings. */
export async function seedDemoSettings(db: Database, adminId: number | null, now: Date): Promise<void> {
  if ((await siteSettingsState(db, "")).version > 0) return;
  await writeTransaction(db, (tx) => writeSiteSettings(tx, { settings: demoSiteSettings, version: 1, kind: "save", by: adminId, at: now }));
}

function pageBodyHtml(blocks: DemoPageBlock[]): string {
  return blocks
    .map((block) => {
      if (typeof block === "string") return `<p>${escapeHtml(block)}</p>`;
      if ("heading" in block) return `<h2>${escapeHtml(block.heading)}</h2>`;
      return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    })
    .join("\n");
}

/** The "about" pages (Giới thiệu and its children, Liên hệ, About us), published, each with its first revision. */
export async function seedDemoPages(db: Database, authorId: number | null, now: Date): Promise<void> {
  for (const [order, demo] of demoPages.entries()) {
    if ((await db.select({ id: pages.id }).from(pages).where(eq(pages.slug, demo.slug)).limit(1)).length > 0) continue;
    const parentId = demo.parent ? idBySlug(await db.select({ id: pages.id, slug: pages.slug }).from(pages), demo.parent) : null;
    const content = { title: demo.title, slug: demo.slug, summary: demo.summary, bodyHtml: pageBodyHtml(demo.body), lang: demo.lang };
    await writeTransaction(db, async (tx) => {
      const [page] = await tx
        .insert(pages)
        .values({ ...content, parentId, showContacts: demo.showContacts ?? false, status: "published", sortOrder: order, createdBy: authorId, updatedBy: authorId, createdAt: now, updatedAt: now })
        .returning({ id: pages.id });
      if (!page) throw new Error(`The demo page was not inserted: ${demo.slug}`);
      await tx.insert(pageRevisions).values({ ...content, pageId: page.id, version: 1, kind: "save", savedBy: authorId, savedAt: now });
    });
  }
}
