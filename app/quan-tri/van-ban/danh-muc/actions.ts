"use server";

import { failure } from "@/core/action-result";
import { ADMIN_ONLY, canManageDocumentLists } from "@/core/permissions";
import type { DocumentListKind } from "@/db/queries/document-lists";
import { definePermittedAction, field, idField, type ActionHandler } from "@/server/action";
import { expireDocumentPages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { addDocumentListEntryCommand, deleteDocumentListEntryCommand, moveDocumentListEntryCommand, renameDocumentListEntryCommand } from "@/server/document-list-commands";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";

const PAGE = "/quan-tri/van-ban/danh-muc";
const INVALID = failure("Yêu cầu không hợp lệ.");

/** Admins only; anyone else is refused before the form is read, and the command checks again. */
const defineListAction = <R>(handler: ActionHandler<R>) => definePermittedAction(canManageDocumentLists, ADMIN_ONLY, handler);
function kindOf(formData: FormData): DocumentListKind | null {
  const kind = field(formData, "kind");
  return kind === "form" || kind === "issuer" ? kind : null;
}

const add = defineListAction(async (user, formData) => {
  const kind = kindOf(formData);
  if (!kind) return INVALID;
  return addDocumentListEntryCommand(getDatabase(), user, kind, field(formData, "name"), { ip: await requestIp() });
});

const rename = defineListAction(async (user, formData) => {
  const kind = kindOf(formData);
  const id = idField(formData, "id");
  if (!kind || !id) return INVALID;
  const result = await renameDocumentListEntryCommand(getDatabase(), user, kind, id, field(formData, "name"), { ip: await requestIp() });
  if (result.ok) expireDocumentPages(null, "action");
  return result;
});

const move = defineListAction(async (user, formData) => {
  const kind = kindOf(formData);
  const id = idField(formData, "id");
  const direction = field(formData, "direction");
  if (!kind || !id || (direction !== "up" && direction !== "down")) return INVALID;
  const result = await moveDocumentListEntryCommand(getDatabase(), user, kind, id, direction);
  if (result.ok) expireDocumentPages(null, "action");
  return result;
});

const remove = defineListAction(async (user, formData) => {
  const kind = kindOf(formData);
  const id = idField(formData, "id");
  if (!kind || !id) return INVALID;
  return deleteDocumentListEntryCommand(getDatabase(), user, kind, id, { ip: await requestIp() });
});

// The page's forms, shaped for useActionState: (previous state, form data).
export async function addDocumentListEntryAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(PAGE, await add(formData));
}
export async function renameDocumentListEntryAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(PAGE, await rename(formData));
}
export async function moveDocumentListEntryAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(PAGE, await move(formData));
}
export async function deleteDocumentListEntryAction(_previous: unknown, formData: FormData) {
  return refreshPageOn(PAGE, await remove(formData));
}
