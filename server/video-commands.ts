// Video entries (issue 16, item 4), independent of Next: editors and admins add a YouTube video,
// publish it, take it down and delete it (a published one is taken down first, like articles).
// Each command checks who asks and writes, audit entry included, in one transaction.
import { failure, fieldErrorsOf, type ActionFailure, type ActionResult } from "@/core/action-result";
import { canManageVideos, canOnGallery, type ArticleStatus } from "@/core/permissions";
import { videoSchema } from "@/core/schemas/video";
import { uniqueSlug } from "@/core/slug";
import { statusAfter } from "@/core/workflow";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { unitById } from "@/db/queries/taxonomy-admin";
import type { SessionUser } from "@/db/queries/users";
import { deleteVideoRow, editableVideo, insertVideo, setVideoStatus, takenVideoSlugs, updateVideo, type VideoContent } from "@/db/queries/videos";
import { atomically } from "./atomically";

export const VIDEOS_NOT_YOURS = "Chỉ biên tập viên và quản trị viên được thêm, đăng hoặc gỡ video.";
const FIX_FIELDS = "Hãy sửa các ô được đánh dấu rồi lưu lại.";
const GONE = "Không tìm thấy video này; có thể video đã bị xóa.";

export type VideoSaveRequest = { videoId: number | null; baseVersion: number | null; publish: boolean; fields: Record<string, unknown>; ip?: string };
export type VideoSaveResult = { ok: true; message: string; videoId: number; version: number; slug: string; status: ArticleStatus } | ActionFailure;

const actorOf = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });

export async function saveVideoCommand(db: Database, user: SessionUser, request: VideoSaveRequest, now: Date = new Date()): Promise<VideoSaveResult> {
  if (!canManageVideos(actorOf(user))) return failure(VIDEOS_NOT_YOURS);
  const parsed = videoSchema.safeParse(request.fields);
  if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  return atomically(db, async (tx): Promise<VideoSaveResult> => {
    const existing = request.videoId === null ? null : await editableVideo(tx, request.videoId);
    if (request.videoId !== null && !existing) return failure(GONE);
    if (input.unitId !== null && !(await unitById(tx, input.unitId))) return failure(FIX_FIELDS, { unitId: ["Đơn vị này không còn: hãy chọn lại."] });
    const content: VideoContent = {
      slug: uniqueSlug(input.slug, await takenVideoSlugs(tx, input.slug, existing?.id ?? null)),
      title: input.title,
      description: input.description,
      video: input.link,
      takenOn: input.takenOn,
      unitId: input.unitId,
    };
    let videoId: number;
    let version: number;
    if (!existing) ({ id: videoId, version } = await insertVideo(tx, content, user.id, now));
    else {
      const saved = await updateVideo(tx, existing.id, request.baseVersion ?? -1, content, user.id, now);
      if (saved === null) return failure("Có người khác vừa lưu video này. Hãy tải lại trang để xem bản mới nhất; nội dung bạn nhập vẫn còn trên trang.");
      videoId = existing.id;
      version = saved;
    }
    const before = existing?.status ?? "draft";
    const status = request.publish ? (statusAfter("publish", before) ?? before) : before;
    if (status !== before) {
      await setVideoStatus(tx, videoId, status, existing?.publishedAt ?? now);
      await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "video-publish", target: `Video: ${content.title}`, ip: request.ip ?? "", at: now });
    }
    return { ok: true, message: request.publish ? "Đã đăng video." : "Đã lưu video.", videoId, version, slug: content.slug, status };
  });
}

/** "Gỡ video": off the public pages, kept in the workspace. */
export async function unpublishVideoCommand(db: Database, user: SessionUser, videoId: number, ip = ""): Promise<ActionResult> {
  if (!canManageVideos(actorOf(user))) return failure(VIDEOS_NOT_YOURS);
  return atomically(db, async (tx): Promise<ActionResult> => {
    const existing = await editableVideo(tx, videoId);
    if (!existing) return failure(GONE);
    const next = statusAfter("unpublish", existing.status);
    if (!next || !canOnGallery(actorOf(user), "unpublish", existing)) return failure("Video này đang không được đăng, nên không có gì để gỡ.");
    await setVideoStatus(tx, videoId, next, existing.publishedAt);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "video-unpublish", target: `Video: ${existing.title}`, ip });
    return { ok: true, message: "Đã gỡ video khỏi trang công khai." };
  });
}

/** Deletes a video for good; a published one must be taken down first, so nothing leaves the site by accident. */
export async function deleteVideoCommand(db: Database, user: SessionUser, videoId: number, ip = ""): Promise<ActionResult> {
  if (!canManageVideos(actorOf(user))) return failure(VIDEOS_NOT_YOURS);
  return atomically(db, async (tx): Promise<ActionResult> => {
    const existing = await editableVideo(tx, videoId);
    if (!existing) return failure(GONE);
    if (!canOnGallery(actorOf(user), "delete", existing)) return failure("Video đang được đăng: hãy gỡ video trước rồi mới xóa.");
    await deleteVideoRow(tx, videoId);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "video-delete", target: `Video: ${existing.title}`, ip });
    return { ok: true, message: "Đã xóa video." };
  });
}
