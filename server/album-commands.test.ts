// The albums' commands on a real database (each dialect): saving with the version check, publishing
// (which needs a photo), the 300-photo limit through the real upload pipeline, the order after
// moves and removals, the cover's fallback, who may, and an album's images kept in the library.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_ALBUM_PHOTOS } from "@/core/albums";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import type { SessionUser } from "@/db/queries/users";
import { movedSlugTarget } from "@/db/queries/moved-slugs";
import { albumForEditing } from "@/db/queries/workspace-albums";
import { albumPhotos, albums, media } from "@/db/schema";
import { createTestDatabase, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";
import {
  albumPhotoAppender,
  albumUploadRefusal,
  deleteAlbumCommand,
  removeAlbumPhotoCommand,
  reorderAlbumPhotosCommand,
  saveAlbumCommand,
  saveAlbumPhotoTextCommand,
  setAlbumCoverCommand,
  unpublishAlbumCommand,
  type AlbumSaveRequest,
} from "./album-commands";
import { deleteMediaCommand } from "./media-commands";
import { storeUploadedImage } from "./media-upload";
import { localMediaStore } from "@/server/media-store-local";

const NOW = new Date("2026-11-30T03:00:00Z");

let handle: TestDatabase;
let db: Database;
let editor: SessionUser;
let contributor: SessionUser;
let dir: string;
let mediaDir: string;
let fields: Record<string, string>;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const unitId = (await insertUnit(db, { name: "Công đoàn Viên chức tỉnh" })).id;
  editor = await insertUser(db, { role: "editor", unitId });
  contributor = await insertUser(db, { role: "contributor", unitId });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-album-"));
  mediaDir = path.join(dir, "media");
  fields = { title: "Đại hội Công đoàn Viên chức tỉnh lần thứ IV", takenOn: "21/12/2022", unitId: String(unitId), description: "Hai ngày đại hội.", slug: "" };
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const save = (user: SessionUser, request: Partial<AlbumSaveRequest>) => saveAlbumCommand(db, user, { albumId: null, baseVersion: null, intent: "save", fields, ...request }, NOW);

async function newAlbum(): Promise<{ id: number; version: number }> {
  const result = await save(editor, {});
  if (!result.ok) throw new Error(result.formError);
  return { id: result.albumId, version: result.version };
}

let sequence = 0;
/** An image of the library and its photo row, written straight to the tables (no files). */
async function addPhotoRow(albumId: number, name = `anh-${++sequence}.jpg`): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const [image] = await tx.insert(media).values({ storageKey: `khoa${++sequence}`, originalName: name, width: 800, height: 600, variantWidths: [480, 800], sizeBytes: 1000, uploadedBy: editor.id }).returning({ id: media.id });
    const [photo] = await tx.insert(albumPhotos).values({ albumId, mediaId: image!.id, sortOrder: sequence }).returning({ id: albumPhotos.id });
    return photo!.id;
  });
}

/** Many photo rows at once, in one transaction: an album filled up to its limit. */
async function addPhotoRows(albumId: number, count: number): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const first = ++sequence;
    sequence += count;
    const keys = Array.from({ length: count }, (_, n) => `lo${first + n}`);
    const images = await tx.insert(media).values(keys.map((storageKey) => ({ storageKey, originalName: `${storageKey}.jpg`, width: 800, height: 600, variantWidths: [480, 800], sizeBytes: 1000, uploadedBy: editor.id }))).returning({ id: media.id });
    await tx.insert(albumPhotos).values(images.map((image, n) => ({ albumId, mediaId: image.id, sortOrder: first + n })));
  });
}

/** An upload through the media pipeline into the album, as the route does it. */
async function uploadInto(albumId: number, user: SessionUser, fileName: string) {
  const file = path.join(dir, `upload-${++sequence}`);
  fs.writeFileSync(file, await sharp({ create: { width: 640, height: 480, channels: 3, background: "#336699" } }).jpeg().toBuffer());
  return storeUploadedImage(db, { path: file, fileName, alt: "", uploadedBy: user.id }, localMediaStore(mediaDir), albumPhotoAppender(user, albumId, fileName, () => {}));
}

const photoNames = async (albumId: number) => (await albumForEditing(db, albumId))?.photos.map((photo) => photo.originalName);
const auditTrail = async () => (await auditEntriesPage(db, {}, { offset: 0, limit: 20 })).items.map((entry) => [entry.action, entry.target]);

describe("saveAlbumCommand", () => {
  it("creates a draft with an address from the title, and refuses a save over someone else's", async () => {
    const created = await save(editor, {});
    expect(created).toMatchObject({ ok: true, status: "draft", slug: "dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-iv", version: 1, visible: false });
    if (!created.ok) return;
    const first = await save(editor, { albumId: created.albumId, baseVersion: 1, fields: { ...fields, title: "Đại hội lần thứ IV" } });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const stale = await save(editor, { albumId: created.albumId, baseVersion: 1, fields: { ...fields, title: "Bản cũ" } });
    expect(stale).toMatchObject({ ok: false, formError: expect.stringMatching(/^Có người khác vừa lưu album này/) });
    expect((await albumForEditing(db, created.albumId))?.title).toBe("Đại hội lần thứ IV");
  });

  it("names every field's problem and writes nothing", async () => {
    const result = await save(editor, { fields: { ...fields, title: "", takenOn: "31/02/2023", unitId: "999" } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: ["Hãy nhập tên album."], takenOn: [expect.stringMatching(/^“Ngày của album”/)] } });
    expect(await save(editor, { fields: { ...fields, unitId: "999" } })).toMatchObject({ ok: false, fieldErrors: { unitId: ["Đơn vị này không còn: hãy chọn lại."] } });
    expect(await db.select().from(albums)).toEqual([]);
  });

  it("publishes only an album with a photo, and logs who published it", async () => {
    const album = await newAlbum();
    expect(await save(editor, { albumId: album.id, baseVersion: album.version, intent: "publish" })).toEqual({ ok: false, formError: "Album chưa có ảnh nào: hãy tải lên ít nhất một ảnh trước khi xuất bản.", fieldErrors: undefined });
    expect((await albumForEditing(db, album.id))?.status).toBe("draft");
    await addPhotoRow(album.id);
    expect(await save(editor, { albumId: album.id, baseVersion: album.version, intent: "publish", ip: "10.0.0.9" })).toMatchObject({ ok: true, status: "published", visible: true, message: "Đã xuất bản album." });
    expect(await auditTrail()).toEqual([["album-publish", "Album: Đại hội Công đoàn Viên chức tỉnh lần thứ IV"]]);
  });

  it("keeps a published album's old address leading to it when its slug changes, and numbers a new one past it", async () => {
    const album = await newAlbum();
    await addPhotoRow(album.id);
    const published = await save(editor, { albumId: album.id, baseVersion: album.version, intent: "publish" });
    if (!published.ok) throw new Error(published.formError);
    const moved = await save(editor, { albumId: album.id, baseVersion: published.version, fields: { ...fields, slug: "dai-hoi-lan-thu-iv" } });
    expect(moved).toMatchObject({ ok: true, slug: "dai-hoi-lan-thu-iv", visible: true });
    expect(await movedSlugTarget(db, "album", "dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-iv")).toBe("dai-hoi-lan-thu-iv");
    expect(await save(editor, {})).toMatchObject({ ok: true, slug: "dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-iv-2" });
    expect(await unpublishAlbumCommand(db, editor, album.id)).toMatchObject({ ok: true });
    expect(await movedSlugTarget(db, "album", "dai-hoi-cong-doan-vien-chuc-tinh-lan-thu-iv")).toBeNull();
  });

  it("refuses a contributor every step on albums", async () => {
    expect(await save(contributor, {})).toMatchObject({ ok: false, formError: "Chỉ biên tập viên và quản trị viên được quản lý album ảnh." });
    expect(await db.select().from(albums)).toEqual([]);
    const album = await newAlbum();
    const photo = await addPhotoRow(album.id);
    expect(await albumUploadRefusal(db, contributor, album.id)).toEqual({ status: 403, message: "Chỉ biên tập viên và quản trị viên được quản lý album ảnh." });
    expect(await uploadInto(album.id, contributor, "cua-ctv.jpg")).toMatchObject({ ok: false, status: 409 });
    for (const attempt of [
      () => save(contributor, { albumId: album.id, baseVersion: album.version }),
      () => reorderAlbumPhotosCommand(db, contributor, album.id, [photo]),
      () => setAlbumCoverCommand(db, contributor, album.id, photo),
      () => saveAlbumPhotoTextCommand(db, contributor, album.id, photo, { caption: "x", credit: "" }),
      () => removeAlbumPhotoCommand(db, contributor, album.id, photo),
      () => deleteAlbumCommand(db, contributor, album.id),
    ]) {
      expect(await attempt()).toMatchObject({ ok: false, formError: "Chỉ biên tập viên và quản trị viên được quản lý album ảnh." });
    }
    expect(await photoNames(album.id)).toHaveLength(1);
  });
});

describe("an album's photos", () => {
  it("appends uploads at the end through the media pipeline, and refuses the 301st with its files", { timeout: 30_000 }, async () => {
    const album = await newAlbum();
    expect(await uploadInto(album.id, editor, "mot.jpg")).toMatchObject({ ok: true });
    expect(await uploadInto(album.id, editor, "hai.jpg")).toMatchObject({ ok: true });
    expect(await photoNames(album.id)).toEqual(["mot.jpg", "hai.jpg"]);
    await addPhotoRows(album.id, MAX_ALBUM_PHOTOS - 2);
    const filesBefore = fs.readdirSync(mediaDir).sort();
    const imagesBefore = (await db.select().from(media)).length;
    expect(await albumUploadRefusal(db, editor, album.id)).toEqual({ status: 409, message: "Album đã đủ 300 ảnh nên không thêm được ảnh. Hãy bỏ bớt ảnh hoặc tạo một album khác." });
    // The route checks first; the append checks again in the image's transaction, and nothing is kept.
    expect(await uploadInto(album.id, editor, "thua.jpg")).toEqual({ ok: false, status: 409, message: "Album đã đủ 300 ảnh nên không thêm được ảnh “thua.jpg”. Hãy bỏ bớt ảnh hoặc tạo một album khác." });
    expect((await db.select().from(media)).length).toBe(imagesBefore);
    expect(fs.readdirSync(mediaDir).sort()).toEqual(filesBefore);
    expect(await photoNames(album.id)).toHaveLength(MAX_ALBUM_PHOTOS);
  });

  it("keeps the order the editor set, after moves and a removal", async () => {
    const album = await newAlbum();
    const [a, b, c, d] = [await addPhotoRow(album.id, "a.jpg"), await addPhotoRow(album.id, "b.jpg"), await addPhotoRow(album.id, "c.jpg"), await addPhotoRow(album.id, "d.jpg")];
    expect(await reorderAlbumPhotosCommand(db, editor, album.id, [c!, a!, d!, b!])).toMatchObject({ ok: true, visible: false });
    expect(await photoNames(album.id)).toEqual(["c.jpg", "a.jpg", "d.jpg", "b.jpg"]);
    expect(await removeAlbumPhotoCommand(db, editor, album.id, a!)).toMatchObject({ ok: true, message: "Đã bỏ ảnh “a.jpg” khỏi album. Ảnh vẫn còn trong thư viện ảnh." });
    expect(await photoNames(album.id)).toEqual(["c.jpg", "d.jpg", "b.jpg"]);
    // An order that misses a photo, repeats one or names the removed one is refused, and changes nothing.
    for (const wrong of [[c!, d!], [c!, d!, d!], [c!, d!, b!, a!], [a!, d!, b!]]) {
      expect(await reorderAlbumPhotosCommand(db, editor, album.id, wrong)).toMatchObject({ ok: false, formError: expect.stringMatching(/^Ảnh trong album vừa thay đổi/) });
    }
    expect(await photoNames(album.id)).toEqual(["c.jpg", "d.jpg", "b.jpg"]);
    expect(await uploadInto(album.id, editor, "e.jpg")).toMatchObject({ ok: true });
    expect(await photoNames(album.id)).toEqual(["c.jpg", "d.jpg", "b.jpg", "e.jpg"]);
  });

  it("shows the chosen cover, and the first photo once the cover is removed or never chosen", async () => {
    const album = await newAlbum();
    expect((await albumForEditing(db, album.id))?.coverPhotoId).toBeNull();
    const first = await addPhotoRow(album.id);
    const second = await addPhotoRow(album.id, "bia.jpg");
    expect((await albumForEditing(db, album.id))?.coverPhotoId).toBe(first);
    expect(await setAlbumCoverCommand(db, editor, album.id, second)).toMatchObject({ ok: true, message: "Đã chọn ảnh “bia.jpg” làm ảnh bìa." });
    expect((await albumForEditing(db, album.id))?.coverPhotoId).toBe(second);
    await removeAlbumPhotoCommand(db, editor, album.id, second);
    expect((await albumForEditing(db, album.id))?.coverPhotoId).toBe(first);
    const other = await newAlbum();
    const elsewhere = await addPhotoRow(other.id);
    expect(await setAlbumCoverCommand(db, editor, album.id, elsewhere)).toMatchObject({ ok: false });
  });

  it("saves a photo's caption and credit", async () => {
    const album = await newAlbum();
    const photo = await addPhotoRow(album.id, "doan-chu-tich.jpg");
    expect(await saveAlbumPhotoTextCommand(db, editor, album.id, photo, { caption: "Đoàn chủ tịch điều hành đại hội", credit: "Ảnh: Minh Hà" })).toMatchObject({ ok: true });
    expect((await albumForEditing(db, album.id))?.photos[0]).toMatchObject({ caption: "Đoàn chủ tịch điều hành đại hội", credit: "Ảnh: Minh Hà" });
    expect(await saveAlbumPhotoTextCommand(db, editor, album.id, photo, { caption: "x".repeat(501), credit: "" })).toMatchObject({ ok: false, fieldErrors: { caption: ["Chú thích dài quá 500 ký tự."] } });
  });
});

describe("taking an album down and deleting it", () => {
  it("refuses to delete a published album until it is taken down, and keeps its images", async () => {
    const album = await newAlbum();
    const photo = await addPhotoRow(album.id, "dai-hoi.jpg");
    await save(editor, { albumId: album.id, baseVersion: album.version, intent: "publish" });
    expect(await deleteAlbumCommand(db, editor, album.id)).toMatchObject({ ok: false, formError: "Album đang xuất bản phải được gỡ trước khi xóa." });
    expect(await removeAlbumPhotoCommand(db, editor, album.id, photo)).toMatchObject({ ok: false, formError: expect.stringMatching(/^Album đang xuất bản phải còn ít nhất một ảnh/) });
    expect(await unpublishAlbumCommand(db, editor, album.id)).toMatchObject({ ok: true, visible: true });
    expect(await unpublishAlbumCommand(db, editor, album.id)).toMatchObject({ ok: false, formError: "Chỉ gỡ được album đang xuất bản." });
    expect(await deleteAlbumCommand(db, editor, album.id)).toMatchObject({ ok: true });
    expect(await db.select().from(albums)).toEqual([]);
    expect((await db.select().from(media)).map((image) => image.originalName)).toEqual(["dai-hoi.jpg"]);
    expect(await auditTrail()).toEqual([
      ["album-delete", "Album: Đại hội Công đoàn Viên chức tỉnh lần thứ IV"],
      ["album-unpublish", "Album: Đại hội Công đoàn Viên chức tỉnh lần thứ IV"],
      ["album-publish", "Album: Đại hội Công đoàn Viên chức tỉnh lần thứ IV"],
    ]);
  });

  it("keeps an image in the library while an album holds it, naming the album", async () => {
    const album = await newAlbum();
    const uploaded = await uploadInto(album.id, editor, "hoi-truong.jpg");
    if (!uploaded.ok) throw new Error(uploaded.message);
    expect(await deleteMediaCommand(db, editor, uploaded.media.id, { ip: "", store: localMediaStore(mediaDir) })).toEqual({
      ok: false,
      formError: "Không thể xóa ảnh “hoi-truong.jpg” vì đang được dùng: trong album “Đại hội Công đoàn Viên chức tỉnh lần thứ IV”. Hãy gỡ ảnh khỏi những chỗ này trước.",
      fieldErrors: undefined,
    });
    const [photo] = await db.select().from(albumPhotos);
    await removeAlbumPhotoCommand(db, editor, album.id, photo!.id);
    expect(await deleteMediaCommand(db, editor, uploaded.media.id, { ip: "", store: localMediaStore(mediaDir) })).toMatchObject({ ok: true });
  });
});
