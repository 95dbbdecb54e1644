"use server";

import { failure } from "@/core/action-result";
import { ALBUM_MANAGERS_ONLY, canManageAlbums } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { definePermittedAction, field, idField, type ActionHandler } from "@/server/action";
import {
  deleteAlbumCommand,
  removeAlbumPhotoCommand,
  reorderAlbumPhotosCommand,
  saveAlbumCommand,
  saveAlbumPhotoTextCommand,
  setAlbumCoverCommand,
  unpublishAlbumCommand,
  type AlbumChange,
  type AlbumIntent,
} from "@/server/album-commands";
import { expireAlbumPages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";

const INVALID = "Yêu cầu không hợp lệ: không rõ album hoặc ảnh nào. Hãy tải lại trang rồi thử lại.";
const LIST = "/quan-tri/thu-vien-anh/album";
const albumFields = ["title", "takenOn", "unitId", "description", "slug"];
const intents: readonly AlbumIntent[] = ["save", "publish"];

/** Editors and admins; a contributor is refused before the form is read. The command checks again. */
const defineAlbumAction = <R>(handler: ActionHandler<R>) => definePermittedAction(canManageAlbums, ALBUM_MANAGERS_ONLY, handler);

/** Expires the public pages when readers saw the change, and shows it in the workspace's pages. */
function settled(result: AlbumChange): AlbumChange {
  if (!result.ok) return result;
  if (result.visible) expireAlbumPages(result.albumId, "action");
  refreshPageOn(LIST, result);
  return refreshPageOn(`${LIST}/${result.albumId}`, result);
}

/** "Lưu" and "Xuất bản": one form, one action. */
const saveAlbum = defineAlbumAction(async (user, formData) => {
  const intent = field(formData, "intent") as AlbumIntent;
  if (!intents.includes(intent)) return failure("Thao tác không hợp lệ.");
  const result = await saveAlbumCommand(getDatabase(), user, {
    albumId: idField(formData, "albumId"),
    baseVersion: idField(formData, "baseVersion"),
    intent,
    fields: Object.fromEntries(albumFields.map((name) => [name, field(formData, name)])),
    ip: await requestIp(),
  });
  if (result.ok) settled({ ok: true, albumId: result.albumId, visible: result.visible });
  return result;
});

const withAlbum = (run: (albumId: number, formData: FormData, user: Parameters<ActionHandler<AlbumChange>>[0]) => Promise<AlbumChange>) =>
  defineAlbumAction(async (user, formData) => {
    const albumId = idField(formData, "albumId");
    if (!albumId) return failure(INVALID);
    return settled(await run(albumId, formData, user));
  });

const withPhoto = (run: (albumId: number, photoId: number, formData: FormData, user: Parameters<ActionHandler<AlbumChange>>[0]) => Promise<AlbumChange>) =>
  withAlbum(async (albumId, formData, user) => {
    const photoId = idField(formData, "photoId");
    return photoId ? run(albumId, photoId, formData, user) : failure(INVALID);
  });

const unpublishAlbum = withAlbum(async (albumId, _formData, user) => unpublishAlbumCommand(getDatabase(), user, albumId, await requestIp()));
const deleteAlbum = withAlbum(async (albumId, _formData, user) => deleteAlbumCommand(getDatabase(), user, albumId, await requestIp()));
/** `order` is every photo id of the album, comma-separated, in the new order. */
const reorderPhotos = withAlbum(async (albumId, formData, user) => {
  const order = field(formData, "order").split(",").map(recordIdFrom);
  const photoIds = order.filter((id) => id !== null);
  if (photoIds.length === 0 || photoIds.length > 1000 || photoIds.length !== order.length) return failure(INVALID);
  return reorderAlbumPhotosCommand(getDatabase(), user, albumId, photoIds);
});
const removePhoto = withPhoto((albumId, photoId, _formData, user) => removeAlbumPhotoCommand(getDatabase(), user, albumId, photoId));
const setCover = withPhoto((albumId, photoId, _formData, user) => setAlbumCoverCommand(getDatabase(), user, albumId, photoId));
const savePhotoText = withPhoto((albumId, photoId, formData, user) =>
  saveAlbumPhotoTextCommand(getDatabase(), user, albumId, photoId, { caption: field(formData, "caption"), credit: field(formData, "credit") }),
);

// Shaped for useActionState: (previous state, form data).
export async function saveAlbumAction(_previous: unknown, formData: FormData) {
  return saveAlbum(formData);
}
export async function unpublishAlbumAction(_previous: unknown, formData: FormData) {
  return unpublishAlbum(formData);
}
export async function deleteAlbumAction(_previous: unknown, formData: FormData) {
  return deleteAlbum(formData);
}
export async function reorderAlbumPhotosAction(_previous: unknown, formData: FormData) {
  return reorderPhotos(formData);
}
export async function removeAlbumPhotoAction(_previous: unknown, formData: FormData) {
  return removePhoto(formData);
}
export async function setAlbumCoverAction(_previous: unknown, formData: FormData) {
  return setCover(formData);
}
export async function saveAlbumPhotoTextAction(_previous: unknown, formData: FormData) {
  return savePhotoText(formData);
}
