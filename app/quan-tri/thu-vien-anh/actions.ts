"use server";

import { failure } from "@/core/action-result";
import { MEDIA_LIBRARY_PATH } from "@/core/media-library-query";
import { defineAction, field, idField } from "@/server/action";
import { expireMediaPages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { deleteMediaCommand, updateMediaCommand } from "@/server/media-commands";
import { mediaStore } from "@/server/media-store";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";

const INVALID = "Yêu cầu không hợp lệ: không rõ ảnh nào. Hãy tải lại trang rồi thử lại.";

// Anyone signed in may ask; whether this image is theirs to change (core/permissions.ts'
// canChangeMedia) depends on who uploaded it, so the command decides, with the row in hand.
const updateMedia = defineAction(async (user, formData) => {
  const id = idField(formData, "id");
  if (!id) return failure(INVALID);
  const result = await updateMediaCommand(getDatabase(), user, id, { alt: field(formData, "alt"), credit: field(formData, "credit") }, { ip: await requestIp() });
  if (!result.ok) return result;
  expireMediaPages(result.usage, "action");
  return { ok: true as const, message: result.message };
});

const deleteMedia = defineAction(async (user, formData) => {
  const id = idField(formData, "id");
  if (!id) return failure(INVALID);
  return deleteMediaCommand(getDatabase(), user, id, { ip: await requestIp(), store: mediaStore() });
});

// Shaped for useActionState: (previous state, form data). A saved description shows in the library
// at once; a deleted image stays on the page as its notice until the next visit (its card says so).
export async function updateMediaAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(MEDIA_LIBRARY_PATH, await updateMedia(formData));
}
export async function deleteMediaAction(_previous: unknown, formData: FormData) {
  return deleteMedia(formData);
}
