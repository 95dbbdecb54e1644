"use server";

import { failure } from "@/core/action-result";
import { canManagePages } from "@/core/permissions";
import { pageIntents, type PageIntent } from "@/core/page-save";
import { definePermittedAction, field, idField, type ActionHandler } from "@/server/action";
import { expirePagePages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { deletePageCommand, movePageCommand, PAGE_MANAGERS_ONLY, restorePageRevisionCommand, savePageCommand } from "@/server/page-commands";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";

const pageFields = ["title", "slug", "summary", "bodyHtml", "parentId", "lang", "showContacts"];
const INVALID = "Yêu cầu không hợp lệ.";
const LIST = "/quan-tri/trang";

/** Editors and admins; a contributor is refused before the form is read. */
const definePageAction = <R>(handler: ActionHandler<R>) => definePermittedAction(canManagePages, PAGE_MANAGERS_ONLY, handler);

/** Save, autosave, publish ("Đăng trang") or take down ("Gỡ trang"): one form, one action. */
export const savePageAction = definePageAction(async (user, formData) => {
  const intent = field(formData, "intent");
  if (!pageIntents.includes(intent as PageIntent)) return failure("Thao tác không hợp lệ.");
  const result = await savePageCommand(getDatabase(), user, {
    pageId: idField(formData, "pageId"),
    baseVersion: idField(formData, "baseVersion"),
    intent: intent as PageIntent,
    fields: Object.fromEntries(pageFields.map((name) => [name, field(formData, name)])),
    ip: await requestIp(),
  });
  if (result.ok) expirePagePages(result.pageId, result.publicChange, "action");
  return result;
});

export const restorePageRevisionAction = definePageAction(async (user, formData) => {
  const pageId = idField(formData, "pageId");
  const revisionId = idField(formData, "revisionId");
  const baseVersion = idField(formData, "baseVersion");
  if (!pageId || !revisionId || !baseVersion) return failure("Yêu cầu khôi phục không hợp lệ.");
  const result = await restorePageRevisionCommand(getDatabase(), user, { pageId, revisionId, baseVersion });
  if (result.ok) expirePagePages(pageId, result.publicChange, "action");
  return result;
});

const movePage = definePageAction(async (user, formData) => {
  const pageId = idField(formData, "pageId");
  const direction = field(formData, "direction");
  if (!pageId || (direction !== "up" && direction !== "down")) return failure(INVALID);
  const result = await movePageCommand(getDatabase(), user, pageId, direction);
  if (result.ok) expirePagePages(pageId, result.publicChange, "action");
  return result;
});

const deletePage = definePageAction(async (user, formData) => {
  const pageId = idField(formData, "pageId");
  if (!pageId) return failure(INVALID);
  const result = await deletePageCommand(getDatabase(), user, pageId, await requestIp());
  if (result.ok) expirePagePages(pageId, result.publicChange, "action");
  return result;
});

// The list's forms, shaped for useActionState: (previous state, form data).
export async function movePageAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(LIST, await movePage(formData));
}
export async function deletePageAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(LIST, await deletePage(formData));
}
