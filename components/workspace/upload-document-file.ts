import { DOCUMENT_UPLOAD_RULES, type DocumentFileKind, MAX_DOCUMENT_FILE_BYTES } from "@/core/document-files";
import type { UploadStage } from "@/core/upload-rules";
import { postFileWithProgress } from "./upload-request";

/** A document's file as the upload route answers with it (db/queries/document-files.ts DocumentFileItem). */
export type DocumentFileJson = { id: number; fileName: string; kind: DocumentFileKind; sizeBytes: number; previewKey: string | null; href: string };

export type DocumentUploadResult = { ok: true; file: DocumentFileJson } | { ok: false; message: string };

/** Sends one file to a document (app/api/van-ban/[id]/tep); one over 20 MB is refused at once, the server checks the rest. */
export async function uploadDocumentFile(documentId: number, file: File, onStage: (stage: UploadStage) => void): Promise<DocumentUploadResult> {
  if (file.size > MAX_DOCUMENT_FILE_BYTES) return { ok: false, message: DOCUMENT_UPLOAD_RULES.tooLarge(file.name, file.size) };
  const form = new FormData();
  form.set("file", file);
  const sent = await postFileWithProgress(`/api/van-ban/${documentId}/tep`, form, onStage);
  if (sent.status === 0) return { ok: false, message: `Mất kết nối khi tải “${file.name}”. Kiểm tra mạng rồi thử lại.` };
  const body = sent.body as { file?: DocumentFileJson; error?: string } | null;
  if (sent.status === 201 && body?.file) {
    onStage({ phase: "done" });
    return { ok: true, file: body.file };
  }
  return { ok: false, message: body?.error ?? `Chưa tải được “${file.name}” lên. Hãy thử lại.` };
}
