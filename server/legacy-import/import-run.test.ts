// The import of an old portal (issue 17), end to end below the command line: a real MariaDB loaded
// with the reference schemas and our fixture rows, the old site's photos on disk, and Bản tin's
// database (a SQLite file here; the same file runs on PostgreSQL in the "postgres" project).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import sharp from "sharp";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { ImportMapping } from "@/core/legacy-mapping";
import type { LegacyReader } from "@/core/legacy-import";
import { parseMediaFileName } from "@/core/media-files";
import { saveArticleContent } from "@/db/queries/article-writes";
import { fullTextIndex } from "@/db/queries/full-text-dialect";
import { searchPublishedArticles } from "@/db/queries/search";
import { articleRevisions, articles, categories, legacyRedirects, media, series, units, users } from "@/db/schema";
import { createTestDatabase, failWrites, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";
import { joomlaArticles, joomlaOldHost } from "@/tests/fixtures/legacy-joomla";
import { nukevietArticles } from "@/tests/fixtures/legacy-nukeviet";
import { createJoomlaDatabase, createNukeVietDatabase, loadJoomlaFixture, loadNukeVietFixture, writeLegacyMedia } from "@/tests/legacy-portals";
import { LegacyImportError, runImport, type ImportOptions } from "./import-run";
import { openJoomlaSource } from "./joomla-source";
import { openNukeVietSource } from "./nukeviet-source";
import { localMediaStore } from "@/server/media-store-local";

const JOOMLA_DB = `import_joomla_${process.pid}`;
const NUKEVIET_DB = `import_nukeviet_${process.pid}`;
const adminUrl = inject("legacyAdminUrl");
const readUrl = (database: string) => `${inject("legacyReadUrl")}/${database}`;

let work: string;
let joomlaMedia: string;
let nukevietMedia: string;
let site: TestDatabase;
const readers: LegacyReader[] = [];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-import-"));
  joomlaMedia = path.join(work, "images");
  nukevietMedia = path.join(work, "uploads");
  await createJoomlaDatabase(adminUrl, JOOMLA_DB);
  await loadJoomlaFixture(adminUrl, JOOMLA_DB);
  await createNukeVietDatabase(adminUrl, NUKEVIET_DB);
  await loadNukeVietFixture(adminUrl, NUKEVIET_DB);
  await writeLegacyMedia(joomlaMedia, "joomla");
  await writeLegacyMedia(nukevietMedia, "nukeviet");
}, 180_000);

afterAll(async () => {
  const connection = await mysql.createConnection(adminUrl);
  await connection.query(`DROP DATABASE IF EXISTS \`${JOOMLA_DB}\``);
  await connection.query(`DROP DATABASE IF EXISTS \`${NUKEVIET_DB}\``);
  await connection.end();
  fs.rmSync(work, { recursive: true, force: true });
});

afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close();
  await site?.close();
});

/** A Bản tin site as a union has it before the import: its units and an admin. */
async function freshSite() {
  site = await createTestDatabase();
  const { db } = site;
  const province = await insertUnit(db, { name: "Liên đoàn Lao động tỉnh Lạng Sơn", shortName: "LĐLĐ tỉnh", slug: "ldld-tinh" });
  const chiLang = await insertUnit(db, { name: "Liên đoàn Lao động huyện Chi Lăng", shortName: "LĐLĐ Chi Lăng", slug: "ldld-chi-lang", parentId: province.id });
  const civil = await insertUnit(db, { name: "Công đoàn Viên chức tỉnh", shortName: "CĐVC tỉnh", slug: "cdvc-tinh", parentId: province.id });
  const admin = await insertUser(db, { role: "admin", username: "quantri", displayName: "Quản trị" });
  return { db, province, chiLang, civil, admin, mediaDir: path.join(work, `media-${Date.now()}`) };
}

async function joomla() {
  const reader = await openJoomlaSource(readUrl(JOOMLA_DB), { prefix: "jos_" });
  readers.push(reader);
  return reader;
}

async function nukeviet() {
  const reader = await openNukeVietSource(readUrl(NUKEVIET_DB), { prefix: "nv4", lang: "vi", moduleData: "news" });
  readers.push(reader);
  return reader;
}

const options = (mediaDir: string, over: Partial<ImportOptions> = {}): ImportOptions => ({
  dryRun: false,
  mappingText: null,
  mediaRoot: joomlaMedia,
  withMedia: true,
  mediaOnly: false,
  withAccounts: false,
  oldBaseUrl: joomlaOldHost,
  importer: null,
  store: localMediaStore(mediaDir),
  ...over,
});

async function importedByOldId(db: TestDatabase["db"], title: string) {
  const [row] = await db.select().from(articles).where(eq(articles.title, title));
  if (!row) throw new Error(`Không thấy bài "${title}"`);
  return row;
}

const oldArticle = (id: number) => {
  const row = joomlaArticles.find((article) => article.id === id);
  if (!row) throw new Error(`no fixture article ${id}`);
  return row;
};

describe("a Joomla 3 portal", () => {
  it("imports every field: status, times, views, byline, featured, series, photos with captions, category and unit, old addresses", async () => {
    const { db, province, chiLang, civil, admin, mediaDir } = await freshSite();
    const { report } = await runImport(db, await joomla(), options(mediaDir));

    expect(report.counts).toEqual({ read: 14, imported: 11, updated: 0, unchanged: 0, skipped: 3 });
    expect(report.skipped.map(({ oldId, reason }) => [oldId, reason])).toEqual([
      [105, "trashed"],
      [110, "empty-body"],
      [113, "too-long"],
    ]);

    // 101: the intro image is the cover (with the caption written on it), the body's photo a figure,
    // the "Tin & ảnh" line the byline; Joomla's UTC time; the hits; featured.
    const daiHoi = await importedByOldId(db, oldArticle(101).title);
    expect(daiHoi).toMatchObject({
      slug: "dai-hoi-cong-doan-co-so",
      status: "published",
      publishedAt: new Date("2023-03-14T02:30:00Z"),
      createdAt: new Date("2023-03-14T02:10:00Z"),
      viewCount: 694,
      byline: "Hoàng Minh",
      isFeatured: true,
      summary: "Sáng 14/3, Công đoàn cơ sở Trường THPT Chi Lăng tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2023 – 2028.",
      coverCaption: "Đại hội Công đoàn cơ sở Trường THPT Chi Lăng, nhiệm kỳ 2023 – 2028",
      unitId: province.id,
      createdBy: admin.id,
    });
    expect(daiHoi.coverMediaId).not.toBeNull();
    expect(daiHoi.bodyHtml).toMatch(/^<p>Đại hội đã bầu Ban Chấp hành gồm 7 đồng chí.<\/p>\s*<figure><img src="\/api\/media\/[0-9a-f]{24}-1600\.jpg" srcset="[^"]+" sizes="[^"]+" width="1600" height="1200" alt="Ban Chấp hành ra mắt" loading="lazy"><\/figure>$/);
    expect(daiHoi.bodyHtml).not.toContain("Tin &amp; ảnh");
    const [hoatDong] = await db.select().from(categories).where(eq(categories.id, daiHoi.categoryId));
    expect(hoatDong).toMatchObject({ name: "Hoạt động công đoàn", slug: "hoat-dong-cong-doan" });

    // 102: an <img> on the old host's address, Joomla's plugin tags and inline styles gone.
    const thamHoi = await importedByOldId(db, oldArticle(102).title);
    expect(thamHoi).toMatchObject({ byline: "Nguyễn Văn An", viewCount: 1203, unitId: chiLang.id });
    expect(thamHoi.bodyHtml).toContain('alt="Thăm hỏi đoàn viên"');
    expect(thamHoi.bodyHtml).not.toMatch(/style=|\{loadposition|\{mosimage|congdoan-cu/);

    // 103 archived: published. 104 unpublished: a draft.
    expect(await importedByOldId(db, oldArticle(103).title)).toMatchObject({ status: "published", publishedAt: new Date("2020-09-20T01:30:00Z") });
    expect(await importedByOldId(db, oldArticle(104).title)).toMatchObject({ status: "draft", publishedAt: null, unitId: civil.id });

    // 106–108: one series, parts 1 to 3.
    const parts = await db.select({ seriesId: articles.seriesId, part: articles.seriesPart }).from(articles).where(eq(articles.unitId, civil.id)).orderBy(asc(articles.seriesPart));
    const [tet] = await db.select().from(series);
    expect(tet?.title).toBe("Hành trình chăm lo Tết cho đoàn viên");
    expect(parts.filter((part) => part.seriesId === tet?.id).map((part) => part.part)).toEqual([1, 2, 3]);

    // 109: broken HTML repaired, its lost photo reported; 111: the zero date becomes the creation time, the "../" path is not followed.
    const toaDam = await importedByOldId(db, oldArticle(109).title);
    expect(toaDam.bodyHtml).toBe("<p>Nhiều ý kiến tâm huyết được trao đổi</p>");
    expect(toaDam.summary).toBe("Ban Nữ công tổ chức tọa đàm kỷ niệm 91 năm");
    expect(await importedByOldId(db, oldArticle(111).title)).toMatchObject({ publishedAt: new Date("2019-07-28T01:15:00Z"), viewCount: 430 });
    expect(report.repairedHtml.map((item) => item.oldId)).toContain(109);
    expect(report.zeroDates.map((item) => item.oldId)).toEqual([111]);
    expect(report.missingImages.map(({ oldId, reason }) => [oldId, reason])).toEqual([
      [109, "missing"],
      [111, "parent"],
    ]);

    // 112: the same alias in another category gets the next free address.
    expect(await importedByOldId(db, oldArticle(112).title)).toMatchObject({ slug: "dai-hoi-cong-doan-co-so-2", unitId: chiLang.id });
    // 114: bytes that are not UTF-8, replaced and reported.
    expect(report.repairedText).toEqual([{ oldId: 114, title: oldArticle(114).title, fields: ["fullHtml"] }]);

    // One revision each, "import".
    const revisions = await db.select({ kind: articleRevisions.kind }).from(articleRevisions);
    expect(revisions).toHaveLength(11);
    expect(new Set(revisions.map((revision) => revision.kind))).toEqual(new Set(["import"]));

    // The search index follows.
    expect((await searchPublishedArticles(db, { query: "quang lang" }, { offset: 0, limit: 10 })).items.map((item) => item.title)).toEqual([oldArticle(112).title]);

    // Old addresses: each article by its old id, each category by id and path (one named after a unit to that unit).
    const redirect = async (key: string) => (await db.select().from(legacyRedirects).where(eq(legacyRedirects.key, key)))[0];
    expect(await redirect("joomla:article:101")).toMatchObject({ articleId: daiHoi.id, categoryId: null, unitId: null });
    expect(await redirect("joomla:category:9")).toMatchObject({ articleId: null, categoryId: hoatDong?.id });
    expect(await redirect("joomla:category-path:tin-tuc/hoat-dong-cong-doan")).toMatchObject({ categoryId: hoatDong?.id });
    expect(await redirect("joomla:category:10")).toMatchObject({ categoryId: null, unitId: chiLang.id });
    expect(await redirect("joomla:article:105")).toBeUndefined();

    // Photos: every width made from the old files, with no EXIF (GPS included) left.
    const images = await db.select().from(media);
    expect(images).toHaveLength(4);
    expect(report.images).toEqual({ stored: 4, reused: 0, missing: 2 });
    const stored = fs.readdirSync(mediaDir).filter((name) => parseMediaFileName(name) !== null);
    expect(stored.filter((name) => name.endsWith(".jpg"))).toHaveLength(4);
    for (const name of stored) expect((await sharp(path.join(mediaDir, name)).metadata()).exif).toBeUndefined();
  });

  it("changes nothing on a second run, then carries over new views, a new article and an edited one", async () => {
    const { db, mediaDir } = await freshSite();
    await runImport(db, await joomla(), options(mediaDir));
    const before = await db.select({ id: articles.id, version: articles.version, viewCount: articles.viewCount, updatedAt: articles.updatedAt }).from(articles).orderBy(asc(articles.id));
    const mediaBefore = (await db.select().from(media)).length;

    const again = await runImport(db, await joomla(), options(mediaDir));
    expect(again.report.counts).toEqual({ read: 14, imported: 0, updated: 0, unchanged: 11, skipped: 3 });
    expect(await db.select({ id: articles.id, version: articles.version, viewCount: articles.viewCount, updatedAt: articles.updatedAt }).from(articles).orderBy(asc(articles.id))).toEqual(before);
    expect(await db.select().from(media)).toHaveLength(mediaBefore);
    expect(await db.select().from(articleRevisions)).toHaveLength(11);

    // The old site went on: 50 more views of 101, a corrected title of 103, and a new article.
    const old = await mysql.createConnection(`${adminUrl}/${JOOMLA_DB}`);
    // Joomla 3 itself writes with sql_mode '' (columns without defaults take their zero value).
    await old.query("SET SESSION sql_mode = ''");
    try {
      await old.query("UPDATE jos_content SET hits = hits + 50 WHERE id = 101");
      await old.query("UPDATE jos_content SET title = ? WHERE id = 103", ["Hội thao CNVCLĐ năm 2020"]);
      await old.query(
        "INSERT INTO jos_content (id, title, alias, introtext, `fulltext`, state, catid, created, created_by, publish_up, images, urls, attribs, metadata, hits, language) VALUES (120, 'Bài mới trên cổng cũ', 'bai-moi', '<p>Tin moi.</p>', '', 1, 9, '2024-06-01 01:00:00', 42, '2024-06-01 01:00:00', '', '', '{}', '{}', 9, '*')",
      );
      const third = await runImport(db, await joomla(), options(mediaDir));
      expect(third.report.counts).toEqual({ read: 15, imported: 1, updated: 2, unchanged: 9, skipped: 3 });
      const daiHoi = await importedByOldId(db, oldArticle(101).title);
      expect(daiHoi.viewCount).toBe(744);
      expect(await importedByOldId(db, "Hội thao CNVCLĐ năm 2020")).toMatchObject({ slug: "hoi-thao-cnvcld-2020" });
      expect(await importedByOldId(db, "Bài mới trên cổng cũ")).toMatchObject({ status: "published", viewCount: 9 });
      expect(await db.select().from(articleRevisions)).toHaveLength(13);

      // An editor corrects 109 in Bản tin; the old site changes it too: Bản tin's edit is kept.
      const toaDam = await importedByOldId(db, oldArticle(109).title);
      await writeTransaction(db, (tx) =>
        saveArticleContent(tx, { id: toaDam.id, baseVersion: toaDam.version, content: { ...toaDam, title: "Tọa đàm 20/10 (đã sửa)" }, savedBy: toaDam.createdBy ?? 0, kind: "save", now: new Date() }),
      );
      // The body columns are latin1 holding UTF-8 bytes (tests/legacy-portals.ts): written as bytes.
      await old.query("UPDATE jos_content SET introtext = ? WHERE id = 109", [Buffer.from("<p>Đổi ở cổng cũ.</p>")]);
      const fourth = await runImport(db, await joomla(), options(mediaDir));
      expect(fourth.report.skipped).toContainEqual({ oldId: 109, title: oldArticle(109).title, reason: "edited-here" });
      expect(await importedByOldId(db, "Tọa đàm 20/10 (đã sửa)")).toMatchObject({ summary: toaDam.summary });
    } finally {
      await old.query("DELETE FROM jos_content WHERE id = 120");
      await old.query("UPDATE jos_content SET hits = hits - 50 WHERE id = 101");
      await old.query("UPDATE jos_content SET title = ? WHERE id = 103", [oldArticle(103).title]);
      await old.query("UPDATE jos_content SET introtext = ? WHERE id = 109", [Buffer.from(oldArticle(109).introtext)]);
      await old.end();
    }
  });

  it("writes an article whole or not at all: one the database refuses leaves nothing behind, and the others go in", async () => {
    const { db, mediaDir } = await freshSite();
    const lift = await failWrites(db, "BEFORE INSERT ON legacy_items", "NEW.kind = 'article' AND NEW.old_key = '101'");
    const { report } = await runImport(db, await joomla(), options(mediaDir));
    await lift();
    expect(report.skipped).toContainEqual(expect.objectContaining({ oldId: 101, reason: "write-failed" }));
    expect(report.counts).toMatchObject({ read: 14, imported: 10, skipped: 4 });
    expect(await db.select().from(articles).where(eq(articles.title, oldArticle(101).title))).toEqual([]);
    expect(await db.select().from(legacyRedirects).where(eq(legacyRedirects.key, "joomla:article:101"))).toEqual([]);
    // Its two photos have no row, and their files are gone: only the other articles' remain.
    const kept = await db.select().from(media);
    expect(kept).toHaveLength(2);
    const keys = new Set(kept.map((image) => image.storageKey));
    for (const name of fs.readdirSync(mediaDir)) expect(keys.has(parseMediaFileName(name)?.storageKey ?? ""), name).toBe(true);

    const again = await runImport(db, await joomla(), options(mediaDir));
    expect(again.report.counts).toMatchObject({ imported: 1, unchanged: 10, skipped: 3 });
    expect(await importedByOldId(db, oldArticle(101).title)).toMatchObject({ viewCount: 694 });
  });

  it("goes on where an interrupted run stopped, without a duplicate", async () => {
    const { db, mediaDir } = await freshSite();
    let seen = 0;
    const first = await runImport(db, await joomla(), options(mediaDir, { onProgress: () => (seen += 1), shouldStop: () => seen >= 4 }));
    expect(first.report.interrupted).toBe(true);
    const afterFirst = (await db.select().from(articles)).length;
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(11);

    const second = await runImport(db, await joomla(), options(mediaDir));
    expect(second.report.interrupted).toBe(false);
    expect(second.report.counts.imported + second.report.counts.unchanged).toBe(11);
    expect(second.report.counts.unchanged).toBe(afterFirst);
    const titles = (await db.select({ title: articles.title }).from(articles)).map((row) => row.title);
    expect(titles).toHaveLength(11);
    expect(new Set(titles).size).toBe(11);
  });

  it("a dry run writes nothing and proposes a mapping; the real run follows the edited mapping", async () => {
    const { db, civil, mediaDir } = await freshSite();
    const dry = await runImport(db, await joomla(), options(mediaDir, { dryRun: true }));
    expect(dry.report.counts).toMatchObject({ read: 14, imported: 11, skipped: 3 });
    expect(await db.select().from(articles)).toHaveLength(0);
    expect(await db.select().from(categories)).toHaveLength(0);
    expect(fs.existsSync(mediaDir)).toBe(false);
    const proposal: ImportMapping = dry.mapping;
    expect(proposal.categories.find((entry) => entry.oldId === 10)).toMatchObject({ oldTitle: "LĐLĐ huyện Chi Lăng", category: "tin-tuc", unit: "ldld-chi-lang", redirectTo: "unit", articles: 2 });

    // The admin sends "Hoạt động công đoàn" to a category of their own name, under the civil servants' union.
    const edited = structuredClone(proposal);
    Object.assign(edited.categories.find((entry) => entry.oldId === 9) ?? {}, { category: "tin-hoat-dong", categoryName: "Tin hoạt động", unit: "cdvc-tinh" });
    await runImport(db, await joomla(), options(mediaDir, { mappingText: JSON.stringify(edited), withMedia: false }));
    const [own] = await db.select().from(categories).where(eq(categories.slug, "tin-hoat-dong"));
    expect(own?.name).toBe("Tin hoạt động");
    expect(await importedByOldId(db, oldArticle(101).title)).toMatchObject({ categoryId: own?.id, unitId: civil.id, coverMediaId: null });

    // A mapping that names an old category the old site does not have is refused before anything is written.
    const unknown = structuredClone(proposal);
    unknown.categories.push({ ...unknown.categories[0]!, oldId: 999, oldTitle: "Không có" });
    const count = (await db.select().from(articles)).length;
    await expect(runImport(db, await joomla(), options(mediaDir, { mappingText: JSON.stringify(unknown) }))).rejects.toThrow(new LegacyImportError('Chuyên mục cũ số 999 ("Không có") không có trong cơ sở dữ liệu cũ.'));
    expect(await db.select().from(articles)).toHaveLength(count);
  });

  it("brings the photos in later with --media-only, and makes disabled accounts with --with-accounts", async () => {
    const { db, mediaDir } = await freshSite();
    await runImport(db, await joomla(), options(mediaDir, { withMedia: false, withAccounts: true }));
    const textOnly = await importedByOldId(db, oldArticle(101).title);
    expect(textOnly.coverMediaId).toBeNull();
    expect(textOnly.bodyHtml).not.toContain("<figure>");
    const accounts = await db.select().from(users).where(eq(users.isActive, false));
    expect(accounts.map((account) => account.displayName).sort()).toEqual(["Lê Hoàng Cường", "Nguyễn Văn An", "Trần Thị Bình"]);
    const an = accounts.find((account) => account.displayName === "Nguyễn Văn An");
    expect(textOnly.createdBy).toBe(an?.id);
    // Each batch's new articles are indexed together at its end (indexNewArticles): every published one, once.
    const published = await db.select({ id: articles.id }).from(articles).where(eq(articles.status, "published"));
    expect(published.length).toBeGreaterThan(5);
    expect(await fullTextIndex().indexedCount(db)).toBe(published.length);
    const found = await searchPublishedArticles(db, { query: oldArticle(101).title }, { offset: 0, limit: 10 });
    expect(found.items.map((item) => item.title)).toContain(oldArticle(101).title);

    const later = await runImport(db, await joomla(), options(mediaDir, { mediaOnly: true }));
    expect(later.report.counts).toMatchObject({ imported: 0, updated: 3 });
    const withPhotos = await importedByOldId(db, oldArticle(101).title);
    expect(withPhotos.coverMediaId).not.toBeNull();
    expect(withPhotos.bodyHtml).toContain("<figure>");
    expect(withPhotos.slug).toBe(textOnly.slug);
  });
});

describe("a NukeViet 4 portal", () => {
  it("imports its articles with their Unix times, hits, authors, home images and old addresses", async () => {
    const { db, mediaDir } = await freshSite();
    const { report } = await runImport(db, await nukeviet(), options(mediaDir, { mediaRoot: nukevietMedia }));
    expect(report.counts.read).toBe(nukevietArticles.length);
    const first = nukevietArticles[0]!;
    const row = await importedByOldId(db, first.title);
    expect(row).toMatchObject({
      status: "published",
      publishedAt: new Date(first.publtime * 1000),
      viewCount: first.hitstotal,
      byline: "Phạm Thu Hà",
      summary: "Hội nghị bàn về Lao động & Công đoàn <năm 2023>. Hơn 200 đại biểu dự.",
      bodyHtml: "<p>Hội nghị thông qua quy chế dân chủ ở cơ sở.</p>",
    });
    expect(row.coverMediaId).not.toBeNull();
    const [redirect] = await db.select().from(legacyRedirects).where(and(eq(legacyRedirects.key, `nukeviet:article:${first.id}`)));
    expect(redirect?.articleId).toBe(row.id);
    expect(await importedByOldId(db, nukevietArticles[1]!.title)).toMatchObject({ status: "draft" });
    expect((await db.select().from(units)).length).toBe(3);
  });
});
