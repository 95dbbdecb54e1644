import { DOCUMENT_UPLOAD_RULES } from "@/core/document-files";
import { documentState } from "@/db/queries/document-writes";
import { getDatabase } from "@/server/database";
import { attachDocumentFileCommand, DOCUMENT_FILES_NOT_YOURS, DOCUMENT_NOT_FOUND } from "@/server/document-file-commands";
import { expireDocumentPages } from "@/server/cache-tags";
import { can } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";
import { getWorkingUser } from "@/server/session";
import { receiveUpload, uploadTempDir } from "@/server/upload-body";
import { refuseForeignWrite } from "@/server/write-guard";
import { privateJson } from "@/server/private-answers";

/**
 * Attaches one file to a document (multipart: file), read as it arrives (server/upload-body.ts,
 * up to 20 MB) and accepted by its content. Answers 201 with the file, or { error } in Vietnamese.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseForeignWrite(request, "multipart/form-data");
  if (refused) return refused;
  const user = await getWorkingUser();
  if (!user) return privateJson({ error: "Bạn cần đăng nhập để tải tệp văn bản lên." }, 401);
  const { id } = await params;
  const documentId = recordIdFrom(id);
  // Who may is checked before a byte of the body is read, and again by the command.
  const document = documentId === null ? null : await documentState(getDatabase(), documentId);
  if (documentId === null || !document) return privateJson({ error: DOCUMENT_NOT_FOUND }, 404);
  if (!can(user, "edit", document)) return privateJson({ error: DOCUMENT_FILES_NOT_YOURS }, 403);
  try {
    const outcome = await receiveUpload(
      request,
      uploadTempDir(env.MEDIA_DIR),
      (file) => attachDocumentFileCommand(getDatabase(), user, documentId, file, { store: mediaStore() }),
      DOCUMENT_UPLOAD_RULES,
    );
    if (!outcome.ok) return privateJson({ error: outcome.message }, outcome.status);
    if (outcome.published) expireDocumentPages(documentId, "route");
    return privateJson({ file: outcome.file }, 201);
  } catch (error) {
    console.error("Document file upload failed", error);
    return privateJson({ error: "Máy chủ chưa lưu được tệp này. Hãy thử lại sau ít phút." }, 500);
  }
}
