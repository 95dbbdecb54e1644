"use server";

import { failure } from "@/core/action-result";
import { defineAction, field, idField } from "@/server/action";
import { expireDocumentPages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { deleteDocumentCommand, type DocumentIntent, saveDocumentCommand, unpublishDocumentCommand } from "@/server/document-commands";
import { moveDocumentFileCommand, removeDocumentFileCommand } from "@/server/document-file-commands";
import { mediaStore } from "@/server/media-store";
import { requestIp } from "@/server/request-ip";

const documentFields = ["formId", "issuer", "newIssuer", "number", "issuedOn", "inForceOn", "ceasesOn", "signer", "abstract", "field", "legalStatus", "slug"];
const intents: DocumentIntent[] = ["save", "submit", "publish"];

/** "Lưu nháp", "Gửi duyệt" or "Xuất bản": one form, one action. */
export const saveDocumentAction = defineAction(async (user, formData) => {
  const intent = intents.find((name) => name === field(formData, "intent"));
  if (!intent) return failure("Thao tác không hợp lệ.");
  const result = await saveDocumentCommand(getDatabase(), user, {
    documentId: idField(formData, "documentId"),
    baseVersion: idField(formData, "baseVersion"),
    intent,
    fields: Object.fromEntries(documentFields.map((name) => [name, field(formData, name)])),
    ip: await requestIp(),
  });
  if (result.ok && result.concernsReaders) expireDocumentPages(result.documentId, "action");
  return result;
});

/** "Gỡ văn bản". */
export const unpublishDocumentAction = defineAction(async (user, formData) => {
  const documentId = idField(formData, "documentId");
  if (!documentId) return failure("Yêu cầu không hợp lệ.");
  const result = await unpublishDocumentCommand(getDatabase(), user, documentId, await requestIp());
  if (result.ok) expireDocumentPages(documentId, "action");
  return result;
});

export const deleteDocumentAction = defineAction(async (user, formData) => {
  const documentId = idField(formData, "documentId");
  if (!documentId) return failure("Yêu cầu xóa không hợp lệ.");
  const result = await deleteDocumentCommand(getDatabase(), user, documentId, { ip: await requestIp(), store: mediaStore() });
  // A published document cannot be deleted, but its page may still be cached from before it was taken down.
  if (result.ok) expireDocumentPages(documentId, "action");
  return result.ok ? { ok: true as const, message: result.message } : result;
});

export const removeDocumentFileAction = defineAction(async (user, formData) => {
  const fileId = idField(formData, "fileId");
  if (!fileId) return failure("Yêu cầu không hợp lệ.");
  const result = await removeDocumentFileCommand(getDatabase(), user, fileId, { store: mediaStore() });
  if (result.ok && result.published) expireDocumentPages(result.documentId, "action");
  return result;
});

export const moveDocumentFileAction = defineAction(async (user, formData) => {
  const fileId = idField(formData, "fileId");
  const direction = field(formData, "direction");
  if (!fileId || (direction !== "up" && direction !== "down")) return failure("Yêu cầu không hợp lệ.");
  const result = await moveDocumentFileCommand(getDatabase(), user, fileId, direction);
  if (result.ok && result.published) expireDocumentPages(result.documentId, "action");
  return result;
});
