// A document's files (issue 16): attaching an uploaded file, removing one, moving one up or down.
// Whoever may edit the document (can(actor, "edit", document)) may change its files. The bytes are
// written before the row is inserted and removed again when the insert fails; a removed file's
// bytes go only once its row's deletion has committed.
import { failure, type ActionResult } from "@/core/action-result";
import { can } from "@/core/permissions";
import type { Database } from "@/db/client";
import { deleteDocumentFileRow, documentFilesOf, type DocumentFileItem, insertDocumentFile, moveDocumentFile, storedDocumentFile } from "@/db/queries/document-files";
import { documentState, type DocumentState } from "@/db/queries/document-writes";
import type { SessionUser } from "@/db/queries/users";
import { atomically, DATABASE_UNAVAILABLE } from "./atomically";
import { removeDocumentFiles, storeDocumentUpload } from "./document-storage";
import type { MediaStore } from "./media-store";
import type { ReportError } from "./stored-files";

export type DocumentFileContext = { store: MediaStore; now?: Date; reportError?: ReportError };

export type AttachOutcome =
  | { ok: true; file: DocumentFileItem; published: boolean }
  | { ok: false; status: 400 | 403 | 404 | 413 | 415 | 503; message: string };

export const DOCUMENT_NOT_FOUND = "Không tìm thấy văn bản này; có thể văn bản đã bị xóa.";
export const DOCUMENT_FILES_NOT_YOURS = "Bạn không có quyền thay đổi tệp của văn bản này.";
const FILE_NOT_FOUND = "Không tìm thấy tệp này; có thể tệp vừa bị gỡ. Hãy tải lại trang.";

const actorOf = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });

/** Why this user may not change the document's files: 404 when it is gone, 403 when it is not theirs to edit. */
function refusalFor(user: SessionUser, document: DocumentState | null): { status: 403 | 404; message: string } | null {
  if (!document) return { status: 404, message: DOCUMENT_NOT_FOUND };
  if (!can(actorOf(user), "edit", document)) return { status: 403, message: DOCUMENT_FILES_NOT_YOURS };
  return null;
}

/** Stores an uploaded file (on disk; the caller removes it) and adds it after the document's others. */
export async function attachDocumentFileCommand(db: Database, user: SessionUser, documentId: number, upload: { path: string; fileName: string }, context: DocumentFileContext): Promise<AttachOutcome> {
  const before = refusalFor(user, await documentState(db, documentId));
  if (before) return { ok: false, ...before };
  const stored = await storeDocumentUpload(upload, context.store);
  if (!stored.ok) return stored;
  const seen: { refusal: { status: 403 | 404; message: string } | null } = { refusal: null };
  const discard = () => removeDocumentFiles(context.store, [stored.file], context.reportError ?? console.error);
  try {
    // Checked again inside the transaction: the document may have been deleted or published meanwhile.
    const result = await atomically(db, async (tx): Promise<ActionResult<{ file: DocumentFileItem; published: boolean }>> => {
      const document = await documentState(tx, documentId);
      seen.refusal = refusalFor(user, document);
      if (seen.refusal || !document) return failure(seen.refusal?.message ?? DOCUMENT_NOT_FOUND);
      const file = await insertDocumentFile(tx, { documentId, ...stored.file, uploadedBy: user.id, createdAt: context.now ?? new Date() });
      return { ok: true, file, published: document.status === "published" };
    });
    if (result.ok) return { ok: true, file: result.file, published: result.published };
    await discard();
    const status = seen.refusal?.status ?? (result === DATABASE_UNAVAILABLE ? 503 : 404);
    return { ok: false, status, message: result.formError ?? DOCUMENT_NOT_FOUND };
  } catch (error) {
    await discard();
    throw error;
  }
}

export type DocumentFilesResult = ActionResult<{ documentId: number; files: DocumentFileItem[]; published: boolean }>;

/** Removes a file from its document; its bytes and preview go once the row's deletion has committed. */
export async function removeDocumentFileCommand(db: Database, user: SessionUser, fileId: number, context: DocumentFileContext): Promise<DocumentFilesResult> {
  const result = await atomically(db, async (tx) => {
    const file = await storedDocumentFile(tx, fileId);
    if (!file) return failure(FILE_NOT_FOUND);
    const document = await documentState(tx, file.documentId);
    const refused = refusalFor(user, document);
    if (refused) return failure(refused.message);
    await deleteDocumentFileRow(tx, fileId);
    const files = await documentFilesOf(tx, file.documentId);
    return { ok: true as const, message: `Đã gỡ tệp “${file.fileName}”.`, documentId: file.documentId, files, published: document?.status === "published", stored: file };
  });
  if (!result.ok) return result;
  const { stored, ...rest } = result;
  await removeDocumentFiles(context.store, [stored], context.reportError ?? console.error);
  return rest;
}

/** Moves a file one place up or down among its document's files. */
export async function moveDocumentFileCommand(db: Database, user: SessionUser, fileId: number, direction: "up" | "down"): Promise<DocumentFilesResult> {
  return atomically(db, async (tx): Promise<DocumentFilesResult> => {
    const file = await storedDocumentFile(tx, fileId);
    if (!file) return failure(FILE_NOT_FOUND);
    const document = await documentState(tx, file.documentId);
    const refused = refusalFor(user, document);
    if (refused) return failure(refused.message);
    const moved = await moveDocumentFile(tx, file.documentId, fileId, direction);
    const files = await documentFilesOf(tx, file.documentId);
    const message = moved ? `Đã chuyển tệp “${file.fileName}” ${direction === "up" ? "lên" : "xuống"}.` : `Tệp “${file.fileName}” đã ở ${direction === "up" ? "đầu" : "cuối"} danh sách.`;
    return { ok: true, message, documentId: file.documentId, files, published: document?.status === "published" };
  });
}
