// The site settings: admin only, every save a new version with its revision and audit entry, an
// earlier version put back as a new one, and a save based on an older version refused.
import { failure, type ActionFailure, type ActionResult, type FieldErrors } from "@/core/action-result";
import type { AuditAction } from "@/core/audit";
import { ADMIN_ONLY } from "@/core/permissions";
import { siteSettingsFieldErrors, siteSettingsSchema, type SiteSettings, type SiteSettingsField } from "@/core/schemas/site-settings";
import { changedSettingsFields, describeSettingsFields } from "@/core/site-settings";
import { formatShortDateTime } from "@/core/vi-date";
import type { Database, Transaction } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { settingsImage, settingsRevisionById, siteSettingsState, writeSiteSettings, type SettingsState } from "@/db/queries/site-settings";
import type { SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";

/** `fallbackSlogan` (SITE_SLOGAN) makes the defaults while no settings were ever saved. */
export type SettingsContext = { ip: string; fallbackSlogan: string; now?: Date };
type Saved = ActionResult<{ version: number }>;

const FIX_FIELDS = "Chưa lưu được: hãy sửa các mục được đánh dấu.";
const IMAGE_GONE: Partial<Record<SiteSettingsField, string>> = {
  emblemMediaId: "Ảnh biểu trưng này không còn trong thư viện. Hãy tải lên hoặc chọn lại.",
  shareImageMediaId: "Ảnh chia sẻ này không còn trong thư viện. Hãy tải lên hoặc chọn lại.",
};
const imageFields = ["emblemMediaId", "shareImageMediaId"] as const;
type ImageField = (typeof imageFields)[number];

function staleFailure(current: SettingsState, fieldErrors?: FieldErrors): ActionFailure {
  const by = current.updatedByName ? ` bởi ${current.updatedByName}` : "";
  const at = current.updatedAt ? ` lúc ${formatShortDateTime(current.updatedAt)}` : "";
  return failure(
    `Cài đặt trang vừa được lưu${by}${at} (phiên bản ${current.version}), sau khi bạn mở trang này, nên thay đổi của bạn chưa được lưu. ` +
      "Những gì bạn nhập vẫn còn trên trang: hãy sao chép phần cần giữ, tải lại trang rồi nhập lại.",
    fieldErrors,
  );
}

async function audit(tx: Transaction, admin: SessionUser, action: AuditAction, detail: string, context: SettingsContext, at: Date) {
  await recordAudit(tx, { actorId: admin.id, actorName: admin.displayName, action, target: "Cài đặt trang", detail, ip: context.ip, at });
}

async function adminCommand(db: Database, admin: SessionUser, work: (tx: Transaction) => Promise<Saved>): Promise<Saved> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  return await atomically(db, work);
}

/** Saves the form as the next version, if it was opened on the current one (`baseVersion`). */
export async function saveSiteSettingsCommand(db: Database, admin: SessionUser, fields: Record<string, unknown>, baseVersion: number, context: SettingsContext): Promise<Saved> {
  return await adminCommand(db, admin, async (tx) => {
    const now = context.now ?? new Date();
    const current = await siteSettingsState(tx, context.fallbackSlogan);
    const parsed = siteSettingsSchema.safeParse(fields);
    const fieldErrors = parsed.success ? undefined : siteSettingsFieldErrors(parsed.error.issues);
    if (baseVersion !== current.version) return staleFailure(current, fieldErrors);
    if (!parsed.success) return failure(FIX_FIELDS, fieldErrors);
    const settings = parsed.data;
    const gone: ImageField[] = [];
    for (const key of imageFields) if (settings[key] !== null && !(await settingsImage(tx, settings[key]))) gone.push(key);
    if (gone.length > 0) return failure(FIX_FIELDS, Object.fromEntries(gone.map((key) => [key, [IMAGE_GONE[key] ?? ""]])));
    const changed = changedSettingsFields(current.settings, settings);
    if (changed.length === 0) return { ok: true, message: "Không có thay đổi nào để lưu.", version: current.version };
    const version = current.version + 1;
    await writeSiteSettings(tx, { settings, version, kind: "save", by: admin.id, at: now });
    await audit(tx, admin, "settings-update", `Phiên bản ${version}. Đổi: ${describeSettingsFields(changed)}`, context, now);
    return { ok: true, message: `Đã lưu cài đặt trang (phiên bản ${version}). Trang tin đã hiện thay đổi.`, version };
  });
}

/** An image of an old version that is no longer in the library gives way to the current one. */
async function withImagesStillStored(tx: Transaction, restored: SiteSettings, current: SiteSettings): Promise<{ settings: SiteSettings; kept: SiteSettingsField[] }> {
  const kept: ImageField[] = [];
  for (const key of imageFields) if (restored[key] !== null && restored[key] !== current[key] && !(await settingsImage(tx, restored[key]))) kept.push(key);
  const settings = { ...restored };
  for (const key of kept) settings[key] = current[key];
  return { settings, kept };
}

/** Puts an earlier version back, as a new version: the history keeps every version in between. */
export async function restoreSiteSettingsCommand(db: Database, admin: SessionUser, revisionId: number, baseVersion: number, context: SettingsContext): Promise<Saved> {
  return await adminCommand(db, admin, async (tx) => {
    const now = context.now ?? new Date();
    const current = await siteSettingsState(tx, context.fallbackSlogan);
    const revision = await settingsRevisionById(tx, revisionId, current.settings);
    if (!revision) return failure("Không tìm thấy phiên bản này của cài đặt trang. Hãy tải lại trang.");
    if (baseVersion !== current.version) return staleFailure(current);
    const { settings, kept } = await withImagesStillStored(tx, revision.settings, current.settings);
    const changed = changedSettingsFields(current.settings, settings);
    if (changed.length === 0) return { ok: true, message: `Phiên bản ${revision.version} giống cài đặt hiện tại: không có gì để khôi phục.`, version: current.version };
    const version = current.version + 1;
    await writeSiteSettings(tx, { settings, version, kind: "restore", by: admin.id, at: now });
    const keptNote = kept.length > 0 ? ` Giữ ${describeSettingsFields(kept).toLowerCase()} hiện tại vì ảnh cũ không còn trong thư viện.` : "";
    await audit(tx, admin, "settings-restore", `Khôi phục phiên bản ${revision.version} thành phiên bản ${version}. Đổi: ${describeSettingsFields(changed)}.${keptNote}`, context, now);
    return { ok: true, message: `Đã khôi phục phiên bản ${revision.version} (thành phiên bản ${version}).${keptNote}`, version };
  });
}
