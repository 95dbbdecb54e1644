// Files attached to a document (issue 16): which kinds a register accepts, decided from what the
// content is (server/document-file-type.ts reads it), never from the name a file arrives with.
import { mediaFileNames } from "./media-files";
import { displayFileName, type UploadRules } from "./upload-rules";
import { formatFileSize } from "./vi-number";

/** Up to 20 MB a file: a scanned decision of a few dozen pages. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_FILE_KINDS = {
  pdf: { mime: "application/pdf", label: "PDF" },
  doc: { mime: "application/msword", label: "Word" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  xls: { mime: "application/vnd.ms-excel", label: "Excel" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel" },
  odt: { mime: "application/vnd.oasis.opendocument.text", label: "OpenDocument" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument" },
} as const;

export type DocumentFileKind = keyof typeof DOCUMENT_FILE_KINDS;
export const documentFileKinds = Object.keys(DOCUMENT_FILE_KINDS) as [DocumentFileKind, ...DocumentFileKind[]];

/**
 * What the content turned out to be: one of the kinds, "program" (an executable or a script
 * renamed), "archive" (a ZIP or CFB that is not an office document), or null when nothing was
 * recognised.
 */
export type DetectedContent = DocumentFileKind | "program" | "archive" | null;

export type DocumentFileDecision = { ok: true; kind: DocumentFileKind; mime: string; fileName: string } | { ok: false; message: string };

const ACCEPTED = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc OpenDocument (.odt, .ods)";

/** The name a download carries: as it arrived, its extension made the content's ("ke-hoach.PDF.docx" stays readable). */
export function documentDownloadName(fileName: string, kind: DocumentFileKind): string {
  const base = fileName.replace(/[\\/]/g, "_").replace(/\.[^.]{1,5}$/, "").trim() || "van-ban";
  return `${base}.${kind}`;
}

/** Accepts a file by its content and size; a refusal names the file and says why, in Vietnamese. */
export function decideDocumentFile(file: { fileName: string; size: number; detected: DetectedContent }): DocumentFileDecision {
  const name = `“${file.fileName}”`;
  if (file.size === 0) return { ok: false, message: `Tệp ${name} rỗng, không có nội dung để tải lên.` };
  if (file.size > MAX_DOCUMENT_FILE_BYTES) {
    return { ok: false, message: `Tệp ${name} nặng ${formatFileSize(file.size)}, quá giới hạn ${MAX_DOCUMENT_FILE_BYTES / 1024 / 1024} MB của một tệp văn bản.` };
  }
  if (file.detected === "program") return { ok: false, message: `Tệp ${name} là một chương trình chạy được, không phải văn bản, nên không tải lên được.` };
  if (file.detected === null || file.detected === "archive") {
    return { ok: false, message: `Nội dung tệp ${name} không phải ${ACCEPTED}, dù tên tệp nói gì, nên không tải lên được.` };
  }
  const kind = file.detected;
  return { ok: true, kind, mime: DOCUMENT_FILE_KINDS[kind].mime, fileName: documentDownloadName(file.fileName, kind) };
}

/** Document files are stored under the media folder, in their own sub-folder: "van-ban/<storageKey>.<kind>". */
export const DOCUMENT_FILES_FOLDER = "van-ban";

/** A stored file's key in the media store: its path relative to MEDIA_DIR, or under the bucket's prefix. */
export function documentStoredPath(storageKey: string, kind: DocumentFileKind): string {
  return `${DOCUMENT_FILES_FOLDER}/${storageKey}.${kind}`;
}

/** Where a reader downloads a document's file (app/api/van-ban/tep/[id]/route.ts). */
export const documentFileHref = (fileId: number): string => `/api/van-ban/tep/${fileId}`;

/**
 * A PDF's first page is drawn 960 pixels wide and stored like an image of the library (WebP in
 * each width, JPEG at the largest: server/media-storage.ts) under the file's previewKey, so
 * /api/media serves it.
 */
export const DOCUMENT_PREVIEW_WIDTHS = [480, 960] as const;

/**
 * Every file a document's file leaves in the media store: the file itself, and its preview's images
 * (every name they may have, core/media-files mediaFileNames) when it has one. What a removal
 * deletes once its row is gone.
 */
export function documentFileNames(file: { storageKey: string; kind: DocumentFileKind; previewKey: string | null }): string[] {
  const preview = file.previewKey ? mediaFileNames({ storageKey: file.previewKey, variantWidths: [...DOCUMENT_PREVIEW_WIDTHS] }) : [];
  return [documentStoredPath(file.storageKey, file.kind), ...preview];
}

/** How the upload route (app/api/van-ban/[id]/tep) reads a document's file, and words its refusals. */
export const DOCUMENT_UPLOAD_RULES: UploadRules = {
  maxFileBytes: MAX_DOCUMENT_FILE_BYTES,
  tooLarge: (fileName, bytes) =>
    `${fileName === null ? "Tệp" : `Tệp “${displayFileName(fileName)}”`}${bytes === null ? "" : ` nặng ${formatFileSize(bytes)},`} quá giới hạn ${MAX_DOCUMENT_FILE_BYTES / 1024 / 1024} MB của một tệp văn bản.`,
  noFile: "Không nhận được tệp văn bản. Hãy chọn lại tệp.",
  malformed: "Dữ liệu tệp gửi lên bị hỏng hoặc không trọn vẹn. Hãy chọn lại tệp rồi tải lại.",
  notAForm: "Tệp văn bản phải được gửi bằng biểu mẫu tải tệp (multipart/form-data).",
};
