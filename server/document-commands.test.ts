// Registering documents on a real database (each dialect): who may do what, the form's checks,
// the issuer made on first use, the version check, and the warning for a number used twice.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { documentRegisterPage } from "@/db/queries/documents";
import { movedSlugTarget } from "@/db/queries/moved-slugs";
import type { SessionUser } from "@/db/queries/users";
import { articleDocuments, documentFiles, documentIssuers, documents } from "@/db/schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";
import { deleteDocumentCommand, saveDocumentCommand, unpublishDocumentCommand, type DocumentSaveRequest } from "./document-commands";
import { localMediaStore } from "@/server/media-store-local";

const NOW = new Date("2026-11-30T03:00:00Z");
const TODAY = { year: 2026, month: 11, day: 30 };

let handle: TestDatabase;
let db: Database;
let editor: SessionUser;
let contributor: SessionUser;
let otherContributor: SessionUser;
let unitId: number;
let fields: Record<string, string>;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db, { name: "Liên đoàn Lao động tỉnh" })).id;
  editor = await insertUser(db, { role: "editor", unitId });
  contributor = await insertUser(db, { role: "contributor", unitId });
  otherContributor = await insertUser(db, { role: "contributor", unitId });
  fields = {
    formId: "4",
    issuer: `unit:${unitId}`,
    newIssuer: "",
    number: "47/KH-LĐLĐ",
    issuedOn: "21/12/2022",
    inForceOn: "",
    ceasesOn: "",
    signer: "Nguyễn Văn An",
    abstract: "Kế hoạch tổ chức Tháng Công nhân năm 2023",
    field: "Tuyên giáo",
    legalStatus: "in-force",
    slug: "",
  };
});
afterEach(() => handle.close());

let mediaDir: string;
beforeEach(() => {
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-documents-"));
});
afterEach(() => fs.rmSync(mediaDir, { recursive: true, force: true }));
const deletion = (ip = "") => ({ ip, store: localMediaStore(mediaDir) });

const save = (user: SessionUser, request: Partial<DocumentSaveRequest>) =>
  saveDocumentCommand(db, user, { documentId: null, baseVersion: null, intent: "save", fields, ...request }, NOW);
const register = async () => (await documentRegisterPage(db, {}, { offset: 0, limit: 20 }, TODAY)).items.map((item) => [item.slug, item.issuerName, item.formName]);

describe("saveDocumentCommand", () => {
  it("says when readers saw the document before or see it now, so the action knows to expire its pages", async () => {
    const draft = await save(editor, {});
    expect(draft).toMatchObject({ ok: true, concernsReaders: false });
    if (!draft.ok) throw new Error("not saved");
    const published = await save(editor, { documentId: draft.documentId, baseVersion: draft.version, intent: "publish" });
    expect(published).toMatchObject({ ok: true, concernsReaders: true });
    if (!published.ok) throw new Error("not published");
    expect(await save(editor, { documentId: draft.documentId, baseVersion: published.version })).toMatchObject({ ok: true, concernsReaders: true });
  });

  it("keeps a published document's old address leading to it when its slug changes, and numbers a new one past it", async () => {
    const published = await save(editor, { intent: "publish" });
    if (!published.ok) throw new Error("not published");
    const oldSlug = "47-kh-ldld-ke-hoach-to-chuc-thang-cong-nhan-nam-2023";
    expect(published.slug).toBe(oldSlug);
    const moved = await save(editor, { documentId: published.documentId, baseVersion: published.version, fields: { ...fields, slug: "ke-hoach-thang-cong-nhan-2023" } });
    expect(moved).toMatchObject({ ok: true, slug: "ke-hoach-thang-cong-nhan-2023", concernsReaders: true });
    expect(await movedSlugTarget(db, "document", oldSlug)).toBe("ke-hoach-thang-cong-nhan-2023");
    expect(await save(editor, { fields: { ...fields, issuedOn: "22/12/2022" } })).toMatchObject({ ok: true, slug: `${oldSlug}-2` });
    expect(await unpublishDocumentCommand(db, editor, published.documentId)).toMatchObject({ ok: true });
    expect(await movedSlugTarget(db, "document", oldSlug)).toBeNull();
  });

  it("lets an editor register and publish: the register lists it, and the audit log says who", async () => {
    const result = await save(editor, { intent: "publish", ip: "10.0.0.7" });
    expect(result).toMatchObject({ ok: true, message: "Đã đăng văn bản.", status: "published", slug: "47-kh-ldld-ke-hoach-to-chuc-thang-cong-nhan-nam-2023", warnings: [] });
    expect(await register()).toEqual([["47-kh-ldld-ke-hoach-to-chuc-thang-cong-nhan-nam-2023", "Liên đoàn Lao động tỉnh", "Kế hoạch"]]);
    const [entry] = (await auditEntriesPage(db, {}, { offset: 0, limit: 5 })).items;
    expect(entry).toMatchObject({ action: "document-publish", target: "Văn bản: 47/KH-LĐLĐ", actorName: editor.displayName });
  });

  it("lets a contributor propose one for review, never publish it; an editor publishes it", async () => {
    expect(await save(contributor, { intent: "publish" })).toEqual({ ok: false, formError: "Chỉ biên tập viên và quản trị viên được đăng văn bản.", fieldErrors: undefined });
    expect(await db.select().from(documents)).toEqual([]);
    const draft = await save(contributor, {});
    if (!draft.ok) throw new Error(draft.formError);
    const sent = await save(contributor, { documentId: draft.documentId, baseVersion: draft.version, intent: "submit" });
    expect(sent).toMatchObject({ ok: true, status: "pending" });
    // Another contributor may not touch it, and it is not public yet.
    expect(await save(otherContributor, { documentId: draft.documentId, baseVersion: 2 })).toMatchObject({ ok: false, formError: "Bạn không có quyền sửa văn bản này." });
    expect(await register()).toEqual([]);
    expect(await save(editor, { documentId: draft.documentId, baseVersion: sent.ok ? sent.version : 0, intent: "publish" })).toMatchObject({ ok: true, status: "published" });
    expect(await register()).toHaveLength(1);
  });

  it("names every field's problem and writes nothing", async () => {
    const result = await save(editor, { fields: { ...fields, abstract: "", issuedOn: "21/12/2022", inForceOn: "01/12/2022", issuer: "" } });
    expect(result).toEqual({
      ok: false,
      formError: "Hãy sửa các ô được đánh dấu rồi lưu lại.",
      fieldErrors: { issuer: ["Hãy chọn cơ quan ban hành."], abstract: ["Hãy nhập trích yếu của văn bản."] },
    });
    expect(await save(editor, { fields: { ...fields, inForceOn: "01/12/2022" } })).toMatchObject({ ok: false, fieldErrors: { inForceOn: ["Ngày có hiệu lực không thể trước ngày ban hành (21/12/2022)."] } });
    expect(await save(editor, { fields: { ...fields, formId: "999" } })).toMatchObject({ ok: false, fieldErrors: { formId: ["Loại văn bản này không còn: hãy chọn lại."] } });
    expect(await save(editor, { fields: { ...fields, issuer: "body:999" } })).toMatchObject({ ok: false, fieldErrors: { issuer: ["Cơ quan ban hành này không còn: hãy chọn lại."] } });
    expect(await db.select().from(documents)).toEqual([]);
    expect(await db.select().from(documentIssuers)).toEqual([]);
  });

  it("makes a unit's issuer once, and a new outside body by its name", async () => {
    await save(editor, {});
    await save(editor, { fields: { ...fields, number: "48/KH-LĐLĐ" } });
    await save(editor, { fields: { ...fields, number: "12/QĐ-UBND", issuer: "new", newIssuer: "Ủy ban nhân dân tỉnh" } });
    expect((await db.select({ name: documentIssuers.name, unitId: documentIssuers.unitId }).from(documentIssuers)).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "Liên đoàn Lao động tỉnh", unitId },
      { name: "Ủy ban nhân dân tỉnh", unitId: null },
    ]);
  });

  it("refuses a save based on an older version, keeping the other save", async () => {
    const first = await save(editor, {});
    if (!first.ok) throw new Error(first.formError);
    expect(await save(editor, { documentId: first.documentId, baseVersion: first.version, fields: { ...fields, signer: "Trần Thị Lan" } })).toMatchObject({ ok: true, version: 2 });
    expect(await save(editor, { documentId: first.documentId, baseVersion: first.version, fields: { ...fields, signer: "Lê Văn Bình" } })).toMatchObject({
      ok: false,
      formError: "Có người khác vừa lưu văn bản này. Hãy tải lại trang để xem bản mới nhất; nội dung bạn nhập vẫn còn trên trang.",
    });
    expect((await db.select({ signer: documents.signer }).from(documents).where(eq(documents.id, first.documentId)))[0]?.signer).toBe("Trần Thị Lan");
  });

  it("warns, without refusing, when the number is already registered for the same form and year, and keeps addresses apart", async () => {
    await save(editor, {});
    const again = await save(editor, {});
    expect(again).toMatchObject({
      ok: true,
      slug: "47-kh-ldld-ke-hoach-to-chuc-thang-cong-nhan-nam-2023-2",
      warnings: ["Số 47/KH-LĐLĐ năm 2022 đã có văn bản cùng loại: “Kế hoạch tổ chức Tháng Công nhân năm 2023”. Hãy kiểm tra xem có đăng ký trùng không."],
    });
    // Another year, or another form, is another number.
    expect(await save(editor, { fields: { ...fields, issuedOn: "05/01/2023" } })).toMatchObject({ ok: true, warnings: [] });
    expect(await save(editor, { fields: { ...fields, formId: "2" } })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe("taking a document down and deleting it", () => {
  async function published() {
    const result = await save(editor, { intent: "publish" });
    if (!result.ok) throw new Error(result.formError);
    return result.documentId;
  }

  it("takes a published document off the register, for editors only, and says so in the audit log", async () => {
    const id = await published();
    expect(await unpublishDocumentCommand(db, contributor, id)).toMatchObject({ ok: false, formError: "Chỉ biên tập viên và quản trị viên được gỡ văn bản, và chỉ văn bản đang đăng." });
    expect(await unpublishDocumentCommand(db, editor, id, "10.0.0.7")).toEqual({ ok: true, message: "Đã gỡ văn bản khỏi trang công khai." });
    expect(await register()).toEqual([]);
    expect(await unpublishDocumentCommand(db, editor, id)).toMatchObject({ ok: false });
    expect((await auditEntriesPage(db, {}, { offset: 0, limit: 5 })).items[0]).toMatchObject({ action: "document-unpublish", target: "Văn bản: 47/KH-LĐLĐ", ip: "10.0.0.7" });
  });

  it("deletes only what is not public, with its links, and removes its files and previews after", async () => {
    const id = await published();
    const unit = await insertUnit(db);
    const article = await insertArticle(db, { unitId: unit.id, categoryId: (await insertCategory(db)).id });
    await writeTransaction(db, async (tx) => {
      await tx.insert(documentFiles).values([
        { documentId: id, storageKey: "ke-hoach-47-a1", fileName: "Kế hoạch 47.pdf", kind: "pdf", sizeBytes: 1000, previewKey: "ke-hoach-47-a1-trang-1" },
        { documentId: id, storageKey: "ke-hoach-47-b2", fileName: "Phụ lục.xlsx", kind: "xlsx", sizeBytes: 500 },
      ]);
      await tx.insert(articleDocuments).values({ articleId: article.id, documentId: id });
    });
    const onDisk = ["van-ban/ke-hoach-47-a1.pdf", "ke-hoach-47-a1-trang-1-480.webp", "ke-hoach-47-a1-trang-1-480.jpg", "ke-hoach-47-a1-trang-1-960.webp", "ke-hoach-47-a1-trang-1-960.jpg", "van-ban/ke-hoach-47-b2.xlsx"];
    fs.mkdirSync(path.join(mediaDir, "van-ban"));
    for (const name of [...onDisk, "van-ban/khac.pdf"]) fs.writeFileSync(path.join(mediaDir, name), "x");
    expect(await deleteDocumentCommand(db, editor, id, deletion())).toMatchObject({ ok: false, formError: expect.stringContaining("văn bản đang đăng phải được gỡ trước") });
    expect(onDisk.every((name) => fs.existsSync(path.join(mediaDir, name)))).toBe(true);
    await unpublishDocumentCommand(db, editor, id);
    const deleted = await deleteDocumentCommand(db, editor, id, deletion("10.0.0.7"));
    expect(deleted).toEqual({ ok: true, message: "Đã xóa văn bản.", removedFiles: onDisk });
    // Another document's file stays.
    expect(fs.readdirSync(mediaDir, { recursive: true }).map(String).sort()).toEqual(["van-ban", "van-ban/khac.pdf"]);
    expect([await db.select().from(documents), await db.select().from(documentFiles), await db.select().from(articleDocuments)]).toEqual([[], [], []]);
    expect((await auditEntriesPage(db, {}, { offset: 0, limit: 5 })).items[0]).toMatchObject({ action: "document-delete", target: "Văn bản: 47/KH-LĐLĐ" });
  });

  it("lets a contributor delete their own draft, not another's", async () => {
    const own = await save(contributor, {});
    const others = await save(otherContributor, { fields: { ...fields, number: "48/KH-LĐLĐ" } });
    if (!own.ok || !others.ok) throw new Error("not saved");
    expect(await deleteDocumentCommand(db, contributor, others.documentId, deletion())).toMatchObject({ ok: false });
    expect(await deleteDocumentCommand(db, contributor, own.documentId, deletion())).toMatchObject({ ok: true, removedFiles: [] });
    expect((await db.select({ id: documents.id }).from(documents)).map((row) => row.id)).toEqual([others.documentId]);
  });
});
