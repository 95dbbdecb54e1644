// The documents register's lists (issue 16): adding, renaming, moving and deleting a form ("loại
// văn bản") or an outside issuing body. Admins only (canManageDocumentLists); an entry a document
// names cannot be deleted. Each change and its audit entry are one transaction.
import { failure, fieldErrorsOf, type ActionResult } from "@/core/action-result";
import type { AuditAction } from "@/core/audit";
import { ADMIN_ONLY, canManageDocumentLists } from "@/core/permissions";
import { documentListNameSchema } from "@/core/schemas/document-lists";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import {
  deleteDocumentListEntry,
  documentListEntry,
  documentListNameTaken,
  type DocumentListKind,
  insertDocumentListEntry,
  moveDocumentListEntry,
  renameDocumentListEntry,
} from "@/db/queries/document-lists";
import type { SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";

const words: Record<DocumentListKind, { thing: string; audit: string; gone: string }> = {
  form: { thing: "loại văn bản", audit: "Loại văn bản", gone: "Không tìm thấy loại văn bản này; có thể vừa bị xóa. Hãy tải lại trang." },
  issuer: { thing: "cơ quan ban hành", audit: "Cơ quan ban hành", gone: "Không tìm thấy cơ quan ban hành này; có thể vừa bị xóa. Hãy tải lại trang." },
};

const auditActions: Record<DocumentListKind, Record<"create" | "update" | "delete", AuditAction>> = {
  form: { create: "document-form-create", update: "document-form-update", delete: "document-form-delete" },
  issuer: { create: "document-issuer-create", update: "document-issuer-update", delete: "document-issuer-delete" },
};

const actorOf = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });
const taken = (kind: DocumentListKind, name: string) => failure("Chưa lưu được: hãy sửa tên.", { name: [`Đã có ${words[kind].thing} “${name}”.`] });

export type DocumentListContext = { ip: string; now?: Date };

export async function addDocumentListEntryCommand(db: Database, user: SessionUser, kind: DocumentListKind, rawName: unknown, context: DocumentListContext): Promise<ActionResult> {
  if (!canManageDocumentLists(actorOf(user))) return failure(ADMIN_ONLY);
  const parsed = documentListNameSchema.safeParse(rawName);
  if (!parsed.success) return failure("Chưa lưu được: hãy sửa tên.", { name: fieldErrorsOf(parsed.error.issues).form ?? [] });
  const name = parsed.data;
  return atomically(db, async (tx) => {
    if (await documentListNameTaken(tx, kind, name, null)) return taken(kind, name);
    await insertDocumentListEntry(tx, kind, name);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: auditActions[kind].create, target: `${words[kind].audit}: ${name}`, ip: context.ip, at: context.now });
    return { ok: true, message: `Đã thêm ${words[kind].thing} “${name}”.` };
  });
}

/** Renames an entry: every document naming it shows the new name (the caller expires the register). */
export async function renameDocumentListEntryCommand(db: Database, user: SessionUser, kind: DocumentListKind, id: number, rawName: unknown, context: DocumentListContext): Promise<ActionResult> {
  if (!canManageDocumentLists(actorOf(user))) return failure(ADMIN_ONLY);
  const parsed = documentListNameSchema.safeParse(rawName);
  if (!parsed.success) return failure("Chưa lưu được: hãy sửa tên.", { name: fieldErrorsOf(parsed.error.issues).form ?? [] });
  const name = parsed.data;
  return atomically(db, async (tx) => {
    const entry = await documentListEntry(tx, kind, id);
    if (!entry) return failure(words[kind].gone);
    if (entry.name === name) return { ok: true, message: `Tên “${name}” không thay đổi.` };
    if (await documentListNameTaken(tx, kind, name, id)) return taken(kind, name);
    await renameDocumentListEntry(tx, kind, id, name);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: auditActions[kind].update, target: `${words[kind].audit}: ${name}`, detail: `Đổi tên từ “${entry.name}”`, ip: context.ip, at: context.now });
    return { ok: true, message: `Đã đổi tên “${entry.name}” thành “${name}”.` };
  });
}

export async function moveDocumentListEntryCommand(db: Database, user: SessionUser, kind: DocumentListKind, id: number, direction: "up" | "down"): Promise<ActionResult> {
  if (!canManageDocumentLists(actorOf(user))) return failure(ADMIN_ONLY);
  return atomically(db, async (tx) => {
    const entry = await documentListEntry(tx, kind, id);
    if (!entry) return failure(words[kind].gone);
    const moved = await moveDocumentListEntry(tx, kind, id, direction);
    return { ok: true, message: moved ? `Đã chuyển “${entry.name}” ${direction === "up" ? "lên" : "xuống"}.` : `“${entry.name}” đã ở ${direction === "up" ? "đầu" : "cuối"} danh sách.` };
  });
}

/** Deletes an entry no document names; otherwise says how many do. */
export async function deleteDocumentListEntryCommand(db: Database, user: SessionUser, kind: DocumentListKind, id: number, context: DocumentListContext): Promise<ActionResult> {
  if (!canManageDocumentLists(actorOf(user))) return failure(ADMIN_ONLY);
  return atomically(db, async (tx) => {
    const entry = await documentListEntry(tx, kind, id);
    if (!entry) return failure(words[kind].gone);
    if (entry.documentCount > 0) {
      return failure(`Không xóa được ${words[kind].thing} “${entry.name}”: ${entry.documentCount} văn bản đang dùng. Hãy chuyển các văn bản đó sang ${words[kind].thing} khác trước.`);
    }
    await deleteDocumentListEntry(tx, kind, id);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: auditActions[kind].delete, target: `${words[kind].audit}: ${entry.name}`, ip: context.ip, at: context.now });
    return { ok: true, message: `Đã xóa ${words[kind].thing} “${entry.name}”.` };
  });
}
