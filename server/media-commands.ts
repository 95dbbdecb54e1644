// The media library's changes: an image's description and credit, and deleting an image nothing
// uses. Who may is core/permissions.ts' canChangeMedia; each command's checks, its write and its
// audit entry are one transaction.
import { failure, fieldErrorsOf, type ActionResult } from "@/core/action-result";
import { mediaFileNames } from "@/core/media-files";
import { isMediaInUse, mediaUsageRefusal, NO_USAGE, type MediaUsage } from "@/core/media-usage";
import { canChangeMedia, MEDIA_NOT_YOURS } from "@/core/permissions";
import { mediaDetailsSchema } from "@/core/schemas/media";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { deleteMediaRow, mediaById, updateMediaDetails } from "@/db/queries/media";
import { mediaUsage } from "@/db/queries/media-usage";
import type { SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";
import type { MediaStore } from "./media-store";
import { removeStoredFiles } from "./stored-files";

export type MediaContext = { ip: string; now?: Date };
export type MediaDeleteContext = MediaContext & {
  store: MediaStore;
  /** Where a file that could not be removed is reported (the server's log). */
  reportError?: (message: string, error: unknown) => void;
};

const NOT_FOUND = "Không tìm thấy ảnh này: có thể ảnh vừa bị xóa. Hãy tải lại trang.";
const FIX_FIELDS = "Chưa lưu được: hãy sửa các mục được đánh dấu.";

const actorOf = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });

/** Saves an image's description and credit; `usage` says which public pages show them. */
export async function updateMediaCommand(db: Database, user: SessionUser, id: number, fields: Record<string, unknown>, context: MediaContext): Promise<ActionResult<{ usage: MediaUsage }>> {
  return await atomically(db, async (tx): Promise<ActionResult<{ usage: MediaUsage }>> => {
    const image = await mediaById(tx, id);
    if (!image) return failure(NOT_FOUND);
    if (!canChangeMedia(actorOf(user), image)) return failure(MEDIA_NOT_YOURS);
    const parsed = mediaDetailsSchema.safeParse(fields);
    if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
    const { alt, credit } = parsed.data;
    if (alt === image.alt && credit === image.credit) return { ok: true, message: `Thông tin ảnh “${image.originalName}” không thay đổi.`, usage: NO_USAGE };
    await updateMediaDetails(tx, id, { alt, credit });
    const changed = [alt !== image.alt ? "mô tả" : null, credit !== image.credit ? "nguồn ảnh / tác giả" : null].filter(Boolean).join(", ");
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "media-update", target: `Ảnh: ${image.originalName}`, detail: `Sửa ${changed}`, ip: context.ip, at: context.now });
    return { ok: true, message: `Đã lưu thông tin ảnh “${image.originalName}”.`, usage: await mediaUsage(tx, image) };
  });
}

/**
 * Deletes an image that nothing uses, naming what does otherwise. The row goes first, in the
 * transaction; its files only once that has committed, so a file that cannot be removed leaves
 * an unreferenced file in the store (logged) rather than a row whose image is gone.
 */
export async function deleteMediaCommand(db: Database, user: SessionUser, id: number, context: MediaDeleteContext): Promise<ActionResult> {
  const result = await atomically(db, async (tx): Promise<ActionResult<{ files: string[]; name: string }>> => {
    const image = await mediaById(tx, id);
    if (!image) return failure(NOT_FOUND);
    if (!canChangeMedia(actorOf(user), image)) return failure(MEDIA_NOT_YOURS);
    const usage = await mediaUsage(tx, image);
    if (isMediaInUse(usage)) return failure(mediaUsageRefusal(image.originalName, usage));
    await deleteMediaRow(tx, id);
    const detail = `${image.width}×${image.height}, ${image.variantWidths.length} cỡ${image.alt ? `; mô tả: ${image.alt}` : ""}`;
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "media-delete", target: `Ảnh: ${image.originalName}`, detail, ip: context.ip, at: context.now });
    return { ok: true, files: mediaFileNames(image), name: image.originalName };
  });
  if (!result.ok) return result;
  await removeStoredFiles(context.store, result.files, context.reportError ?? console.error, "image file");
  return { ok: true, message: `Đã xóa ảnh “${result.name}” khỏi thư viện.` };
}
