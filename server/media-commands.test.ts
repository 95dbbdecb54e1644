import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mediaFileNames } from "@/core/media-files";
import { MEDIA_NOT_YOURS } from "@/core/permissions";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { insertMedia, mediaById } from "@/db/queries/media";
import { createTestDatabase, failWrites, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase, isForcedFailure } from "@/db/test-database";
import { deleteMediaCommand, updateMediaCommand } from "./media-commands";
import { writeTransaction } from "@/db/transaction";
import { localMediaStore } from "@/server/media-store-local";

let handle: TestDatabase;
let db: Database;
let mediaDir: string;
let sequence = 0;
const reported: string[] = [];
const context = () => ({ ip: "10.1.2.3", store: localMediaStore(mediaDir), reportError: (message: string) => reported.push(message) });

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-media-"));
  reported.length = 0;
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

/** An image row with its six files on disk, as an upload leaves it. */
async function storedImage(uploadedBy: number | null, values: { alt?: string; originalName?: string } = {}) {
  const n = ++sequence;
  const row = await writeTransaction(db, (tx) => insertMedia(tx, { storageKey: `anh-thu-${n}`, originalName: `anh-thu-${n}.jpg`, width: 1600, height: 1200, variantWidths: [480, 960, 1600], sizeBytes: 10, uploadedBy, ...values }));
  for (const name of mediaFileNames(row)) fs.writeFileSync(path.join(mediaDir, name), "x");
  return row;
}
const filesOf = (row: { storageKey: string }) => fs.readdirSync(mediaDir).filter((name) => name.startsWith(`${row.storageKey}-`));

describe("updateMediaCommand", () => {
  it("saves the description and credit, trimmed, and records who changed what", async () => {
    const editor = await insertUser(db, { role: "editor", displayName: "Biên tập Hà" });
    const photo = await storedImage(null, { alt: "Cũ", originalName: "hoi-nghi.jpg" });
    expect(await updateMediaCommand(db, editor, photo.id, { alt: "  Hội nghị công đoàn  ", credit: "Ảnh: Trần Bình" }, context())).toMatchObject({ ok: true, message: "Đã lưu thông tin ảnh “hoi-nghi.jpg”." });
    expect(await mediaById(db, photo.id)).toMatchObject({ alt: "Hội nghị công đoàn", credit: "Ảnh: Trần Bình" });
    expect((await auditEntriesPage(db, { action: "media-update" }, { offset: 0, limit: 5 })).items).toMatchObject([
      { actorName: "Biên tập Hà", target: "Ảnh: hoi-nghi.jpg", detail: "Sửa mô tả, nguồn ảnh / tác giả", ip: "10.1.2.3" },
    ]);
  });

  it("returns every field's error and saves nothing", async () => {
    const admin = await insertUser(db, { role: "admin" });
    const photo = await storedImage(null, { alt: "Giữ nguyên" });
    expect(await updateMediaCommand(db, admin, photo.id, { alt: "a".repeat(301), credit: "b".repeat(151) }, context())).toEqual({
      ok: false,
      formError: "Chưa lưu được: hãy sửa các mục được đánh dấu.",
      fieldErrors: { alt: ["Mô tả ảnh dài quá 300 ký tự."], credit: ["Nguồn ảnh / tác giả dài quá 150 ký tự."] },
    });
    expect(await mediaById(db, photo.id)).toMatchObject({ alt: "Giữ nguyên", credit: "" });
  });

  it("lets a contributor change their own image only", async () => {
    const owner = await insertUser(db, { role: "contributor" });
    const other = await insertUser(db, { role: "contributor" });
    const photo = await storedImage(owner.id);
    expect(await updateMediaCommand(db, other, photo.id, { alt: "Chiếm", credit: "" }, context())).toEqual({ ok: false, formError: MEDIA_NOT_YOURS, fieldErrors: undefined });
    expect(await updateMediaCommand(db, owner, photo.id, { alt: "Của tôi", credit: "" }, context())).toMatchObject({ ok: true });
    expect((await mediaById(db, photo.id))?.alt).toBe("Của tôi");
  });

  it("says which published articles show the image, so their pages can be refreshed", async () => {
    const editor = await insertUser(db, { role: "editor" });
    const photo = await storedImage(null);
    const article = await insertArticle(db, { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id, coverMediaId: photo.id });
    const result = await updateMediaCommand(db, editor, photo.id, { alt: "Mới", credit: "" }, context());
    expect(result.ok && result.usage.articles.map((a) => [a.id, a.published])).toEqual([[article.id, true]]);
  });
});

describe("deleteMediaCommand", () => {
  it("deletes an unused image's row and all its files, and records it", async () => {
    const editor = await insertUser(db, { role: "editor", displayName: "Biên tập Hà" });
    const photo = await storedImage(null, { originalName: "thua.jpg" });
    const kept = await storedImage(null);
    expect(await deleteMediaCommand(db, editor, photo.id, context())).toEqual({ ok: true, message: "Đã xóa ảnh “thua.jpg” khỏi thư viện." });
    expect(await mediaById(db, photo.id)).toBeNull();
    expect(filesOf(photo)).toEqual([]);
    expect(filesOf(kept)).toHaveLength(6);
    expect((await auditEntriesPage(db, { action: "media-delete" }, { offset: 0, limit: 5 })).items).toMatchObject([{ actorName: "Biên tập Hà", target: "Ảnh: thua.jpg", ip: "10.1.2.3" }]);
  });

  it("refuses an image in use, naming the article, and keeps the row and its files", async () => {
    const admin = await insertUser(db, { role: "admin" });
    const photo = await storedImage(null, { originalName: "bia.jpg" });
    await insertArticle(db, { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id, title: "Đại hội Công đoàn tỉnh", coverMediaId: photo.id });
    expect(await deleteMediaCommand(db, admin, photo.id, context())).toMatchObject({
      ok: false,
      formError: "Không thể xóa ảnh “bia.jpg” vì đang được dùng: làm ảnh đại diện của bài “Đại hội Công đoàn tỉnh”. Hãy gỡ ảnh khỏi những chỗ này trước.",
    });
    expect(await mediaById(db, photo.id)).not.toBeNull();
    expect(filesOf(photo)).toHaveLength(6);
    expect((await auditEntriesPage(db, { action: "media-delete" }, { offset: 0, limit: 5 })).total).toBe(0);
  });

  it("refuses a contributor someone else's image, and a missing image", async () => {
    const owner = await insertUser(db, { role: "contributor" });
    const other = await insertUser(db, { role: "contributor" });
    const photo = await storedImage(owner.id);
    expect(await deleteMediaCommand(db, other, photo.id, context())).toMatchObject({ ok: false, formError: MEDIA_NOT_YOURS });
    expect(filesOf(photo)).toHaveLength(6);
    expect(await deleteMediaCommand(db, other, 99_999, context())).toMatchObject({ ok: false, formError: expect.stringContaining("Không tìm thấy ảnh") });
    expect(await deleteMediaCommand(db, owner, photo.id, context())).toMatchObject({ ok: true });
  });

  it("keeps the row and every file when the audit entry cannot be written", async () => {
    const editor = await insertUser(db, { role: "editor" });
    const photo = await storedImage(null);
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(deleteMediaCommand(db, editor, photo.id, context())).rejects.toSatisfy(isForcedFailure);
    expect(await mediaById(db, photo.id)).not.toBeNull();
    expect(filesOf(photo)).toHaveLength(6);
  });

  it("deletes the row even when a file cannot be removed, and reports that file", async () => {
    const editor = await insertUser(db, { role: "editor" });
    const photo = await storedImage(null);
    // A folder where a file should be: rm without `recursive` refuses it.
    const stuck = path.join(mediaDir, `${photo.storageKey}-960.webp`);
    fs.rmSync(stuck);
    fs.mkdirSync(stuck);
    fs.writeFileSync(path.join(stuck, "x"), "x");
    expect(await deleteMediaCommand(db, editor, photo.id, context())).toMatchObject({ ok: true });
    expect(await mediaById(db, photo.id)).toBeNull();
    expect(filesOf(photo)).toEqual([`${photo.storageKey}-960.webp`]);
    expect(reported).toEqual([`The image file ${photo.storageKey}-960.webp could not be removed after its row was deleted; it is left in ${mediaDir}, unused`]);
  });
});
