// One import of an old portal into Bản tin (issue 17), whichever portal it was (the reader hides
// that) and whichever database Bản tin uses (the queries hide that). Every article goes through
// the rules an editor's save does (the sanitiser, slugs, the search index, a revision) and is
// written in one transaction with its photos' rows, its old addresses and its legacy_items row:
// never half an article. Each old row's new id and fingerprint make a second run update what
// changed and skip the rest, and an interrupted run go on where it stopped.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { legacyAddressKey } from "@/core/legacy-addresses";
import { bodyWithFigures, withoutEmptyBlocks, type PreparedLegacyArticle } from "@/core/legacy-article";
import type { LegacyArticle, LegacyImage, LegacyReader } from "@/core/legacy-import";
import type { ImportMapping, MappingEntry } from "@/core/legacy-mapping";
import { articleRef, emptyReport, type ImportReport, type SkipReason } from "@/core/legacy-report";
import { figureHtml } from "@/core/media-files";
import { sanitizeArticleHtml } from "@/core/sanitize";
import type { SearchEntry } from "@/core/search-text";
import { uniqueSlug } from "@/core/slug";
import type { Database, Transaction } from "@/db/client";
import { takenSlugs, type ArticleContent } from "@/db/queries/article-writes";
import {
  addImportedViews,
  articleVersion,
  importedArticleNow,
  importingAccount,
  legacyItemsOf,
  recordLegacyItem,
  seriesForTitle,
  writeImportedArticle,
  type LegacyItem,
} from "@/db/queries/legacy-import";
import { writeLegacyRedirects } from "@/db/queries/legacy-redirects";
import { indexNewArticles, type NewSearchEntry } from "@/db/queries/search-index";
import { listUnits } from "@/db/queries/taxonomy";
import { writeTransaction } from "@/db/transaction";
import { LegacyImportError, mappingFor, plannedTargets, writeAccounts, writeCategories, type Target } from "./import-setup";
import { LegacyMedia, type ResolvedImage } from "./legacy-media";
import { preparedHere, type ArticlePreparer } from "./article-preparer";
import { photosMadeHere, type PhotoMaker } from "./photo-maker";
import type { MediaStore } from "../media-store";

export { LegacyImportError } from "./import-setup";

export type ImportOptions = {
  dryRun: boolean;
  /** The mapping file's text (`--map`); null: the proposal, guessed from names. */
  mappingText: string | null;
  /** A copy of the old site's images/ (Joomla) or uploads/ (NukeViet) folder. */
  mediaRoot: string | null;
  /** False with --no-media: the articles' text only, their photos by a later --media-only run. */
  withMedia: boolean;
  mediaOnly: boolean;
  withAccounts: boolean;
  oldBaseUrl: string | null;
  /** The account the import writes as (its username); null: the first active admin. */
  importer: string | null;
  /** Where the photos made from --media-root's files are stored: the site's media store. */
  store: MediaStore;
  onProgress?: (done: number, total: number) => void;
  /** Asked between articles: true stops after the articles already read are written (Ctrl+C). */
  shouldStop?: () => boolean;
  now?: () => Date;
  /** Where the old articles are prepared: here by default; the CLI's text-only runs use a worker thread. */
  preparer?: ArticlePreparer;
  /** Where the photos are made: here, into `store`, by default; the CLI's runs with photos use a worker thread. */
  photos?: PhotoMaker;
};

// Articles read ahead while their photos are made (three at a time, photo-maker.ts), or, for
// text only, while the preparer's thread works on them during the writes of a batch; and articles
// per transaction: many small ones cost more than the writes themselves.
const READ_AHEAD_WITH_PHOTOS = 8;
const READ_AHEAD_TEXT = 250;
const BATCH_WITHOUT_PHOTOS = 100;
const BATCH_WITH_PHOTOS = 10;
const BODY_MAX = 500_000;

type Fingerprint = { h: string; v: number; hits: number; media: boolean };

function parseFingerprint(text: string): Fingerprint | null {
  try {
    const value = JSON.parse(text) as Partial<Fingerprint>;
    return typeof value.h === "string" && typeof value.v === "number" && typeof value.hits === "number" ? { h: value.h, v: value.v, hits: value.hits, media: value.media === true } : null;
  } catch {
    return null;
  }
}

/**
 * What was read and where it goes, not counting the hits, which an old site still online changes
 * every minute (they are carried over alone), nor whether the photos came with it (the
 * fingerprint's `media` says that).
 */
function contentHash(article: LegacyArticle, entry: MappingEntry): string {
  const { hits: _hits, ...content } = article;
  return crypto.createHash("sha256").update(JSON.stringify([content, entry.category, entry.unit])).digest("base64url");
}

/** A photo for an article: one an earlier run stored, one stored now (row still to write), or none. */
type Planned =
  | { kind: "skip"; article: LegacyArticle; reason: SkipReason }
  | { kind: "unchanged"; article: LegacyArticle }
  | { kind: "views"; article: LegacyArticle; item: LegacyItem; fingerprint: Fingerprint }
  | {
      kind: "write";
      article: LegacyArticle;
      prepared: PreparedLegacyArticle;
      body: string;
      search: SearchEntry;
      target: Target;
      existing: { id: number; version: number; fingerprint: Fingerprint } | null;
      hash: string;
      cover: ResolvedImage;
      coverImage: LegacyImage | null;
      bodyImages: ResolvedImage[];
    };

/**
 * Whether a run stores photos: with them (not --no-media) and a media root to find them in, or
 * --media-only. It decides the run's batches and read-ahead here, and the CLI's worker thread.
 */
export function storesPhotos(options: Pick<ImportOptions, "withMedia" | "mediaOnly" | "mediaRoot">): boolean {
  return (options.withMedia || options.mediaOnly) && options.mediaRoot !== null;
}

export async function runImport(db: Database, reader: LegacyReader, options: ImportOptions): Promise<{ report: ImportReport; mapping: ImportMapping }> {
  const now = options.now ?? (() => new Date());
  const source = reader.source;
  const withMedia = options.withMedia || options.mediaOnly;
  const report = emptyReport(source, reader.description, { dryRun: options.dryRun, mediaOnly: options.mediaOnly, withMedia }, now());
  const started = Date.now();

  const oldCategories = await reader.categories();
  const units = await listUnits(db);
  const mapping = await mappingFor(db, source, oldCategories, units, options.mappingText);
  const importer = options.dryRun ? null : await importingAccount(db, options.importer);
  if (!options.dryRun && !importer) {
    throw new LegacyImportError(
      options.importer ? `Không có tài khoản đang hoạt động "${options.importer}" để đứng tên lần nhập.` : "Chưa có tài khoản quản trị nào đang hoạt động: tạo một tài khoản bằng npm run admin:create rồi chạy lại.",
    );
  }
  if (withMedia && options.mediaRoot) {
    const stat = await fs.stat(options.mediaRoot).catch(() => null);
    if (!stat?.isDirectory()) throw new LegacyImportError(`Không có thư mục ảnh --media-root "${options.mediaRoot}".`);
  }

  const entries = new Map(mapping.categories.map((entry) => [entry.oldId, entry]));
  const targets = options.dryRun ? await plannedTargets(db, mapping, units) : await writeCategories(db, source, oldCategories, mapping, units, report, now());
  const authors = options.withAccounts && !options.dryRun && !options.mediaOnly ? await writeAccounts(db, reader, report, now()) : new Map<number, number>();
  const items = await legacyItemsOf(db, source, "article");
  const media = new LegacyMedia(source, options, await legacyItemsOf(db, source, "image"), report, options.photos ?? photosMadeHere(options.store));
  const perCategory = new Map<number, number>();
  const preparer = options.preparer ?? preparedHere;
  const photos = storesPhotos(options);
  const readAhead = photos ? READ_AHEAD_WITH_PHOTOS : READ_AHEAD_TEXT;

  const plan = async (article: LegacyArticle): Promise<Planned> => {
    perCategory.set(article.categoryOldId, (perCategory.get(article.categoryOldId) ?? 0) + 1);
    const item = items.get(String(article.oldId));
    const fingerprint = item ? parseFingerprint(item.fingerprint) : null;
    if (options.mediaOnly && !item) return { kind: "skip", article, reason: "not-imported-yet" };
    if (article.state === "trashed" && !item) return { kind: "skip", article, reason: "trashed" };
    const entry = entries.get(article.categoryOldId);
    if (!entry) return { kind: "skip", article, reason: "unknown-category" };
    if (entry.skip) return { kind: "skip", article, reason: "skipped-category" };
    const target = targets.get(article.categoryOldId);
    if (!target) return { kind: "skip", article, reason: "unknown-category" };
    const hash = contentHash(article, entry);
    const sameText = fingerprint !== null && fingerprint.h === hash;
    if (item && fingerprint) {
      if (article.state === "trashed") return { kind: "unchanged", article };
      const version = await articleVersion(db, item.newId);
      if (version === null) return { kind: "skip", article, reason: "deleted-here" };
      if (version !== fingerprint.v) return { kind: "skip", article, reason: "edited-here" };
      const unchanged = (): Planned => (fingerprint.hits === article.hits ? { kind: "unchanged", article } : { kind: "views", article, item, fingerprint });
      if (sameText && (fingerprint.media || !withMedia)) return unchanged();
      // Imported as text only, and it names no photo at all: nothing to add (without parsing it).
      if (sameText && !article.leadImage && !article.fullImage && !/<img\b/i.test(article.introHtml) && !/<img\b/i.test(article.fullHtml)) return unchanged();
    }
    const { prepared, body, hasText, search } = await preparer.prepare(article);
    const hasImages = prepared.cover !== null || prepared.images.some((image) => image.src !== "");
    if (!hasText && !hasImages) return { kind: "skip", article, reason: "empty-body" };
    if (body.length > BODY_MAX) return { kind: "skip", article, reason: "too-long" };
    const resolve = (image: LegacyImage | null) => (image && image.src !== "" && withMedia ? media.resolve(article, image, options.dryRun) : Promise.resolve(null));
    const [cover, ...bodyImages] = await Promise.all([resolve(prepared.cover), ...prepared.images.map(resolve)]);
    // Imported as text only, and none of its photos can be found now: nothing to add.
    if (sameText && item && fingerprint && !cover && bodyImages.every((image) => image === null)) {
      return fingerprint.hits === article.hits ? { kind: "unchanged", article } : { kind: "views", article, item, fingerprint };
    }
    return {
      kind: "write",
      article,
      prepared,
      body,
      search,
      target,
      existing: item && fingerprint ? { id: item.newId, version: fingerprint.v, fingerprint } : null,
      hash,
      cover: cover ?? null,
      coverImage: prepared.cover,
      bodyImages,
    };
  };

  // --media-only reads only the articles that may name a photo: the old database picks them.
  const selection = options.mediaOnly ? "with-images" : "all";
  const total = await reader.articleCount(selection);
  let done = 0;
  let batch: Extract<Planned, { kind: "write" | "views" }>[] = [];
  const batchSize = photos ? BATCH_WITH_PHOTOS : BATCH_WITHOUT_PHOTOS;

  type Writing = Extract<Planned, { kind: "write" | "views" }>;

  // Counted once written: an article the database refused is counted as skipped instead.
  const written = (planned: Writing) => {
    if (planned.kind === "views" || planned.existing) report.counts.updated += 1;
    else report.counts.imported += 1;
    if (planned.kind === "write") noteFindings(report, planned);
  };

  const writeAlone = async (planned: Writing) => {
    try {
      await writeTransaction(db, async (tx) => {
        const batchMedia = new Map<string, number>();
        const created: NewSearchEntry[] = [];
        await writePlanned(tx, planned, batchMedia, created);
        await indexNewArticles(tx, created);
        media.committed(batchMedia);
      });
      written(planned);
    } catch (error) {
      report.counts.skipped += 1;
      report.skipped.push({ ...articleRef(planned.article), reason: "write-failed", detail: error instanceof Error ? error.message.slice(0, 300) : String(error) });
    }
  };

  const writeBatch = async () => {
    const writing = batch;
    batch = [];
    if (writing.length === 0) return;
    if (options.dryRun) {
      writing.forEach(written);
      return;
    }
    try {
      await writeTransaction(db, async (tx) => {
        const batchMedia = new Map<string, number>();
        // The batch's new articles are indexed together at its end (db/queries/search-index.ts).
        const created: NewSearchEntry[] = [];
        for (const planned of writing) await writePlanned(tx, planned, batchMedia, created);
        await indexNewArticles(tx, created);
        media.committed(batchMedia);
      });
      writing.forEach(written);
    } catch {
      // One article the database refuses must not take the others down: each alone, to find it.
      for (const planned of writing) await writeAlone(planned);
    }
  };

  const writePlanned = async (tx: Transaction, planned: Extract<Planned, { kind: "write" | "views" }>, batchMedia: Map<string, number>, created: NewSearchEntry[]) => {
    const at = now();
    if (planned.kind === "views") {
      const { item, fingerprint, article } = planned;
      const written = await addImportedViews(tx, item.newId, article.hits - fingerprint.hits);
      if (written) await recordLegacyItem(tx, { source, kind: "article", oldKey: String(article.oldId), newId: item.newId, fingerprint: JSON.stringify({ ...fingerprint, hits: article.hits }), at });
      return;
    }
    const { article, prepared, target, existing } = planned;
    const mediaRowOf = async (image: ResolvedImage, alt: string) => (image ? await media.rowFor(tx, image, alt, batchMedia, importer?.id ?? null, at) : null);
    const coverId = (await mediaRowOf(planned.cover, planned.coverImage?.alt || planned.coverImage?.caption || prepared.title))?.id ?? null;
    const figures: (string | null)[] = [];
    for (const [index, image] of planned.bodyImages.entries()) {
      const old = prepared.images[index];
      const row = await mediaRowOf(image, old?.alt || old?.caption || prepared.title);
      figures.push(row === null ? null : figureHtml(row, old?.caption ?? ""));
    }
    const withFigures = figures.some((figure) => figure !== null);
    const bodyHtml = withFigures ? withoutEmptyBlocks(sanitizeArticleHtml(bodyWithFigures(prepared.bodyTemplate, figures))) : planned.body;
    const current = existing ? await importedArticleNow(tx, existing.id) : null;
    if (existing && !current) throw new Error(`Bài cũ số ${article.oldId} vừa bị xóa trên Bản tin trong lúc nhập.`);
    const content: ArticleContent = {
      title: prepared.title,
      slug: current?.slug ?? uniqueSlug(prepared.slugBase, await takenSlugs(tx, prepared.slugBase, null)),
      summary: prepared.summary,
      bodyHtml,
      coverMediaId: coverId,
      coverCaption: coverId === null ? "" : (planned.coverImage?.caption ?? "").slice(0, 300),
      byline: prepared.byline,
      categoryId: target.categoryId,
      unitId: target.unitId,
      seriesId: prepared.series ? await seriesForTitle(tx, prepared.series.seriesTitle) : null,
      seriesPart: prepared.series?.part ?? null,
      isFeatured: article.featured,
    };
    const published = article.state === "published";
    const publishedAt = published ? (article.publishedAt ?? article.createdAt ?? article.modifiedAt ?? at) : null;
    // The views counted here since the last run stay; the old site's new ones are added.
    const hits = existing && current ? Math.max(0, current.viewCount - existing.fingerprint.hits + article.hits) : article.hits;
    const written = await writeImportedArticle(tx, {
      existing: existing ? { id: existing.id, version: existing.version } : null,
      content,
      facts: { status: published ? "published" : "draft", publishedAt, createdAt: article.createdAt ?? publishedAt ?? at, viewCount: hits },
      importedBy: (article.authorOldId !== null ? authors.get(article.authorOldId) : undefined) ?? importer?.id ?? 0,
      now: at,
      // The prepared entry is of the body without photos: with figures, it is made from the body with them.
      searchEntry: withFigures ? undefined : planned.search,
      indexLater: created,
    });
    if (!written) throw new Error(`Bài cũ số ${article.oldId} vừa được sửa trên Bản tin trong lúc nhập.`);
    await writeLegacyRedirects(tx, [legacyAddressKey({ source, kind: "article", oldId: article.oldId })], { articleId: written.id });
    const fingerprint: Fingerprint = { h: planned.hash, v: written.version, hits: article.hits, media: withMedia };
    await recordLegacyItem(tx, { source, kind: "article", oldKey: String(article.oldId), newId: written.id, fingerprint: JSON.stringify(fingerprint), at });
  };

  const take = async (planned: Planned) => {
    report.counts.read += 1;
    const { article } = planned;
    if (planned.kind === "skip") {
      report.counts.skipped += 1;
      report.skipped.push({ ...articleRef(article), reason: planned.reason });
    } else if (planned.kind === "unchanged") {
      report.counts.unchanged += 1;
    } else {
      batch.push(planned);
      if (batch.length >= batchSize) await writeBatch();
    }
    done += 1;
    options.onProgress?.(done, total);
  };

  const inFlight: Promise<Planned>[] = [];
  for await (const article of reader.articles(0, selection)) {
    if (options.shouldStop?.()) {
      report.interrupted = true;
      break;
    }
    const planned = plan(article);
    // Awaited in turn below; if the run stops first (an error), the ones left must not be unhandled rejections.
    planned.catch(() => undefined);
    inFlight.push(planned);
    if (inFlight.length >= readAhead) await take(await (inFlight.shift() as Promise<Planned>));
  }
  for (const planned of inFlight) await take(await planned);
  await writeBatch();
  await media.removeUnused();

  // Photos are looked for several articles at a time: the lists are put back in the old order.
  for (const list of [report.skipped, report.missingImages, report.repairedHtml, report.repairedText, report.zeroDates]) list.sort((a, b) => a.oldId - b.oldId);
  if (options.dryRun) for (const entry of mapping.categories) entry.articles = perCategory.get(entry.oldId) ?? 0;
  report.finishedAt = now().toISOString();
  report.articlesPerSecond = report.counts.read / Math.max(0.001, (Date.now() - started) / 1000);
  report.peakMemoryMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { report, mapping };
}

function noteFindings(report: ImportReport, planned: Extract<Planned, { kind: "write" }>) {
  const { article, prepared } = planned;
  if (prepared.repairedHtml) report.repairedHtml.push(articleRef(article));
  if (article.repairedFields.length > 0) report.repairedText.push({ ...articleRef(article), fields: article.repairedFields });
  if (article.state === "published" && article.publishedAt === null) report.zeroDates.push(articleRef(article));
}
