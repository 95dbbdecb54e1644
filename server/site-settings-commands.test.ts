import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { media } from "@/db/schema";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { insertMedia } from "@/db/queries/media";
import { publicSiteSettings } from "@/db/queries/public-site-settings";
import { ensureSiteSettings, settingsHistory, siteSettingsState } from "@/db/queries/site-settings";
import { createTestDatabase, failWrites, insertUnit, insertUser, type TestDatabase, isForcedFailure } from "@/db/test-database";
import { restoreSiteSettingsCommand, saveSiteSettingsCommand } from "./site-settings-commands";
import { writeTransaction } from "@/db/transaction";

let handle: TestDatabase;
let db: Database;
let admin: Awaited<ReturnType<typeof insertUser>>;
const SLOGAN = "Khẩu hiệu từ SITE_SLOGAN";
const context = { ip: "10.4.5.6", fallbackSlogan: SLOGAN };

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  admin = await insertUser(db, { role: "admin", username: "quantri", displayName: "Nguyễn Văn Quản" });
  await insertUnit(db, { name: "Liên đoàn Lao động tỉnh Hải Lâm", slug: "ldld-tinh-hai-lam" });
  await ensureSiteSettings(db, SLOGAN, new Date("2026-03-01T01:00:00Z"));
});
afterEach(() => handle.close());

/** The form as the admin sends it: the current settings with these fields changed. */
async function form(changes: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { settings } = await siteSettingsState(db, SLOGAN);
  return { ...settings, emblemMediaId: settings.emblemMediaId ?? "", shareImageMediaId: settings.shareImageMediaId ?? "", sloganShown: String(settings.sloganShown), ...changes };
}
const version = async () => (await siteSettingsState(db, SLOGAN)).version;
const save = async (changes: Record<string, unknown>, base?: number, at?: string) =>
  await saveSiteSettingsCommand(db, admin, await form(changes), base ?? (await version()), { ...context, now: at ? new Date(at) : undefined });
const audits = async (action: "settings-update" | "settings-restore") => (await auditEntriesPage(db, { action }, { offset: 0, limit: 10 })).items;
const storedPhoto = async (key: string) => await writeTransaction(db, (tx) => insertMedia(tx, { storageKey: key, originalName: `${key}.png`, width: 512, height: 512, variantWidths: [480, 512], sizeBytes: 1000 }));

describe("the first start", () => {
  it("writes the root unit's name and SITE_SLOGAN as version 1, once", async () => {
    expect(await siteSettingsState(db, SLOGAN)).toMatchObject({ version: 1, settings: { name: "Liên đoàn Lao động tỉnh Hải Lâm", shortName: "Liên đoàn Lao động tỉnh Hải Lâm", slogans: [SLOGAN], sloganShown: 0 } });
    expect(await ensureSiteSettings(db, "Khẩu hiệu khác")).toBe(false);
    expect(await settingsHistory(db, SLOGAN)).toMatchObject([{ version: 1, kind: "save", savedByName: null, changed: null }]);
  });

  it("reads a missing row as those same defaults, at version 0", async () => {
    const empty = await createTestDatabase();
    try {
      await insertUnit(empty.db, { name: "Công đoàn ngành Giáo dục" });
      expect(await siteSettingsState(empty.db, SLOGAN)).toMatchObject({ version: 0, settings: { name: "Công đoàn ngành Giáo dục", slogans: [SLOGAN] } });
      expect(await publicSiteSettings(empty.db, SLOGAN, new Date())).toMatchObject({ name: "Công đoàn ngành Giáo dục", slogan: SLOGAN, emblem: null });
    } finally {
      await empty.close();
    }
  });
});

describe("saving the settings", () => {
  it("writes a new version with its revision, an audit entry naming the fields changed, and who did it", async () => {
    const result = await save({ slogans: [SLOGAN, "Đoàn kết – Đổi mới"], sloganShown: "1", phone: "0208 3855 123" }, 1, "2026-03-02T02:00:00Z");
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(await siteSettingsState(db, SLOGAN)).toMatchObject({ version: 2, updatedByName: "Nguyễn Văn Quản", settings: { sloganShown: 1, phone: "0208 3855 123" } });
    expect((await publicSiteSettings(db, SLOGAN, new Date())).slogan).toBe("Đoàn kết – Đổi mới");
    expect((await settingsHistory(db, SLOGAN))[0]).toMatchObject({ version: 2, kind: "save", savedByName: "Nguyễn Văn Quản", savedAt: new Date("2026-03-02T02:00:00Z"), changed: ["slogans", "sloganShown", "phone"] });
    expect(await audits("settings-update")).toMatchObject([{ actorName: "Nguyễn Văn Quản", target: "Cài đặt trang", detail: "Phiên bản 2. Đổi: Khẩu hiệu, Khẩu hiệu đang hiện, Điện thoại", ip: "10.4.5.6" }]);
  });

  it("returns every field's error at once, keeps the stored version and writes nothing", async () => {
    const result = await save({ name: " ", email: "lienhe@", phone: "số máy", facebookUrl: "javascript:alert(1)", relatedLinks: [{ label: "", url: "hailam.gov.vn" }] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)], email: [expect.any(String)], phone: [expect.any(String)], facebookUrl: [expect.any(String)], "relatedLinks.0.label": [expect.any(String)], "relatedLinks.0.url": [expect.any(String)] } });
    expect(await version()).toBe(1);
    expect(await audits("settings-update")).toEqual([]);
  });

  it("refuses a save made on an older version, saying who saved since, and writes nothing", async () => {
    expect(await save({ address: "Số 12 đường Trần Hưng Đạo" }, 1)).toMatchObject({ ok: true, version: 2 });
    const stale = await save({ address: "Số 14 đường Trần Hưng Đạo" }, 1);
    expect(stale).toMatchObject({ ok: false, formError: expect.stringMatching(/lưu bởi Nguyễn Văn Quản lúc .* \(phiên bản 2\)/) });
    expect(await siteSettingsState(db, SLOGAN)).toMatchObject({ version: 2, settings: { address: "Số 12 đường Trần Hưng Đạo" } });
  });

  it("refuses an emblem that is not in the media library", async () => {
    expect(await save({ emblemMediaId: "99999" })).toMatchObject({ ok: false, fieldErrors: { emblemMediaId: [expect.stringContaining("không còn trong thư viện")] } });
    const photo = await storedPhoto("emblem-1");
    expect(await save({ emblemMediaId: String(photo.id) })).toMatchObject({ ok: true });
    expect((await publicSiteSettings(db, SLOGAN, new Date())).emblemFile).toEqual({ storageKey: "emblem-1", fileName: "emblem-1-512.webp" });
  });

  it("does not make a version when nothing changed", async () => {
    expect(await save({})).toMatchObject({ ok: true, message: "Không có thay đổi nào để lưu.", version: 1 });
    expect(await settingsHistory(db, SLOGAN)).toHaveLength(1);
  });

  it("is refused to editors, and writes all or nothing", async () => {
    const editor = await insertUser(db, { role: "editor" });
    expect(await saveSiteSettingsCommand(db, editor, await form({ address: "x" }), 1, context)).toMatchObject({ ok: false, formError: "Chỉ quản trị viên được làm việc này." });
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(save({ address: "Số 12" })).rejects.toSatisfy(isForcedFailure);
    expect(await siteSettingsState(db, SLOGAN)).toMatchObject({ version: 1, settings: { address: "" } });
    expect(await settingsHistory(db, SLOGAN)).toHaveLength(1);
  });
});

describe("restoring an earlier version", () => {
  it("puts it back as a new version, audited, with the history keeping every version", async () => {
    await save({ slogans: ["Khẩu hiệu hai"], email: "lienhe@hailam.congdoan.vn" });
    await save({ slogans: ["Khẩu hiệu ba"] });
    const first = (await settingsHistory(db, SLOGAN)).find((revision) => revision.version === 1);
    const result = await restoreSiteSettingsCommand(db, admin, first?.id ?? 0, 3, context);
    expect(result).toMatchObject({ ok: true, version: 4, message: expect.stringContaining("phiên bản 1") });
    expect(await siteSettingsState(db, SLOGAN)).toMatchObject({ version: 4, settings: { slogans: [SLOGAN], email: "" } });
    expect((await settingsHistory(db, SLOGAN)).map((revision) => [revision.version, revision.kind, revision.changed])).toEqual([
      [4, "restore", ["slogans", "email"]],
      [3, "save", ["slogans"]],
      [2, "save", ["slogans", "email"]],
      [1, "save", null],
    ]);
    expect(await audits("settings-restore")).toMatchObject([{ actorName: "Nguyễn Văn Quản", detail: "Khôi phục phiên bản 1 thành phiên bản 4. Đổi: Khẩu hiệu, Email." }]);
  });

  it("keeps the current emblem when the old version's image is gone from the library", async () => {
    const gone = await storedPhoto("emblem-old");
    await save({ emblemMediaId: String(gone.id), address: "Địa chỉ cũ" });
    const old = (await settingsHistory(db, SLOGAN))[0];
    const current = await storedPhoto("emblem-new");
    await save({ emblemMediaId: String(current.id), address: "Địa chỉ mới" });
    await writeTransaction(db, (tx) => tx.delete(media).where(eq(media.id, gone.id)));
    const result = await restoreSiteSettingsCommand(db, admin, old?.id ?? 0, 3, context);
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("Giữ biểu trưng (logo) hiện tại") });
    expect((await siteSettingsState(db, SLOGAN)).settings).toMatchObject({ emblemMediaId: current.id, address: "Địa chỉ cũ" });
  });

  it("refuses a stale restore and an unknown revision", async () => {
    const first = (await settingsHistory(db, SLOGAN))[0];
    await save({ address: "Số 12" });
    expect(await restoreSiteSettingsCommand(db, admin, first?.id ?? 0, 1, context)).toMatchObject({ ok: false, formError: expect.stringContaining("phiên bản 2") });
    expect(await restoreSiteSettingsCommand(db, admin, 99999, 2, context)).toMatchObject({ ok: false, formError: expect.stringContaining("Không tìm thấy") });
    expect(await version()).toBe(2);
  });
});
