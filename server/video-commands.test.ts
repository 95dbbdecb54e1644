// Video entries on a real database (each dialect): who may add them, the YouTube-only link, the
// version check, publishing and taking down, and what the public pages then read.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import type { SessionUser } from "@/db/queries/users";
import { movedSlugTarget } from "@/db/queries/moved-slugs";
import { publishedVideoBySlug, publishedVideosPage, workspaceVideosPage } from "@/db/queries/videos";
import { createTestDatabase, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { deleteVideoCommand, saveVideoCommand, unpublishVideoCommand, type VideoSaveRequest } from "./video-commands";

const NOW = new Date("2026-11-30T03:00:00Z");

let handle: TestDatabase;
let db: Database;
let editor: SessionUser;
let contributor: SessionUser;
let unitId: number;
let fields: Record<string, string>;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db, { name: "Công đoàn Viên chức tỉnh" })).id;
  editor = await insertUser(db, { role: "editor", unitId });
  contributor = await insertUser(db, { role: "contributor", unitId });
  fields = { title: "Hội diễn văn nghệ công nhân 2026", link: "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=45s", takenOn: "01/05/2026", unitId: String(unitId), description: "Tiết mục mở màn.", slug: "" };
});
afterEach(() => handle.close());

const save = (user: SessionUser, request: Partial<VideoSaveRequest> = {}) => saveVideoCommand(db, user, { videoId: null, baseVersion: null, publish: false, fields, ...request }, NOW);
const publicSlugs = async () => (await publishedVideosPage(db, { offset: 0, limit: 10 })).items.map((item) => item.slug);

describe("saveVideoCommand", () => {
  it("keeps the video's id and start, not the link, and shows it once published", async () => {
    const saved = await save(editor);
    expect(saved).toMatchObject({ ok: true, status: "draft", slug: "hoi-dien-van-nghe-cong-nhan-2026" });
    expect(await publicSlugs()).toEqual([]);
    if (!saved.ok) throw new Error("not saved");
    const published = await save(editor, { videoId: saved.videoId, baseVersion: saved.version, publish: true });
    expect(published).toMatchObject({ ok: true, status: "published", message: "Đã đăng video." });
    expect(await publishedVideoBySlug(db, "hoi-dien-van-nghe-cong-nhan-2026")).toMatchObject({
      title: "Hội diễn văn nghệ công nhân 2026",
      video: { id: "dQw4w9WgXcQ", startSeconds: 45 },
      takenOn: { year: 2026, month: 5, day: 1 },
      unitName: "Công đoàn Viên chức tỉnh",
      description: "Tiết mục mở màn.",
    });
    const [entry] = (await auditEntriesPage(db, {}, { offset: 0, limit: 5 })).items;
    expect(entry).toMatchObject({ action: "video-publish", target: "Video: Hội diễn văn nghệ công nhân 2026" });
  });

  it("refuses a link to another host on its field, and stores nothing", async () => {
    const result = await save(editor, { fields: { ...fields, link: "https://vimeo.com/76979871" } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { link: [expect.stringMatching(/Chỉ nhận liên kết video YouTube/)] } });
    expect((await workspaceVideosPage(db, { offset: 0, limit: 10 })).total).toBe(0);
  });

  it("refuses contributors, and a unit that is gone", async () => {
    expect(await save(contributor, { publish: true })).toMatchObject({ ok: false, formError: expect.stringMatching(/Chỉ biên tập viên và quản trị viên/) });
    expect(await save(editor, { fields: { ...fields, unitId: "9999" } })).toMatchObject({ ok: false, fieldErrors: { unitId: ["Đơn vị này không còn: hãy chọn lại."] } });
  });

  it("refuses a save over someone else's newer one", async () => {
    const first = await save(editor);
    if (!first.ok) throw new Error("not saved");
    await save(editor, { videoId: first.videoId, baseVersion: first.version });
    expect(await save(editor, { videoId: first.videoId, baseVersion: first.version, fields: { ...fields, title: "Tên khác" } })).toMatchObject({ ok: false, formError: expect.stringMatching(/Có người khác vừa lưu/) });
  });

  it("gives a second video of the same title its own address", async () => {
    await save(editor, { publish: true });
    expect(await save(editor, { publish: true })).toMatchObject({ ok: true, slug: "hoi-dien-van-nghe-cong-nhan-2026-2" });
  });
});

describe("a published video's old address", () => {
  it("leads to its new address while it is published, and no other video takes it", async () => {
    const first = await save(editor, { publish: true });
    if (!first.ok) throw new Error("not saved");
    const moved = await save(editor, { videoId: first.videoId, baseVersion: first.version, fields: { ...fields, slug: "hoi-dien-2026" } });
    expect(moved).toMatchObject({ ok: true, slug: "hoi-dien-2026" });
    expect(await movedSlugTarget(db, "video", "hoi-dien-van-nghe-cong-nhan-2026")).toBe("hoi-dien-2026");
    // A video of the same title is numbered, as if the old address were still taken.
    expect(await save(editor, { publish: true })).toMatchObject({ ok: true, slug: "hoi-dien-van-nghe-cong-nhan-2026-2" });
    expect(await unpublishVideoCommand(db, editor, first.videoId)).toMatchObject({ ok: true });
    expect(await movedSlugTarget(db, "video", "hoi-dien-van-nghe-cong-nhan-2026")).toBeNull();
  });

  it("is not kept for a draft", async () => {
    const draft = await save(editor);
    if (!draft.ok) throw new Error("not saved");
    await save(editor, { videoId: draft.videoId, baseVersion: draft.version, fields: { ...fields, slug: "hoi-dien-2026" } });
    expect(await save(editor, { publish: true })).toMatchObject({ ok: true, slug: "hoi-dien-van-nghe-cong-nhan-2026" });
  });
});

describe("taking a video down and deleting it", () => {
  it("takes it off the public pages; deleting needs it taken down first", async () => {
    const saved = await save(editor, { publish: true });
    if (!saved.ok) throw new Error("not saved");
    expect(await deleteVideoCommand(db, editor, saved.videoId)).toMatchObject({ ok: false, formError: "Video đang được đăng: hãy gỡ video trước rồi mới xóa." });
    expect(await unpublishVideoCommand(db, contributor, saved.videoId)).toMatchObject({ ok: false });
    expect(await unpublishVideoCommand(db, editor, saved.videoId)).toMatchObject({ ok: true });
    expect(await publicSlugs()).toEqual([]);
    expect(await deleteVideoCommand(db, editor, saved.videoId)).toMatchObject({ ok: true, message: "Đã xóa video." });
    expect((await workspaceVideosPage(db, { offset: 0, limit: 10 })).total).toBe(0);
    expect(await unpublishVideoCommand(db, editor, saved.videoId)).toMatchObject({ ok: false, formError: "Không tìm thấy video này; có thể video đã bị xóa." });
  });
});
