// The photo albums' commands (issue 16), independent of Next. Editors and admins manage albums
// (core/permissions.ts canOnGallery); each command checks who asks, the album and the input, then
// writes, audit entry included, in one transaction. Each says whether readers can see the album
// (`visible`), so that its caller expires the public pages only then.
import { albumFullMessage, hasRoomForPhoto, isSameSetOfPhotos, PUBLISH_NEEDS_A_PHOTO } from "@/core/albums";
import { failure, fieldErrorsOf, type ActionFailure, type ActionResult } from "@/core/action-result";
import { ALBUM_MANAGERS_ONLY, canOnGallery, type GalleryAction, type ArticleStatus } from "@/core/permissions";
import { albumPhotoTextSchema, albumSchema } from "@/core/schemas/album";
import { uniqueSlug } from "@/core/slug";
import { formatCalendarDay } from "@/core/vi-date";
import { statusAfter } from "@/core/workflow";
import type { Database, Transaction } from "@/db/client";
import {
  albumPhotoIds,
  albumPhotoName,
  albumState,
  appendAlbumPhoto,
  deleteAlbumRow,
  insertAlbum,
  removeAlbumPhoto,
  setAlbumCover,
  setAlbumStatus,
  takenAlbumSlugs,
  updateAlbum,
  updateAlbumPhotoText,
  writeAlbumOrder,
  type AlbumState,
} from "@/db/queries/album-writes";
import { recordAudit } from "@/db/queries/audit-log";
import { unitById } from "@/db/queries/taxonomy-admin";
import type { SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";
import type { InsertAlongside, UploadRefused } from "./media-upload";

export const ALBUM_NOT_FOUND = "Không tìm thấy album này; có thể album vừa bị xóa. Hãy tải lại trang.";
const PHOTO_NOT_FOUND = "Không tìm thấy ảnh này trong album; có thể ảnh vừa được bỏ ra. Hãy tải lại trang.";
const FIX_FIELDS = "Hãy sửa các ô được đánh dấu rồi lưu lại.";
const refusals: Record<GalleryAction, string> = {
  create: ALBUM_MANAGERS_ONLY,
  edit: ALBUM_MANAGERS_ONLY,
  publish: ALBUM_MANAGERS_ONLY,
  unpublish: "Chỉ gỡ được album đang xuất bản.",
  delete: "Album đang xuất bản phải được gỡ trước khi xóa.",
};

export type AlbumIntent = "save" | "publish";
export type AlbumSaveRequest = { albumId: number | null; baseVersion: number | null; intent: AlbumIntent; fields: Record<string, unknown>; ip?: string };
export type AlbumSaveResult = { ok: true; message: string; albumId: number; version: number; slug: string; status: ArticleStatus; visible: boolean } | ActionFailure;
/** A change to an album: whether readers saw it (the album is published, or was until now). */
export type AlbumChange = ActionResult<{ albumId: number; visible: boolean }>;

const actorOf = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });
const isPublished = (album: { status: ArticleStatus }) => album.status === "published";

/** Creates or saves an album's fields; "publish" then publishes it, which needs a photo. */
export async function saveAlbumCommand(db: Database, user: SessionUser, request: AlbumSaveRequest, now: Date = new Date()): Promise<AlbumSaveResult> {
  const parsed = albumSchema.safeParse(request.fields);
  return atomically(db, async (tx): Promise<AlbumSaveResult> => {
    const existing = request.albumId === null ? null : await albumState(tx, request.albumId);
    if (request.albumId !== null && !existing) return failure(ALBUM_NOT_FOUND);
    const actor = actorOf(user);
    if (!canOnGallery(actor, existing ? "edit" : "create", existing)) return failure(ALBUM_MANAGERS_ONLY);
    if (request.intent === "publish" && !canOnGallery(actor, "publish", existing)) return failure(refusals.publish);
    if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
    const input = parsed.data;
    if (input.unitId !== null && !(await unitById(tx, input.unitId))) return failure(FIX_FIELDS, { unitId: ["Đơn vị này không còn: hãy chọn lại."] });
    if (request.intent === "publish" && (existing?.photoCount ?? 0) === 0) return failure(PUBLISH_NEEDS_A_PHOTO);

    const content = { ...input, slug: uniqueSlug(input.slug, await takenAlbumSlugs(tx, input.slug, existing?.id ?? null)) };
    let albumId: number;
    let version: number;
    if (!existing) ({ id: albumId, version } = await insertAlbum(tx, content, user.id, now));
    else {
      const saved = await updateAlbum(tx, existing.id, request.baseVersion ?? -1, content, user.id, now);
      if (saved === null) return failure("Có người khác vừa lưu album này. Hãy tải lại trang để xem bản mới nhất; nội dung bạn nhập vẫn còn trên trang.");
      albumId = existing.id;
      version = saved;
    }
    const wasPublished = existing !== null && isPublished(existing);
    let status = existing?.status ?? "draft";
    if (request.intent === "publish" && !wasPublished) {
      status = "published";
      await setAlbumStatus(tx, albumId, status, now);
      await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "album-publish", target: `Album: ${content.title}`, detail: `Ngày ${formatCalendarDay(content.takenOn)}, ${existing?.photoCount ?? 0} ảnh`, ip: request.ip ?? "", at: now });
    }
    const message = request.intent === "publish" ? (wasPublished ? "Đã lưu album đang xuất bản." : "Đã xuất bản album.") : existing ? "Đã lưu album." : "Đã tạo album. Bây giờ hãy tải ảnh lên.";
    return { ok: true, message, albumId, version, slug: content.slug, status, visible: status === "published" };
  });
}

/** "Gỡ album": off the public pages, kept for the editors. */
export async function unpublishAlbumCommand(db: Database, user: SessionUser, albumId: number, ip = "", now: Date = new Date()): Promise<AlbumChange> {
  return atomically(db, async (tx): Promise<AlbumChange> => {
    const album = await albumState(tx, albumId);
    if (!album) return failure(ALBUM_NOT_FOUND);
    const next = statusAfter("unpublish", album.status);
    if (!canOnGallery(actorOf(user), "unpublish", album) || !next) return failure(canOnGallery(actorOf(user), "edit", album) ? refusals.unpublish : ALBUM_MANAGERS_ONLY);
    await setAlbumStatus(tx, albumId, next, album.publishedAt);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "album-unpublish", target: `Album: ${album.title}`, ip, at: now });
    return { ok: true, message: "Đã gỡ album khỏi trang công khai.", albumId, visible: true };
  });
}

/** Deletes an album for good (a published one must be taken down first); its images stay in the library. */
export async function deleteAlbumCommand(db: Database, user: SessionUser, albumId: number, ip = "", now: Date = new Date()): Promise<AlbumChange> {
  return atomically(db, async (tx): Promise<AlbumChange> => {
    const album = await albumState(tx, albumId);
    if (!album) return failure(ALBUM_NOT_FOUND);
    if (!canOnGallery(actorOf(user), "delete", album)) return failure(canOnGallery(actorOf(user), "edit", album) ? refusals.delete : ALBUM_MANAGERS_ONLY);
    await deleteAlbumRow(tx, albumId);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "album-delete", target: `Album: ${album.title}`, detail: `${album.photoCount} ảnh (ảnh vẫn còn trong thư viện)`, ip, at: now });
    return { ok: true, message: `Đã xóa album “${album.title}”. Các ảnh vẫn còn trong thư viện ảnh.`, albumId, visible: false };
  });
}

/** The album and the editor's right to change it, inside a command's transaction. */
async function editableAlbum(tx: Transaction, user: SessionUser, albumId: number): Promise<AlbumState | ActionFailure> {
  const album = await albumState(tx, albumId);
  if (!album) return failure(ALBUM_NOT_FOUND);
  if (!canOnGallery(actorOf(user), "edit", album)) return failure(ALBUM_MANAGERS_ONLY);
  return album;
}
const refused = (value: AlbumState | ActionFailure): value is ActionFailure => "ok" in value;

/** Takes a photo out of an album; the image stays in the library. A published album keeps one at least. */
export async function removeAlbumPhotoCommand(db: Database, user: SessionUser, albumId: number, photoId: number): Promise<AlbumChange> {
  return atomically(db, async (tx): Promise<AlbumChange> => {
    const album = await editableAlbum(tx, user, albumId);
    if (refused(album)) return album;
    const name = await albumPhotoName(tx, albumId, photoId);
    if (name === null) return failure(PHOTO_NOT_FOUND);
    if (isPublished(album) && album.photoCount <= 1) return failure("Album đang xuất bản phải còn ít nhất một ảnh: hãy gỡ album trước, hoặc thêm ảnh khác rồi bỏ ảnh này.");
    await removeAlbumPhoto(tx, albumId, photoId);
    return { ok: true, message: `Đã bỏ ảnh “${name}” khỏi album. Ảnh vẫn còn trong thư viện ảnh.`, albumId, visible: isPublished(album) };
  });
}

/** Writes a new order of all the album's photos, as the editor arranged them. */
export async function reorderAlbumPhotosCommand(db: Database, user: SessionUser, albumId: number, photoIds: number[]): Promise<AlbumChange> {
  return atomically(db, async (tx): Promise<AlbumChange> => {
    const album = await editableAlbum(tx, user, albumId);
    if (refused(album)) return album;
    if (!isSameSetOfPhotos(await albumPhotoIds(tx, albumId), photoIds)) return failure("Ảnh trong album vừa thay đổi ở nơi khác (thêm hoặc bỏ ảnh). Hãy tải lại trang rồi sắp xếp lại.");
    await writeAlbumOrder(tx, albumId, photoIds);
    return { ok: true, message: "Đã lưu thứ tự ảnh.", albumId, visible: isPublished(album) };
  });
}

export async function setAlbumCoverCommand(db: Database, user: SessionUser, albumId: number, photoId: number): Promise<AlbumChange> {
  return atomically(db, async (tx): Promise<AlbumChange> => {
    const album = await editableAlbum(tx, user, albumId);
    if (refused(album)) return album;
    const name = await albumPhotoName(tx, albumId, photoId);
    if (name === null || !(await setAlbumCover(tx, albumId, photoId))) return failure(PHOTO_NOT_FOUND);
    return { ok: true, message: `Đã chọn ảnh “${name}” làm ảnh bìa.`, albumId, visible: isPublished(album) };
  });
}

/** Saves one photo's caption and credit in its album. */
export async function saveAlbumPhotoTextCommand(db: Database, user: SessionUser, albumId: number, photoId: number, fields: Record<string, unknown>): Promise<AlbumChange> {
  const parsed = albumPhotoTextSchema.safeParse(fields);
  return atomically(db, async (tx): Promise<AlbumChange> => {
    const album = await editableAlbum(tx, user, albumId);
    if (refused(album)) return album;
    if (!parsed.success) return failure("Chưa lưu được: hãy sửa các ô được đánh dấu.", fieldErrorsOf(parsed.error.issues));
    const name = await albumPhotoName(tx, albumId, photoId);
    if (name === null || !(await updateAlbumPhotoText(tx, albumId, photoId, parsed.data))) return failure(PHOTO_NOT_FOUND);
    return { ok: true, message: `Đã lưu chú thích ảnh “${name}”.`, albumId, visible: isPublished(album) };
  });
}

/**
 * Why an upload into this album is refused before its bytes are read: 404 for an album that is not
 * there, 403 for someone who may not change it, 409 for a full album. Null to go on; the append
 * (albumPhotoAppender) checks again in the image's transaction.
 */
export async function albumUploadRefusal(db: Database, user: SessionUser, albumId: number): Promise<{ status: 403 | 404 | 409; message: string } | null> {
  const album = await albumState(db, albumId);
  if (!album) return { status: 404, message: ALBUM_NOT_FOUND };
  if (!canOnGallery(actorOf(user), "edit", album)) return { status: 403, message: ALBUM_MANAGERS_ONLY };
  if (!hasRoomForPhoto(album.photoCount)) return { status: 409, message: albumFullMessage(null) };
  return null;
}

/**
 * Puts the stored image at the end of the album, in the image's own transaction
 * (server/media-upload.ts): an album that went away or filled up meanwhile refuses it, and the
 * image is not kept either. `onAdded` learns whether readers see the album.
 */
export function albumPhotoAppender(user: SessionUser, albumId: number, fileName: string, onAdded: (visible: boolean) => void): InsertAlongside {
  return async (tx, image): Promise<UploadRefused | null> => {
    const album = await albumState(tx, albumId);
    if (!album) return { ok: false, status: 409, message: ALBUM_NOT_FOUND };
    if (!canOnGallery(actorOf(user), "edit", album)) return { ok: false, status: 409, message: ALBUM_MANAGERS_ONLY };
    if (!hasRoomForPhoto(album.photoCount)) return { ok: false, status: 409, message: albumFullMessage(image.originalName || fileName) };
    await appendAlbumPhoto(tx, albumId, image);
    onAdded(isPublished(album));
    return null;
  };
}
