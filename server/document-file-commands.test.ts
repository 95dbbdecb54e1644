// A document's files on a real database (each dialect) and a real folder: stored by content with
// a PDF's preview drawn by pdftoppm, refused with their reasons (nothing stored), removed from disk
// with their rows, moved, and only by whoever may edit the document.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { documentFilesOf } from "@/db/queries/document-files";
import type { SessionUser } from "@/db/queries/users";
import { documentFiles } from "@/db/schema";
import { createTestDatabase, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { onePagePdf } from "@/tests/pdf-fixtures";
import { deleteDocumentCommand, saveDocumentCommand } from "./document-commands";
import { attachDocumentFileCommand, moveDocumentFileCommand, removeDocumentFileCommand } from "./document-file-commands";
import { localMediaStore } from "@/server/media-store-local";

let handle: TestDatabase;
let db: Database;
let dir: string;
let mediaDir: string;
let editor: SessionUser;
let contributor: SessionUser;
let otherContributor: SessionUser;
let unitId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-tep-van-ban-"));
  mediaDir = path.join(dir, "media");
  unitId = (await insertUnit(db, { name: "Liên đoàn Lao động tỉnh" })).id;
  editor = await insertUser(db, { role: "editor", unitId });
  contributor = await insertUser(db, { role: "contributor", unitId });
  otherContributor = await insertUser(db, { role: "contributor", unitId });
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function registered(by: SessionUser, number = "47/KH-LĐLĐ"): Promise<number> {
  const fields = { formId: "4", issuer: `unit:${unitId}`, newIssuer: "", number, issuedOn: "21/12/2022", inForceOn: "", ceasesOn: "", signer: "", abstract: "Kế hoạch tổ chức Tháng Công nhân", field: "", legalStatus: "in-force", slug: "" };
  const saved = await saveDocumentCommand(db, by, { documentId: null, baseVersion: null, intent: "save", fields });
  if (!saved.ok) throw new Error(saved.formError);
  return saved.documentId;
}

const officeOpenXml = (main: string, part: string) =>
  zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${main}"/></Types>`),
    "_rels/.rels": strToU8("<Relationships/>"),
    [part]: strToU8("<x/>"),
  });
const xlsx = () => officeOpenXml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml");
const docx = () => officeOpenXml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml");

let uploads = 0;
/** As the route hands it over: the body already streamed to a temporary file. */
function attach(user: SessionUser, documentId: number, bytes: Uint8Array | string, fileName: string) {
  const file = path.join(dir, `upload-${++uploads}`);
  fs.writeFileSync(file, bytes);
  return attachDocumentFileCommand(db, user, documentId, { path: file, fileName }, { store: localMediaStore(mediaDir) });
}
const stored = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir, { recursive: true }).map(String).filter((name) => name.includes(".")).sort() : []);

describe("attachDocumentFileCommand", () => {
  it("stores a PDF under a new key with its first page as a 480 and 960 preview, after the document's other files", async () => {
    const id = await registered(editor);
    const first = await attach(editor, id, onePagePdf([0, 0, 1]), "Kế hoạch 47.pdf");
    if (!first.ok) throw new Error(first.message);
    expect(first.file).toMatchObject({ fileName: "Kế hoạch 47.pdf", kind: "pdf", href: `/api/van-ban/tep/${first.file.id}` });
    expect(first.file.previewKey).toMatch(/^[0-9a-f]{24}$/);
    const key = first.file.previewKey ?? "";
    const [row] = await db.select().from(documentFiles);
    expect(stored()).toEqual([`${key}-480.webp`, `${key}-960.jpg`, `${key}-960.webp`, `van-ban/${row?.storageKey}.pdf`].sort());
    expect(fs.readFileSync(path.join(mediaDir, `van-ban/${row?.storageKey}.pdf`))).toEqual(onePagePdf([0, 0, 1]));
    // The page's top half is blue: the preview is the page, drawn.
    const { data } = await sharp(path.join(mediaDir, `${key}-960.jpg`)).extract({ left: 400, top: 100, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[2]).toBeGreaterThan(200);
    expect(data[0]).toBeLessThan(60);

    const second = await attach(editor, id, xlsx(), "Phụ lục.xlsx");
    expect(second).toMatchObject({ ok: true, file: { fileName: "Phụ lục.xlsx", kind: "xlsx", previewKey: null }, published: false });
    expect((await documentFilesOf(db, id)).map((file) => file.fileName)).toEqual(["Kế hoạch 47.pdf", "Phụ lục.xlsx"]);
  });

  it("refuses a renamed program, a ZIP posing as Word, an empty file and one over 20 MB, each with its reason, storing nothing", async () => {
    const id = await registered(editor);
    const program = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0")]);
    expect(await attach(editor, id, program, "ke-hoach.pdf")).toEqual({ ok: false, status: 415, message: "Tệp “ke-hoach.pdf” là một chương trình chạy được, không phải văn bản, nên không tải lên được." });
    expect(await attach(editor, id, zipSync({ "anh.txt": strToU8("không phải Word") }), "bao-cao.docx")).toMatchObject({ ok: false, status: 415, message: expect.stringContaining("Nội dung tệp “bao-cao.docx” không phải PDF, Word") });
    expect(await attach(editor, id, "", "trong.pdf")).toEqual({ ok: false, status: 400, message: "Tệp “trong.pdf” rỗng, không có nội dung để tải lên." });
    const big = Buffer.concat([onePagePdf(), Buffer.alloc(25 * 1024 * 1024)]);
    expect(await attach(editor, id, big, "quet.pdf")).toMatchObject({ ok: false, status: 413, message: expect.stringContaining("quá giới hạn 20 MB") });
    expect(stored()).toEqual([]);
    expect(await db.select().from(documentFiles)).toEqual([]);
  });

  it("lets a contributor add files to their own document, not to another's, and says when there is no document", async () => {
    const own = await registered(contributor);
    const others = await registered(otherContributor, "48/KH-LĐLĐ");
    expect(await attach(contributor, others, onePagePdf(), "a.pdf")).toEqual({ ok: false, status: 403, message: "Bạn không có quyền thay đổi tệp của văn bản này." });
    expect(await attach(contributor, 9999, onePagePdf(), "a.pdf")).toMatchObject({ ok: false, status: 404 });
    expect(stored()).toEqual([]);
    expect(await attach(contributor, own, onePagePdf(), "a.pdf")).toMatchObject({ ok: true });
  });
});

describe("removing and moving a document's files", () => {
  it("moves a file up and down among its document's files", async () => {
    const id = await registered(editor);
    const files = [];
    for (const name of ["A.pdf", "B.pdf", "C.pdf"]) {
      const result = await attach(editor, id, onePagePdf(), name);
      if (!result.ok) throw new Error(result.message);
      files.push(result.file);
    }
    const [a, , c] = files;
    expect(await moveDocumentFileCommand(db, editor, c?.id ?? 0, "up")).toMatchObject({ ok: true, message: "Đã chuyển tệp “C.pdf” lên." });
    expect((await documentFilesOf(db, id)).map((file) => file.fileName)).toEqual(["A.pdf", "C.pdf", "B.pdf"]);
    expect(await moveDocumentFileCommand(db, editor, a?.id ?? 0, "up")).toMatchObject({ ok: true, message: "Tệp “A.pdf” đã ở đầu danh sách." });
    expect(await moveDocumentFileCommand(db, otherContributor, a?.id ?? 0, "down")).toMatchObject({ ok: false, formError: "Bạn không có quyền thay đổi tệp của văn bản này." });
    expect((await documentFilesOf(db, id)).map((file) => file.fileName)).toEqual(["A.pdf", "C.pdf", "B.pdf"]);
  });

  it("removes a file's row, then its bytes and preview from disk; others' files stay", async () => {
    const id = await registered(editor);
    const kept = await attach(editor, id, onePagePdf(), "Giữ.pdf");
    const gone = await attach(editor, id, onePagePdf([0, 1, 0]), "Gỡ.pdf");
    if (!kept.ok || !gone.ok) throw new Error("not attached");
    const before = stored();
    expect(await removeDocumentFileCommand(db, contributor, gone.file.id, { store: localMediaStore(mediaDir) })).toMatchObject({ ok: false });
    expect(stored()).toEqual(before);
    expect(await removeDocumentFileCommand(db, editor, gone.file.id, { store: localMediaStore(mediaDir) })).toMatchObject({ ok: true, message: "Đã gỡ tệp “Gỡ.pdf”.", files: [{ fileName: "Giữ.pdf" }] });
    // The kept PDF and its preview: WebP at 480 and 960, JPEG at 960.
    expect(stored()).toHaveLength(4);
    expect(stored().some((name) => name.startsWith(gone.file.previewKey ?? "?"))).toBe(false);
    expect(stored().filter((name) => name.startsWith(kept.file.previewKey ?? "?"))).toHaveLength(3);
  });

  it("deleting the document removes every file it left on disk", async () => {
    const id = await registered(editor);
    await attach(editor, id, onePagePdf(), "Kế hoạch.pdf");
    await attach(editor, id, docx(), "Phụ lục.docx");
    expect(stored()).toHaveLength(5);
    const deleted = await deleteDocumentCommand(db, editor, id, { store: localMediaStore(mediaDir) });
    expect(deleted).toMatchObject({ ok: true, removedFiles: expect.arrayContaining([expect.stringMatching(/^van-ban\/[0-9a-f]{24}\.docx$/)]) });
    expect(stored()).toEqual([]);
  });
});
