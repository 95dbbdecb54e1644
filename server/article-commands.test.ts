import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { redirectedSlug } from "@/db/queries/article-writes";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { publishedArticleBySlug, publishedArticlesPage } from "@/db/queries/public-articles";
import { editableArticle, revisionsOfArticle } from "@/db/queries/workspace-articles";
import { albums, articleEvents, articles, categories, series, units } from "@/db/schema";
import { onlyRow } from "@/db/sql";
import { fullTextIndex } from "@/db/queries/full-text-dialect";
import { createTestDatabase, failWrites, insertCategory, insertUnit, insertUser, type TestDatabase, isForcedFailure } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";
import { deleteArticleCommand, restoreRevisionCommand, saveArticleCommand, type SaveRequest } from "./article-commands";

let handle: TestDatabase;
let db: Database;
let fields: Record<string, string>;
let editor: Awaited<ReturnType<typeof insertUser>>;
let otherEditor: Awaited<ReturnType<typeof insertUser>>;
let contributor: Awaited<ReturnType<typeof insertUser>>;
let otherContributor: Awaited<ReturnType<typeof insertUser>>;
const NOW = new Date("2026-11-22T03:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const unit = await insertUnit(db);
  const category = await insertCategory(db);
  fields = {
    title: "Công đoàn Viên chức tỉnh tổ chức Hội nghị",
    slug: "",
    summary: "Tóm tắt",
    bodyHtml: "<p>Nội dung</p>",
    coverMediaId: "",
    coverCaption: "",
    byline: "Tin & ảnh: Lê Thu",
    categoryId: String(category.id),
    unitId: String(unit.id),
    seriesId: "",
    seriesPart: "",
  };
  editor = await insertUser(db, { role: "editor", unitId: unit.id });
  otherEditor = await insertUser(db, { role: "editor", unitId: unit.id });
  contributor = await insertUser(db, { role: "contributor", unitId: unit.id });
  otherContributor = await insertUser(db, { role: "contributor", unitId: unit.id });
});
afterEach(() => handle.close());

async function save(user: typeof editor, request: Partial<SaveRequest>, now = NOW) {
  return await saveArticleCommand(db, user, { articleId: null, baseVersion: null, intent: "save", fields, ...request }, now);
}

async function created(user: typeof editor, request: Partial<SaveRequest> = {}) {
  const result = await save(user, request);
  if (!result.ok) throw new Error(result.formError);
  return result;
}

describe("saving", () => {
  it("creates a draft with a slug made from the Vietnamese title and a first revision", async () => {
    const result = await created(contributor);
    expect(result).toMatchObject({ status: "draft", slug: "cong-doan-vien-chuc-tinh-to-chuc-hoi-nghi", version: 1 });
    expect(await revisionsOfArticle(db, result.articleId)).toHaveLength(1);
  });

  it("keeps slugs unique by numbering the second article with the same title", async () => {
    await created(editor);
    expect((await created(editor)).slug).toBe("cong-doan-vien-chuc-tinh-to-chuc-hoi-nghi-2");
  });

  it("sanitises the body before it is stored", async () => {
    const result = await created(editor, { fields: { ...fields, bodyHtml: '<p onclick="x()">Chào</p><script>alert(1)</script><img src=x onerror=alert(1)>' } });
    expect((await editableArticle(db, result.articleId))?.bodyHtml).toBe("<p>Chào</p>");
  });

  it("returns every field's error in Vietnamese and stores nothing", async () => {
    const result = await save(editor, { fields: { ...fields, categoryId: "", slug: "Sai Dấu" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["categoryId", "slug"]);
    expect(await db.select().from(articles)).toHaveLength(0);
  });

  it("keeps a revision of every save, with who and when", async () => {
    const first = await created(editor);
    const second = await save(editor, { articleId: first.articleId, baseVersion: first.version, fields: { ...fields, title: "Tiêu đề mới hơn" } }, later(1));
    expect(second).toMatchObject({ ok: true, version: 2 });
    const revisions = await revisionsOfArticle(db, first.articleId);
    expect(revisions.map((r) => [r.version, r.title, r.savedByName, r.savedAt.toISOString()])).toEqual([
      [2, "Tiêu đề mới hơn", editor.displayName, later(1).toISOString()],
      [1, fields.title, editor.displayName, NOW.toISOString()],
    ]);
  });

  it("folds autosaves by the same person within minutes into one revision", async () => {
    const first = await created(editor);
    let version = first.version;
    for (const minute of [1, 2, 3]) {
      const result = await save(editor, { articleId: first.articleId, baseVersion: version, intent: "autosave", fields: { ...fields, summary: `Lần ${minute}` } }, later(minute));
      if (!result.ok) throw new Error(result.formError);
      version = result.version;
    }
    expect((await revisionsOfArticle(db, first.articleId)).map((r) => r.kind)).toEqual(["autosave", "save"]);
    expect(version).toBe(4);
  });
});

describe("the version check", () => {
  it("refuses the later of two saves based on the same version, and says who saved", async () => {
    const article = await created(editor);
    const mine = await save(editor, { articleId: article.articleId, baseVersion: article.version, fields: { ...fields, summary: "Bản của tôi" } }, later(1));
    const theirs = await save(otherEditor, { articleId: article.articleId, baseVersion: article.version, fields: { ...fields, summary: "Bản của người kia" } }, later(2));
    expect(mine.ok).toBe(true);
    expect(theirs.ok).toBe(false);
    if (theirs.ok || !("conflict" in theirs)) throw new Error("expected a conflict");
    expect(theirs.formError).toContain(editor.displayName);
    expect(theirs.conflict).toMatchObject({ summary: "Bản của tôi", version: 2 });
    expect((await editableArticle(db, article.articleId))?.summary).toBe("Bản của tôi");
  });

  it("accepts the refused person's text once they save on top of the latest version", async () => {
    const article = await created(editor);
    await save(editor, { articleId: article.articleId, baseVersion: 1, fields: { ...fields, summary: "A" } });
    expect((await save(otherEditor, { articleId: article.articleId, baseVersion: 2, fields: { ...fields, summary: "B" } })).ok).toBe(true);
    expect((await editableArticle(db, article.articleId))?.summary).toBe("B");
  });
});

describe("restoring a revision", () => {
  it("brings back an earlier text as a new revision, keeping the newer one in the history", async () => {
    const article = await created(editor);
    await save(editor, { articleId: article.articleId, baseVersion: 1, fields: { ...fields, title: "Tiêu đề thứ hai" } }, later(1));
    const first = (await revisionsOfArticle(db, article.articleId)).at(-1);
    const result = await restoreRevisionCommand(db, editor, { articleId: article.articleId, revisionId: first?.id ?? -1, baseVersion: 2 }, later(2));
    expect(result).toMatchObject({ ok: true, version: 3 });
    expect((await editableArticle(db, article.articleId))?.title).toBe(fields.title);
    expect((await revisionsOfArticle(db, article.articleId)).map((r) => [r.kind, r.title])).toEqual([
      ["restore", fields.title],
      ["save", "Tiêu đề thứ hai"],
      ["save", fields.title],
    ]);
  });

  it("keeps the current unit when the revision's unit has been deleted since", async () => {
    const oldUnit = await insertUnit(db);
    const article = await created(editor, { fields: { ...fields, unitId: String(oldUnit.id) } });
    await save(editor, { articleId: article.articleId, baseVersion: 1 }, later(1));
    await writeTransaction(db, (tx) => tx.delete(units).where(eq(units.id, oldUnit.id)));
    const first = (await revisionsOfArticle(db, article.articleId)).at(-1);
    expect(await restoreRevisionCommand(db, editor, { articleId: article.articleId, revisionId: first?.id ?? -1, baseVersion: 2 }, later(2))).toMatchObject({ ok: true });
    expect((await editableArticle(db, article.articleId))?.unitId).toBe(Number(fields.unitId));
  });
});

describe("restoring a revision whose series has been deleted since", () => {
  it("keeps the article's current series", async () => {
    const loat = onlyRow(await writeTransaction(db, (tx) => tx.insert(series).values({ title: "Loạt bài thử", slug: "loat-bai-thu" }).returning()));
    const article = await created(editor, { fields: { ...fields, seriesId: String(loat.id), seriesPart: "1" } });
    await save(editor, { articleId: article.articleId, baseVersion: 1, fields: { ...fields, title: "Tiêu đề thứ hai" } }, later(1));
    await writeTransaction(db, (tx) => tx.delete(series).where(eq(series.id, loat.id)));
    const first = (await revisionsOfArticle(db, article.articleId)).at(-1);
    expect(await restoreRevisionCommand(db, editor, { articleId: article.articleId, revisionId: first?.id ?? -1, baseVersion: 2 }, later(2))).toMatchObject({ ok: true, version: 3 });
    expect(await editableArticle(db, article.articleId)).toMatchObject({ title: fields.title, seriesId: null, seriesPart: null });
  });
});

describe("a unit or category deleted while the form was open", () => {
  it("asks for another one, field by field, and stores nothing", async () => {
    const gone = await insertUnit(db);
    const goneCategory = await insertCategory(db);
    await writeTransaction(db, (tx) => tx.delete(units).where(eq(units.id, gone.id)));
    await writeTransaction(db, (tx) => tx.delete(categories).where(eq(categories.id, goneCategory.id)));
    expect(await save(editor, { fields: { ...fields, unitId: String(gone.id), categoryId: String(goneCategory.id) } })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: ["Đơn vị này không còn: hãy chọn đơn vị khác."], categoryId: ["Chuyên mục này không còn: hãy chọn chuyên mục khác."] },
    });
    expect(await db.select().from(articles)).toHaveLength(0);
  });
});

describe("a cover or series that does not exist", () => {
  const missing = { coverMediaId: "99999", seriesId: "99999", seriesPart: "2" };
  const expected = {
    ok: false,
    fieldErrors: { coverMediaId: ["Ảnh đại diện này không còn trong thư viện: hãy chọn ảnh khác."], seriesId: ["Loạt bài này không còn: hãy chọn loạt bài khác."] },
  };

  it("is a field error on a new article, and nothing is stored", async () => {
    expect(await save(editor, { fields: { ...fields, ...missing } })).toMatchObject(expected);
    expect(await db.select().from(articles)).toHaveLength(0);
  });

  it("is a field error on a saved article, whose text and version stay", async () => {
    const article = await created(editor);
    expect(await save(editor, { articleId: article.articleId, baseVersion: 1, fields: { ...fields, ...missing, title: "Không được lưu" } })).toMatchObject(expected);
    expect(await editableArticle(db, article.articleId)).toMatchObject({ title: fields.title, version: 1 });
    expect(await revisionsOfArticle(db, article.articleId)).toHaveLength(1);
  });
});

describe("one transaction per command", () => {
  // What a reader, the history, the audit log and the search could see of an article.
  const traces = async (articleId: number) => ({
    article: await editableArticle(db, articleId),
    revisions: await revisionsOfArticle(db, articleId),
    audit: (await auditEntriesPage(db, {}, { offset: 0, limit: 100 })).items,
    search: await fullTextIndex().indexedText(db, articleId),
  });
  const published = async () => {
    const draft = await created(editor);
    await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish" });
    return { articleId: draft.articleId, version: 2 };
  };
  const retitled = () => ({ ...fields, title: "Tiêu đề không được lưu" });

  it.each([
    ["publishing a draft", async () => ({ articleId: (await created(editor)).articleId, version: 1 }), "publish" as const],
    ["rescheduling a published article", published, "publish" as const],
    ["taking an article down", published, "unpublish" as const],
  ])("writes nothing when %s fails between the content and the status", async (_name, prepare, intent) => {
    const { articleId, version } = await prepare();
    const before = await traces(articleId);
    await failWrites(db, "BEFORE UPDATE OF status ON articles");
    await expect(save(editor, { articleId, baseVersion: version, intent, fields: retitled(), publishAt: "2026-12-01T08:00" }, later(5))).rejects.toSatisfy(isForcedFailure);
    expect(await traces(articleId)).toEqual(before);
  });

  it("writes no publication whose audit entry cannot be written", async () => {
    const { articleId } = await created(editor);
    const before = await traces(articleId);
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(save(editor, { articleId, baseVersion: 1, intent: "publish", fields: retitled() }, later(5))).rejects.toSatisfy(isForcedFailure);
    expect(await traces(articleId)).toEqual(before);
  });

  it("deletes no article whose audit entry cannot be written", async () => {
    const { articleId } = await created(editor);
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(deleteArticleCommand(db, editor, articleId)).rejects.toSatisfy(isForcedFailure);
    expect(await editableArticle(db, articleId)).toMatchObject({ title: fields.title });
  });
});

describe("the workflow", () => {
  it("lets a contributor send a draft for review, and an editor publish it", async () => {
    const draft = await created(contributor);
    const sent = await save(contributor, { articleId: draft.articleId, baseVersion: draft.version, intent: "submit" });
    expect(sent).toMatchObject({ ok: true, status: "pending" });
    const published = await save(editor, { articleId: draft.articleId, baseVersion: 2, intent: "publish" }, later(5));
    expect(published).toMatchObject({ ok: true, status: "published", publishedAt: later(5).toISOString() });
    expect((await publishedArticleBySlug(db, draft.slug, later(6)))?.title).toBe(fields.title);
  });

  it("records each step in the article's trail, with who and when, for the report's counts and review times", async () => {
    const draft = await created(contributor);
    await save(contributor, { articleId: draft.articleId, baseVersion: 1, intent: "submit" }, later(1));
    await save(editor, { articleId: draft.articleId, baseVersion: 2, intent: "return", comment: "Bổ sung ảnh." }, later(30));
    await save(contributor, { articleId: draft.articleId, baseVersion: 3, intent: "submit" }, later(60));
    await save(editor, { articleId: draft.articleId, baseVersion: 4, intent: "publish" }, later(200));
    await save(editor, { articleId: draft.articleId, baseVersion: 5, intent: "unpublish" }, later(300));
    // A refused step leaves no trace.
    await save(contributor, { articleId: draft.articleId, baseVersion: 6, intent: "publish" }, later(400));
    const trail = await db.select().from(articleEvents).where(eq(articleEvents.articleId, draft.articleId)).orderBy(articleEvents.id);
    expect(trail.map((e) => [e.action, e.actorId, e.at.getTime() - NOW.getTime()])).toEqual([
      ["submit", contributor.id, 60_000],
      ["return", editor.id, 30 * 60_000],
      ["submit", contributor.id, 60 * 60_000],
      ["publish", editor.id, 200 * 60_000],
      ["unpublish", editor.id, 300 * 60_000],
    ]);
  });

  it("never lets a contributor publish, even by a direct request", async () => {
    const draft = await created(contributor);
    const result = await save(contributor, { articleId: draft.articleId, baseVersion: draft.version, intent: "publish" });
    expect(result).toMatchObject({ ok: false, formError: "Bạn không có quyền xuất bản bài này." });
    expect((await editableArticle(db, draft.articleId))?.status).toBe("draft");
    expect(await save(contributor, { intent: "publish" })).toMatchObject({ ok: false });
    expect(await db.select().from(articles).where(eq(articles.status, "published"))).toHaveLength(0);
  });

  it("keeps a contributor to their own articles", async () => {
    const theirs = await created(otherContributor);
    expect(await save(contributor, { articleId: theirs.articleId, baseVersion: theirs.version })).toMatchObject({ ok: false });
    expect(await deleteArticleCommand(db, contributor, theirs.articleId)).toMatchObject({ ok: false });
  });

  it("locks a published article against its contributor", async () => {
    const draft = await created(contributor);
    await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish" });
    const edit = await save(contributor, { articleId: draft.articleId, baseVersion: 2, fields: { ...fields, title: "Sửa sau khi đăng" } });
    expect(edit).toMatchObject({ ok: false, formError: "Bạn không có quyền sửa bài này ở trạng thái hiện tại." });
  });

  it("requires a comment to send an article back, and shows it to the author", async () => {
    const draft = await created(contributor);
    await save(contributor, { articleId: draft.articleId, baseVersion: 1, intent: "submit" });
    const withoutComment = await save(editor, { articleId: draft.articleId, baseVersion: 2, intent: "return", comment: " " });
    expect(withoutComment.ok).toBe(false);
    if (!withoutComment.ok) expect(withoutComment.fieldErrors?.comment).toEqual(["Hãy ghi nhận xét để tác giả biết cần sửa gì."]);
    const returned = await save(editor, { articleId: draft.articleId, baseVersion: 2, intent: "return", comment: "Bổ sung ảnh và chú thích." });
    expect(returned).toMatchObject({ ok: true, status: "draft" });
    expect((await editableArticle(db, draft.articleId))?.reviewComment).toBe("Bổ sung ảnh và chú thích.");
  });

  it("schedules an article that appears by itself at its time, entered in Vietnam time", async () => {
    const draft = await created(editor);
    const result = await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish", publishAt: "2026-11-22T12:00" });
    expect(result).toMatchObject({ ok: true, publishedAt: "2026-11-22T05:00:00.000Z" });
    if (result.ok) expect(result.message).toBe("Đã hẹn giờ đăng: Chủ nhật, ngày 22/11/2026 - 12:00.");
    expect((await publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, new Date("2026-11-22T04:59:59Z"))).total).toBe(0);
    expect((await publishedArticlesPage(db, {}, { offset: 0, limit: 10 }, new Date("2026-11-22T05:00:00Z"))).total).toBe(1);
  });

  it("unpublishes: the article leaves the public site", async () => {
    const draft = await created(editor);
    await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish" });
    expect(await save(editor, { articleId: draft.articleId, baseVersion: 2, intent: "unpublish" }, later(1))).toMatchObject({ ok: true, status: "unpublished" });
    expect(await publishedArticleBySlug(db, draft.slug, later(2))).toBeNull();
  });

  it("keeps the old address of a published article whose slug changes, for a permanent redirect", async () => {
    const draft = await created(editor);
    await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish" });
    const renamed = await save(editor, { articleId: draft.articleId, baseVersion: 2, fields: { ...fields, slug: "hoi-nghi-cong-doan-vien-chuc" } }, later(1));
    expect(renamed).toMatchObject({ ok: true, slug: "hoi-nghi-cong-doan-vien-chuc" });
    expect(await redirectedSlug(db, draft.slug, later(2))).toBe("hoi-nghi-cong-doan-vien-chuc");
    // The old address stays reserved: a new article with the same title gets another slug.
    expect((await created(editor)).slug).toBe("cong-doan-vien-chuc-tinh-to-chuc-hoi-nghi-2");
  });

  it("does not let an editor delete a published article before taking it down", async () => {
    const draft = await created(editor);
    await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish" });
    expect(await deleteArticleCommand(db, editor, draft.articleId)).toMatchObject({ ok: false });
    await save(editor, { articleId: draft.articleId, baseVersion: 2, intent: "unpublish" });
    expect(await deleteArticleCommand(db, editor, draft.articleId)).toMatchObject({ ok: true });
  });

  it("refuses everything to a disabled account", async () => {
    const disabled = { ...editor, isActive: false };
    expect(await save(disabled, {})).toMatchObject({ ok: false });
  });
});

// Which cached public pages a save expires (server/cache-tags.ts) follows what it tells.
describe("what readers see change with a save", () => {
  async function publishedArticle() {
    const draft = await created(editor);
    const published = await save(editor, { articleId: draft.articleId, baseVersion: 1, intent: "publish" });
    expect(published).toMatchObject({ ok: true, readers: "listings" });
    return draft.articleId;
  }

  it("is nothing for a draft's saves and for an unchanged autosave of a published article", async () => {
    const draft = await created(editor);
    expect(draft.readers).toBe("none");
    expect(await save(editor, { articleId: draft.articleId, baseVersion: 1, fields: { ...fields, summary: "Khác" } })).toMatchObject({ ok: true, readers: "none" });
    const articleId = await publishedArticle();
    expect(await save(editor, { articleId, baseVersion: 2, intent: "autosave" }, later(1))).toMatchObject({ ok: true, readers: "none" });
  });

  it("is a published article's own page when its text changes, the pages naming it for its summary, every list when it moves or leaves", async () => {
    const articleId = await publishedArticle();
    const text = await save(editor, { articleId, baseVersion: 2, intent: "autosave", fields: { ...fields, bodyHtml: "<p>Nội dung đã sửa</p>" } }, later(1));
    expect(text).toMatchObject({ ok: true, readers: "page" });
    const summary = await save(editor, { articleId, baseVersion: 3, intent: "autosave", fields: { ...fields, bodyHtml: "<p>Nội dung đã sửa</p>", summary: "Tóm tắt mới" } }, later(1));
    expect(summary).toMatchObject({ ok: true, readers: "card" });
    const other = await insertCategory(db);
    const moved = await save(editor, { articleId, baseVersion: 4, fields: { ...fields, bodyHtml: "<p>Nội dung đã sửa</p>", summary: "Tóm tắt mới", categoryId: String(other.id) } }, later(2));
    expect(moved).toMatchObject({ ok: true, readers: "listings" });
    const down = await save(editor, { articleId, baseVersion: 5, intent: "unpublish" }, later(3));
    expect(down).toMatchObject({ ok: true, readers: "listings" });
  });

  it("compares the links a save sends with those stored: the same album is nothing, another is the article's own page", async () => {
    const articleId = await publishedArticle();
    const album = await writeTransaction(db, async (tx) =>
      onlyRow(await tx.insert(albums).values({ slug: "album-dai-hoi", title: "Đại hội", takenOn: "2026-11-01", status: "published", publishedAt: NOW }).returning({ id: albums.id })),
    );
    const linked = await save(editor, { articleId, baseVersion: 2, fields: { ...fields, documentIds: "", albumId: String(album.id) } }, later(1));
    expect(linked).toMatchObject({ ok: true, readers: "page" });
    const again = await save(editor, { articleId, baseVersion: 3, intent: "autosave", fields: { ...fields, documentIds: "", albumId: String(album.id) } }, later(2));
    expect(again).toMatchObject({ ok: true, readers: "none" });
  });
});
