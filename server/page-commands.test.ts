import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { movedSlugTarget } from "@/db/queries/moved-slugs";
import { publishedPageBySlug } from "@/db/queries/public-pages";
import { searchPublishedPages } from "@/db/queries/search";
import { editablePage, revisionsOfPage } from "@/db/queries/workspace-pages";
import { menuItems, movedSlugs, pages } from "@/db/schema";
import { createTestDatabase, insertUser, runTestSql, type TestDatabase } from "@/db/test-database";
import { deletePageCommand, movePageCommand, PAGE_MANAGERS_ONLY, restorePageRevisionCommand, savePageCommand, type PageSaveRequest } from "./page-commands";
import { writeTransaction } from "@/db/transaction";

let handle: TestDatabase;
let db: Database;
let editor: Awaited<ReturnType<typeof insertUser>>;
let otherEditor: Awaited<ReturnType<typeof insertUser>>;
let contributor: Awaited<ReturnType<typeof insertUser>>;
const NOW = new Date("2026-11-30T03:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const fields = { title: "Liên hệ", slug: "", summary: "Địa chỉ và điện thoại của cơ quan.", bodyHtml: "<p>Đoàn viên cần tư vấn xin liên hệ.</p>", parentId: "", lang: "vi", showContacts: "on" };

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  editor = await insertUser(db, { role: "editor" });
  otherEditor = await insertUser(db, { role: "admin" });
  contributor = await insertUser(db, { role: "contributor" });
});
afterEach(() => handle.close());

async function save(request: Partial<PageSaveRequest> & { fields?: Record<string, string> }, user = editor, now = NOW) {
  return await savePageCommand(db, user, { pageId: null, baseVersion: null, intent: "save", ...request, fields: { ...fields, ...request.fields } }, now);
}

async function created(request: Partial<PageSaveRequest> & { fields?: Record<string, string> } = {}) {
  const result = await save(request);
  if (!result.ok) throw new Error(result.formError);
  return result;
}

const auditActions = async () => (await auditEntriesPage(db, {}, { offset: 0, limit: 50 })).items.map((entry) => [entry.action, entry.target]);

describe("saving a page", () => {
  it("creates a draft with its address made from the Vietnamese title, its body sanitised, and a first revision", async () => {
    const result = await created({ fields: { bodyHtml: '<p onclick="x()">Chào</p><script>alert(1)</script>' } });
    expect(result).toMatchObject({ status: "draft", slug: "lien-he", version: 1, publicChange: "none" });
    expect(await editablePage(db, result.pageId)).toMatchObject({ title: "Liên hệ", bodyHtml: "<p>Chào</p>", showContacts: true, lang: "vi", parentId: null });
    expect(await revisionsOfPage(db, result.pageId)).toHaveLength(1);
  });

  it("keeps a revision of every save, with who and when", async () => {
    const first = await created();
    const second = await save({ pageId: first.pageId, baseVersion: first.version, fields: { summary: "Tóm tắt mới" } }, otherEditor, later(1));
    expect(second).toMatchObject({ ok: true, version: 2 });
    expect((await revisionsOfPage(db, first.pageId)).map((r) => [r.version, r.savedByName, r.savedAt.toISOString()])).toEqual([
      [2, otherEditor.displayName, later(1).toISOString()],
      [1, editor.displayName, NOW.toISOString()],
    ]);
  });

  it("refuses a second page with the same address as a field error on the slug, and writes nothing", async () => {
    await created();
    const second = await save({ fields: { title: "Liên hệ", summary: "Một trang khác" } });
    expect(second).toMatchObject({ ok: false, fieldErrors: { slug: ["Đường dẫn này đã có trang khác dùng. Hãy chọn đường dẫn khác."] } });
    expect(await db.select().from(pages)).toHaveLength(1);
  });

  it("turns a slug taken at the same moment by another save (the unique index) into the same field error, not a crash", async () => {
    // Another request's insert slips in just before ours: the checks passed, the index refuses.
    await runTestSql(db, {
      sqlite: "CREATE TEMP TRIGGER same_slug_meanwhile BEFORE INSERT ON pages BEGIN INSERT INTO pages (title, slug) VALUES ('Trang khác', NEW.slug); END",
      postgres: `CREATE FUNCTION same_slug_meanwhile() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN INSERT INTO pages (title, slug) VALUES ('Trang khác', NEW.slug); RETURN NEW; END $$;
                 CREATE TRIGGER same_slug_meanwhile BEFORE INSERT ON pages FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION same_slug_meanwhile();`,
    });
    const result = await save({});
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: ["Đường dẫn này đã có trang khác dùng. Hãy chọn đường dẫn khác."] } });
    expect(await db.select().from(pages)).toHaveLength(0);
  });

  it("returns every field's problem in Vietnamese", async () => {
    const result = await save({ fields: { title: " ", slug: "Sai Dấu", lang: "fr" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["lang", "slug", "title"]);
  });

  it("refuses a parent that would make a page its own ancestor", async () => {
    const top = await created({ fields: { title: "Giới thiệu" } });
    const child = await created({ fields: { title: "Lịch sử truyền thống", parentId: String(top.pageId) } });
    const itself = await save({ pageId: top.pageId, baseVersion: top.version, fields: { title: "Giới thiệu", parentId: String(top.pageId) } });
    const underChild = await save({ pageId: top.pageId, baseVersion: top.version, fields: { title: "Giới thiệu", parentId: String(child.pageId) } });
    expect(itself).toMatchObject({ ok: false, fieldErrors: { parentId: ["Một trang không thể là trang cha của chính nó."] } });
    expect(underChild).toMatchObject({ ok: false, fieldErrors: { parentId: ["Không thể đặt trang dưới một trang con của chính nó."] } });
    expect((await editablePage(db, top.pageId))?.parentId).toBeNull();
  });
});

describe("the version check", () => {
  it("refuses the later of two saves based on the same version, says who saved, and keeps the winner", async () => {
    const page = await created();
    const mine = await save({ pageId: page.pageId, baseVersion: page.version, fields: { summary: "Bản của tôi" } }, editor, later(1));
    const theirs = await save({ pageId: page.pageId, baseVersion: page.version, fields: { summary: "Bản của người kia" } }, otherEditor, later(2));
    expect(mine.ok).toBe(true);
    if (theirs.ok || !("conflict" in theirs)) throw new Error("expected a conflict");
    expect(theirs.formError).toContain(editor.displayName);
    expect(theirs.conflict).toMatchObject({ summary: "Bản của tôi", version: 2 });
    expect((await editablePage(db, page.pageId))?.summary).toBe("Bản của tôi");
    // Keeping one's own text is a save on top of the winning version.
    expect(await save({ pageId: page.pageId, baseVersion: theirs.conflict.version, fields: { summary: "Bản của người kia" } }, otherEditor, later(3))).toMatchObject({ ok: true, version: 3 });
  });
});

describe("publishing", () => {
  it("publishes and takes down with an audit entry each, and says how widely readers see each change", async () => {
    const page = await created();
    const published = await save({ pageId: page.pageId, baseVersion: page.version, intent: "publish" }, editor, later(1));
    expect(published).toMatchObject({ ok: true, status: "published", message: "Đã đăng trang.", publicChange: "chrome" });
    expect((await publishedPageBySlug(db, "lien-he"))?.title).toBe("Liên hệ");
    if (!published.ok) return;
    const edited = await save({ pageId: page.pageId, baseVersion: published.version, fields: { bodyHtml: "<p>Thêm một câu.</p>" } }, editor, later(2));
    expect(edited).toMatchObject({ ok: true, status: "published", publicChange: "page" });
    if (!edited.ok) return;
    const renamed = await save({ pageId: page.pageId, baseVersion: edited.version, fields: { title: "Liên hệ với chúng tôi", slug: "lien-he" } }, editor, later(3));
    expect(renamed).toMatchObject({ ok: true, publicChange: "chrome" });
    if (!renamed.ok) return;
    const down = await save({ pageId: page.pageId, baseVersion: renamed.version, intent: "unpublish", fields: { title: "Liên hệ với chúng tôi", slug: "lien-he" } }, editor, later(4));
    expect(down).toMatchObject({ ok: true, status: "draft", publicChange: "chrome" });
    expect(await publishedPageBySlug(db, "lien-he")).toBeNull();
    expect(await auditActions()).toEqual([
      ["page-unpublish", "Trang: Liên hệ với chúng tôi"],
      ["page-publish", "Trang: Liên hệ"],
    ]);
  });

  it("refuses to take down a page that is not published", async () => {
    const page = await created();
    expect(await save({ pageId: page.pageId, baseVersion: page.version, intent: "unpublish" })).toMatchObject({ ok: false, formError: "Trang chưa đăng nên không có gì để gỡ." });
  });
});

describe("a published page's old addresses", () => {
  async function saved(result: Awaited<ReturnType<typeof save>>) {
    if (!result.ok) throw new Error(result.formError);
    return result;
  }
  const redirects = async () => (await db.select({ slug: movedSlugs.slug }).from(movedSlugs)).map((row) => row.slug).sort();

  it("lead to its address now, through every change of slug, while it is published", async () => {
    const page = await created();
    let current = await saved(await save({ pageId: page.pageId, baseVersion: page.version, intent: "publish" }, editor, later(1)));
    const move = async (slug: string, minutes: number) => {
      current = await saved(await save({ pageId: page.pageId, baseVersion: current.version, fields: { slug } }, editor, later(minutes)));
      return current;
    };
    expect(await move("lien-he-cong-doan", 2)).toMatchObject({ slug: "lien-he-cong-doan", publicChange: "chrome" });
    expect(await movedSlugTarget(db, "page", "lien-he")).toBe("lien-he-cong-doan");
    await move("thong-tin-lien-he", 3);
    expect(await movedSlugTarget(db, "page", "lien-he")).toBe("thong-tin-lien-he");
    expect(await movedSlugTarget(db, "page", "lien-he-cong-doan")).toBe("thong-tin-lien-he");
    expect(await movedSlugTarget(db, "page", "gioi-thieu")).toBeNull();

    // Back at its first address: the page owns it again, and the one it leaves leads to it.
    await move("lien-he", 4);
    expect(await redirects()).toEqual(["lien-he-cong-doan", "thong-tin-lien-he"]);
    expect(await movedSlugTarget(db, "page", "thong-tin-lien-he")).toBe("lien-he");

    // Taken down, its old addresses lead nowhere (the 404 page), and again once it is back.
    current = await saved(await save({ pageId: page.pageId, baseVersion: current.version, intent: "unpublish" }, editor, later(5)));
    expect(await movedSlugTarget(db, "page", "thong-tin-lien-he")).toBeNull();
    current = await saved(await save({ pageId: page.pageId, baseVersion: current.version, intent: "publish" }, editor, later(6)));
    expect(await movedSlugTarget(db, "page", "thong-tin-lien-he")).toBe("lien-he");

    expect(await deletePageCommand(db, editor, page.pageId, "203.0.113.5", later(7))).toMatchObject({ ok: true });
    expect(await redirects()).toEqual([]);
  });

  it("are not kept for a draft, whose address no reader has had", async () => {
    const page = await created();
    await saved(await save({ pageId: page.pageId, baseVersion: page.version, fields: { slug: "lien-he-moi" } }, editor, later(1)));
    expect(await redirects()).toEqual([]);
    expect(await movedSlugTarget(db, "page", "lien-he")).toBeNull();
  });

  it("give way to another page that takes the address as its own", async () => {
    const first = await created();
    const published = await saved(await save({ pageId: first.pageId, baseVersion: first.version, intent: "publish" }, editor, later(1)));
    await saved(await save({ pageId: first.pageId, baseVersion: published.version, fields: { slug: "van-phong" } }, editor, later(2)));
    expect(await movedSlugTarget(db, "page", "lien-he")).toBe("van-phong");

    const second = await created({ fields: { title: "Đường dây nóng", slug: "duong-day-nong" } });
    const renamed = await saved(await save({ pageId: second.pageId, baseVersion: second.version, fields: { title: "Đường dây nóng", slug: "lien-he" } }, editor, later(3)));
    await saved(await save({ pageId: second.pageId, baseVersion: renamed.version, intent: "publish", fields: { title: "Đường dây nóng", slug: "lien-he" } }, editor, later(4)));
    expect(await redirects()).toEqual([]);
    expect((await publishedPageBySlug(db, "lien-he"))?.title).toBe("Đường dây nóng");
  });
});

describe("revisions", () => {
  it("restores an earlier revision's text as a new save, keeping the address", async () => {
    const page = await created();
    const second = await save({ pageId: page.pageId, baseVersion: page.version, fields: { title: "Liên hệ mới", slug: "lien-he-moi", bodyHtml: "<p>Đã sửa.</p>" } }, editor, later(1));
    if (!second.ok) throw new Error(second.formError);
    const first = (await revisionsOfPage(db, page.pageId)).find((revision) => revision.version === 1);
    const restored = await restorePageRevisionCommand(db, otherEditor, { pageId: page.pageId, revisionId: first?.id ?? 0, baseVersion: second.version }, later(2));
    expect(restored).toMatchObject({ ok: true, message: "Đã khôi phục bản lưu #1.", version: 3 });
    expect(await editablePage(db, page.pageId)).toMatchObject({ title: "Liên hệ", slug: "lien-he-moi", bodyHtml: fields.bodyHtml });
    expect((await revisionsOfPage(db, page.pageId)).map((revision) => revision.kind)).toEqual(["restore", "save", "save"]);
  });

  it("refuses a restore based on a stale version", async () => {
    const page = await created();
    const second = await save({ pageId: page.pageId, baseVersion: page.version, fields: { summary: "Mới" } });
    if (!second.ok) throw new Error(second.formError);
    const first = (await revisionsOfPage(db, page.pageId)).at(-1);
    expect(await restorePageRevisionCommand(db, editor, { pageId: page.pageId, revisionId: first?.id ?? 0, baseVersion: page.version })).toMatchObject({ ok: false });
  });
});

describe("a contributor", () => {
  it("is refused every page command, and nothing is written", async () => {
    const page = await created();
    const revision = (await revisionsOfPage(db, page.pageId))[0]?.id ?? 0;
    const refusals = [
      await save({}, contributor),
      await save({ pageId: page.pageId, baseVersion: page.version, fields: { summary: "Chiếm trang" } }, contributor),
      await save({ pageId: page.pageId, baseVersion: page.version, intent: "publish" }, contributor),
      await restorePageRevisionCommand(db, contributor, { pageId: page.pageId, revisionId: revision, baseVersion: page.version }),
      await movePageCommand(db, contributor, page.pageId, "up"),
      await deletePageCommand(db, contributor, page.pageId),
    ];
    for (const refusal of refusals) expect(refusal).toEqual({ ok: false, formError: PAGE_MANAGERS_ONLY, fieldErrors: undefined });
    expect(await editablePage(db, page.pageId)).toMatchObject({ summary: fields.summary, status: "draft", version: 1 });
    expect(await db.select().from(pages)).toHaveLength(1);
  });
});

describe("ordering and deleting", () => {
  it("moves a page up and down among its siblings only", async () => {
    const top = await created({ fields: { title: "Giới thiệu" } });
    const ids: number[] = [];
    for (const title of ["Lịch sử truyền thống", "Cơ cấu tổ chức", "Ban Thường vụ"]) ids.push((await created({ fields: { title, parentId: String(top.pageId) } })).pageId);
    const childTitles = async () => await titlesUnder(top.pageId);
    expect(await movePageCommand(db, editor, ids[2] ?? 0, "up")).toMatchObject({ ok: true, message: "Đã chuyển “Ban Thường vụ” lên." });
    expect(await childTitles()).toEqual(["Lịch sử truyền thống", "Ban Thường vụ", "Cơ cấu tổ chức"]);
    expect(await movePageCommand(db, editor, ids[0] ?? 0, "up")).toMatchObject({ ok: true, message: "“Lịch sử truyền thống” đã ở đầu danh sách." });
  });

  it("refuses to delete a page with sub-pages, naming them", async () => {
    const top = await created({ fields: { title: "Giới thiệu" } });
    await created({ fields: { title: "Cơ cấu tổ chức", parentId: String(top.pageId) } });
    expect(await deletePageCommand(db, editor, top.pageId)).toEqual({
      ok: false,
      formError: "Trang “Giới thiệu” còn 1 trang con (“Cơ cấu tổ chức”): hãy chuyển các trang con sang trang khác hoặc xóa chúng trước.",
      fieldErrors: undefined,
    });
    expect(await editablePage(db, top.pageId)).not.toBeNull();
  });

  it("refuses to delete a page the menu links to, naming the menu item", async () => {
    const page = await created();
    await writeTransaction(db, (tx) => tx.insert(menuItems).values({ label: "Liên hệ với Liên đoàn", kind: "page", targetId: page.pageId }));
    await writeTransaction(db, (tx) => tx.insert(menuItems).values({ label: "Không liên quan", kind: "category", targetId: page.pageId }));
    expect(await deletePageCommand(db, editor, page.pageId)).toEqual({
      ok: false,
      formError: 'Trang đang có trong menu (mục "Liên hệ với Liên đoàn"): hãy gỡ khỏi menu trước khi xóa.',
      fieldErrors: undefined,
    });
    expect(await editablePage(db, page.pageId)).not.toBeNull();
  });

  it("deletes a page nothing depends on, with its revisions, and records who did", async () => {
    const page = await created();
    expect(await deletePageCommand(db, editor, page.pageId, "203.0.113.5", later(1))).toMatchObject({ ok: true, message: "Đã xóa trang “Liên hệ”.", publicChange: "none" });
    expect(await editablePage(db, page.pageId)).toBeNull();
    expect(await revisionsOfPage(db, page.pageId)).toEqual([]);
    expect(await auditActions()).toEqual([["page-delete", "Trang: Liên hệ"]]);
  });
});

describe("site search", () => {
  it("finds a published page with or without tone marks, title matches first, and never a draft", async () => {
    const contact = await created();
    await save({ pageId: contact.pageId, baseVersion: contact.version, intent: "publish" });
    const aboutFields = { title: "Giới thiệu", summary: "", bodyHtml: "<p>Liên hệ: số điện thoại của Văn phòng.</p>" };
    const about = await created({ fields: aboutFields });
    await save({ pageId: about.pageId, baseVersion: about.version, intent: "publish", fields: aboutFields });
    await created({ fields: { title: "Bản nháp liên hệ", slug: "ban-nhap" } });

    const found = await searchPublishedPages(db, "lien he dien thoai");
    expect(found.map((page) => page.slug)).toEqual(["lien-he", "gioi-thieu"]);
    expect(found[0]?.titleHtml).toBe("<mark>Liên</mark> <mark>hệ</mark>");
    expect(found[1]?.excerptHtml).toContain("<mark>điện</mark> <mark>thoại</mark>");
    expect((await searchPublishedPages(db, "LIÊN HỆ ĐIỆN THOẠI")).map((page) => page.slug)).toEqual(["lien-he", "gioi-thieu"]);
    expect(await searchPublishedPages(db, "fax")).toEqual([]);
  });
});

async function titlesUnder(parentId: number): Promise<string[]> {
  return (await db.select({ title: pages.title }).from(pages).where(eq(pages.parentId, parentId)).orderBy(pages.sortOrder)).map((row) => row.title);
}
