"use server";

import { failure } from "@/core/action-result";
import { canManageVideos } from "@/core/permissions";
import { definePermittedAction, field, idField, type ActionHandler } from "@/server/action";
import { expireVideoPages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";
import { deleteVideoCommand, saveVideoCommand, unpublishVideoCommand, VIDEOS_NOT_YOURS } from "@/server/video-commands";

const videoFields = ["title", "link", "takenOn", "unitId", "description", "slug"];
const LIST = "/quan-tri/video";
const INVALID = "Yêu cầu không hợp lệ: hãy tải lại trang rồi thao tác lại.";

/** Editors and admins; a contributor is refused before the form is read, and the command checks again. */
const defineVideoAction = <R>(handler: ActionHandler<R>) => definePermittedAction(canManageVideos, VIDEOS_NOT_YOURS, handler);

/** "Lưu" or "Lưu và đăng": one form, one action. */
const saveVideo = defineVideoAction(async (user, formData) => {
  const result = await saveVideoCommand(getDatabase(), user, {
    videoId: idField(formData, "videoId"),
    baseVersion: idField(formData, "baseVersion"),
    publish: field(formData, "intent") === "publish",
    fields: Object.fromEntries(videoFields.map((name) => [name, field(formData, name)])),
    ip: await requestIp(),
  });
  if (result.ok && result.status === "published") expireVideoPages("action");
  return result;
});

const unpublishVideo = defineVideoAction(async (user, formData) => {
  const videoId = idField(formData, "videoId");
  if (!videoId) return failure(INVALID);
  const result = await unpublishVideoCommand(getDatabase(), user, videoId, await requestIp());
  if (result.ok) expireVideoPages("action");
  return result;
});

const deleteVideo = defineVideoAction(async (user, formData) => {
  const videoId = idField(formData, "videoId");
  if (!videoId) return failure(INVALID);
  return deleteVideoCommand(getDatabase(), user, videoId, await requestIp());
});

// Shaped for useActionState: (previous state, form data).
export async function saveVideoAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(LIST, await saveVideo(formData));
}
export async function unpublishVideoAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(LIST, await unpublishVideo(formData));
}
export async function deleteVideoAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(LIST, await deleteVideo(formData));
}
