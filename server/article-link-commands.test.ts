// An article's "Văn bản liên quan" and "Xem thêm ảnh" on a real database (each dialect): saved with
// the article, checked, and read back as readers see them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/core/permissions";
import type { Database } from "@/db/client";
import { albumChoices, articleLinkChoices, documentChoices, linksOfArticle, publishedAlbumOfArticle } from "@/db/queries/article-links";
import { insertDocument, issuerForUnit } from "@/db/queries/document-writes";
import { documentsOfArticle } from "@/db/queries/documents";
import { albumPhotos, albums, articleDocuments, documentForms, documents, media } from "@/db/schema";
import { onlyRow } from "@/db/sql";
import { createTestDatabase, insertCategory, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";
import { eq } from "drizzle-orm";
import { saveArticleCommand, type SaveRequest } from "./article-commands";

const NOW = new Date("2026-11-22T03:00:00Z");
const TODAY = { year: 2026, month: 11, day: 22 };

let handle: TestDatabase;
let db: Database;
let fields: Record<string, string>;
let unitId: number;
let editor: Awaited<ReturnType<typeof insertUser>>;
let contributor: Awaited<ReturnType<typeof insertUser>>;
let otherContributor: Awaited<ReturnType<typeof insertUser>>;
let sequence = 0;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db)).id;
  const category = await insertCategory(db);
  fields = { title: "Hội nghị tổng kết công tác năm", slug: "", summary: "", bodyHtml: "<p>Nội dung</p>", coverMediaId: "", coverCaption: "", byline: "", categoryId: String(category.id), unitId: String(unitId), seriesId: "", seriesPart: "" };
  editor = await insertUser(db, { role: "editor", unitId });
  contributor = await insertUser(db, { role: "contributor", unitId });
  otherContributor = await insertUser(db, { role: "contributor", unitId });
});
afterEach(() => handle.close());

async function registerDocument(abstract: string, status: ArticleStatus = "published", issuedOn = { year: 2026, month: 3, day: 1 }) {
  const n = ++sequence;
  const [form] = await db.select({ id: documentForms.id }).from(documentForms).limit(1);
  return (
    await writeTransaction(db, async (tx) =>
      insertDocument(
        tx,
        { slug: `van-ban-${n}`, formId: form?.id ?? 0, issuerId: await issuerForUnit(tx, unitId), number: `${n}/KH-LĐLĐ`, issuedOn, inForceOn: null, ceasesOn: null, signer: "", abstract, field: "", legalStatus: "in-force" },
        null,
        status,
        NOW,
      ),
    )
  ).id;
}

async function makeAlbum(title: string, photoCount: number, status: ArticleStatus = "published") {
  const n = ++sequence;
  return await writeTransaction(db, async (tx) => {
    const album = onlyRow(await tx.insert(albums).values({ slug: `album-${n}`, title, takenOn: "2026-11-01", status, publishedAt: status === "published" ? NOW : null }).returning({ id: albums.id }));
    const photoIds: number[] = [];
    for (let i = 0; i < photoCount; i++) {
      const image = onlyRow(
        await tx.insert(media).values({ storageKey: `album-${n}-anh-${i}`, originalName: `anh-${i}.jpg`, width: 1200, height: 800, variantWidths: [480, 960], sizeBytes: 1000, alt: `Mô tả ${i}` }).returning({ id: media.id }),
      );
      // Stored in reverse, so that the order read back is the editor's sort order, not the insertion order.
      const photo = onlyRow(await tx.insert(albumPhotos).values({ albumId: album.id, mediaId: image.id, caption: i === photoCount - 1 ? "Toàn cảnh hội nghị" : "", sortOrder: photoCount - i }).returning({ id: albumPhotos.id }));
      photoIds.unshift(photo.id);
    }
    return { id: album.id, slug: `album-${n}`, photoIds };
  });
}

async function save(user: typeof editor, request: Partial<SaveRequest> & { links?: { documentIds?: number[]; albumId?: number | null } }) {
  const { links, ...rest } = request;
  const linkFields = links ? { documentIds: (links.documentIds ?? []).join(","), albumId: links.albumId ? String(links.albumId) : "" } : {};
  return await saveArticleCommand(db, user, { articleId: null, baseVersion: null, intent: "save", ...rest, fields: { ...fields, ...linkFields } }, NOW);
}

async function created(user: typeof editor, links: { documentIds?: number[]; albumId?: number | null }) {
  const result = await save(user, { links });
  if (!result.ok) throw new Error(`${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  return result;
}

describe("saving an article's links", () => {
  it("writes the documents in the order chosen and the album with the article's first save", async () => {
    const [a, b, c] = [await registerDocument("Kế hoạch A"), await registerDocument("Kế hoạch B"), await registerDocument("Kế hoạch C")];
    const album = await makeAlbum("Đại hội Công đoàn tỉnh", 2);
    const article = await created(editor, { documentIds: [c, a, b], albumId: album.id });
    expect(await linksOfArticle(db, article.articleId)).toEqual({ documentIds: [c, a, b], albumId: album.id });
  });

  it("replaces the links on the next save, and leaves them alone when a save does not send them", async () => {
    const [a, b, c] = [await registerDocument("Kế hoạch A"), await registerDocument("Kế hoạch B"), await registerDocument("Kế hoạch C")];
    const [first, second] = [await makeAlbum("Album một", 1), await makeAlbum("Album hai", 1)];
    const article = await created(editor, { documentIds: [a, b], albumId: first.id });
    const resaved = await save(editor, { articleId: article.articleId, baseVersion: article.version, intent: "autosave", links: { documentIds: [b, c], albumId: second.id } });
    expect(resaved.ok).toBe(true);
    expect(await linksOfArticle(db, article.articleId)).toEqual({ documentIds: [b, c], albumId: second.id });
    await save(editor, { articleId: article.articleId, baseVersion: article.version + 1 });
    expect(await linksOfArticle(db, article.articleId)).toEqual({ documentIds: [b, c], albumId: second.id });
    await save(editor, { articleId: article.articleId, baseVersion: article.version + 2, links: { documentIds: [], albumId: null } });
    expect(await linksOfArticle(db, article.articleId)).toEqual({ documentIds: [], albumId: null });
  });

  it("refuses a document or album that does not exist or is not published, with a message on each field, and saves nothing", async () => {
    const draft = await registerDocument("Dự thảo kế hoạch", "draft");
    const draftAlbum = await makeAlbum("Album chưa đăng", 1, "draft");
    const missingNumber = await save(editor, { links: { documentIds: [999_999], albumId: 999_998 } });
    expect(missingNumber).toMatchObject({ ok: false, fieldErrors: { documentIds: [expect.stringContaining("không còn")], albumId: [expect.stringContaining("không còn")] } });
    const unpublished = await save(editor, { links: { documentIds: [draft], albumId: draftAlbum.id } });
    expect(unpublished).toMatchObject({ ok: false, fieldErrors: { documentIds: [expect.stringContaining("chưa được đăng")], albumId: [expect.stringContaining("Album chưa đăng")] } });
    expect(await db.select().from(articleDocuments)).toEqual([]);
  });

  it("refuses more than ten documents and a list that is not ids", async () => {
    const ids = [];
    for (let i = 0; i < 11; i++) ids.push(await registerDocument(`Văn bản ${i}`));
    expect(await save(editor, { links: { documentIds: ids } })).toMatchObject({ ok: false, fieldErrors: { documentIds: [expect.stringContaining("nhiều nhất 10")] } });
    const broken = await saveArticleCommand(db, editor, { articleId: null, baseVersion: null, intent: "save", fields: { ...fields, documentIds: "1;DROP", albumId: "x" } }, NOW);
    expect(broken).toMatchObject({ ok: false, fieldErrors: { documentIds: [expect.any(String)], albumId: [expect.any(String)] } });
  });

  it("keeps a document taken down since it was linked, so the article's saves still go through", async () => {
    const document = await registerDocument("Kế hoạch sẽ bị gỡ");
    const article = await created(editor, { documentIds: [document] });
    await writeTransaction(db, (tx) => tx.update(documents).set({ status: "unpublished" }).where(eq(documents.id, document)));
    const resaved = await save(editor, { articleId: article.articleId, baseVersion: article.version, links: { documentIds: [document] } });
    expect(resaved.ok).toBe(true);
    expect((await articleLinkChoices(db, article.articleId)).documents).toMatchObject([{ id: document, published: false }]);
    expect(await documentsOfArticle(db, article.articleId, TODAY)).toEqual([]);
  });

  it("lets the author contributor set the links of their own article, and refuses another contributor", async () => {
    const document = await registerDocument("Hướng dẫn");
    const own = await created(contributor, { documentIds: [document] });
    expect(await linksOfArticle(db, own.articleId)).toEqual({ documentIds: [document], albumId: null });
    const intruder = await save(otherContributor, { articleId: own.articleId, baseVersion: own.version, links: { documentIds: [], albumId: null } });
    expect(intruder).toMatchObject({ ok: false, formError: expect.stringContaining("không có quyền") });
    expect(await linksOfArticle(db, own.articleId)).toEqual({ documentIds: [document], albumId: null });
  });

  it("writes no links when the article's save loses the version check", async () => {
    const document = await registerDocument("Kế hoạch");
    const article = await created(editor, { documentIds: [document] });
    await save(editor, { articleId: article.articleId, baseVersion: article.version });
    const stale = await save(editor, { articleId: article.articleId, baseVersion: article.version, links: { documentIds: [], albumId: null } });
    expect(stale.ok).toBe(false);
    expect(await linksOfArticle(db, article.articleId)).toEqual({ documentIds: [document], albumId: null });
  });
});

describe("what readers and the editor's search see", () => {
  it("shows readers only the published documents, in the editor's order", async () => {
    const [a, b] = [await registerDocument("Kế hoạch A"), await registerDocument("Kế hoạch B")];
    const article = await created(editor, { documentIds: [b, a] });
    const c = await registerDocument("Kế hoạch C sẽ về nháp");
    await writeTransaction(db, (tx) => tx.insert(articleDocuments).values({ articleId: article.articleId, documentId: c, sortOrder: 0 }));
    await writeTransaction(db, (tx) => tx.update(documents).set({ status: "draft" }).where(eq(documents.id, c)));
    expect((await documentsOfArticle(db, article.articleId, TODAY)).map((item) => item.abstract)).toEqual(["Kế hoạch B", "Kế hoạch A"]);
  });

  it("shows a published album's first eight photos in order, with its count, and no draft album", async () => {
    const album = await makeAlbum("Đại hội Công đoàn tỉnh", 10);
    const article = await created(editor, { albumId: album.id });
    const shown = await publishedAlbumOfArticle(db, article.articleId);
    expect(shown).toMatchObject({ id: album.id, slug: album.slug, title: "Đại hội Công đoàn tỉnh", photoCount: 10 });
    expect(shown?.photos.map((photo) => photo.id)).toEqual(album.photoIds.slice(0, 8));
    // The caption names a photo; without one, the library's description does.
    expect(shown?.photos.slice(0, 2).map((photo) => photo.image.alt)).toEqual(["Toàn cảnh hội nghị", "Mô tả 8"]);
    expect(shown?.photos[0]?.image.src).toMatch(/-960\.jpg$/);
    await writeTransaction(db, (tx) => tx.update(albums).set({ status: "unpublished" }).where(eq(albums.id, album.id)));
    expect(await publishedAlbumOfArticle(db, article.articleId)).toBeNull();
  });

  it("finds published documents by number or abstract words, and published albums by title without tone marks", async () => {
    const plan = await registerDocument("Kế hoạch tổ chức Đại hội");
    await registerDocument("Đại hội dự thảo", "draft");
    const found = await documentChoices(db, "dai hoi", TODAY);
    expect(found.map((item) => item.id)).toEqual([plan]);
    expect(found[0]).toMatchObject({ issuedOn: "01/03/2026", published: true });
    const congress = await makeAlbum("Đại hội Công đoàn tỉnh", 1);
    await makeAlbum("Đại hội chưa đăng", 1, "draft");
    await makeAlbum("Hội thao công nhân", 1);
    expect((await albumChoices(db, "dai hoi")).map((item) => item.id)).toEqual([congress.id]);
    expect((await albumChoices(db, "")).map((item) => item.title).sort()).toEqual(["Hội thao công nhân", "Đại hội Công đoàn tỉnh"].sort());
  });
});
