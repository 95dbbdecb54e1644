// Where a document's files are kept (issue 16): beside the media, under the key van-ban/<key>.<kind>
// (core/document-files.ts) of the media store, a new random key, never the name it came with. A PDF's first
// page is drawn by pdftoppm and stored like a library image under its own key, so /api/media
// serves it; when it cannot be drawn the file is kept without a preview.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import {
  decideDocumentFile,
  documentFileNames,
  documentStoredPath,
  DOCUMENT_PREVIEW_WIDTHS,
  type DocumentFileKind,
  MAX_DOCUMENT_FILE_BYTES,
} from "@/core/document-files";
import { displayFileName } from "@/core/upload-rules";
import { detectDocumentContent } from "./document-file-type";
import type { MediaStore } from "./media-store";
import { storeImageVariants } from "./media-storage";
import { renderPdfFirstPage } from "./pdf-preview";
import { removeStoredFiles, type ReportError } from "./stored-files";

export type StoredUpload = { storageKey: string; kind: DocumentFileKind; fileName: string; sizeBytes: number; previewKey: string | null };
export type DocumentFileRefusal = { ok: false; status: 400 | 413 | 415; message: string };

const newKey = () => crypto.randomBytes(12).toString("hex");
const PREVIEW_WIDTH = DOCUMENT_PREVIEW_WIDTHS[DOCUMENT_PREVIEW_WIDTHS.length - 1];

/**
 * Checks an uploaded file (on disk; the caller removes it) by its content and size, then copies
 * it into the store and draws a PDF's preview. Nothing is written for a refused file.
 */
export async function storeDocumentUpload(upload: { path: string; fileName: string }, store: MediaStore): Promise<{ ok: true; file: StoredUpload } | DocumentFileRefusal> {
  const { size } = await fs.stat(upload.path);
  const detected = size > 0 && size <= MAX_DOCUMENT_FILE_BYTES ? await detectDocumentContent(upload.path) : null;
  const decision = decideDocumentFile({ fileName: displayFileName(upload.fileName), size, detected });
  if (!decision.ok) return { ok: false, status: size === 0 ? 400 : size > MAX_DOCUMENT_FILE_BYTES ? 413 : 415, message: decision.message };
  const storageKey = newKey();
  await store.put(documentStoredPath(storageKey, decision.kind), { file: upload.path }, decision.mime);
  // Drawn from the upload still on this machine: the store may be a bucket pdftoppm cannot open.
  const previewKey = decision.kind === "pdf" ? await storePdfPreview(upload.path, store) : null;
  return { ok: true, file: { storageKey, kind: decision.kind, fileName: decision.fileName, sizeBytes: size, previewKey } };
}

/** The first page as an image of DOCUMENT_PREVIEW_WIDTHS, or null when pdftoppm is missing or fails. */
async function storePdfPreview(pdf: string, store: MediaStore): Promise<string | null> {
  const page = await renderPdfFirstPage(pdf, { width: PREVIEW_WIDTH });
  if (!page.ok) return null;
  const previewKey = newKey();
  try {
    await storeImageVariants(page.png, previewKey, store);
    return previewKey;
  } catch {
    // A page pdftoppm drew but sharp cannot read: no preview, and no half-written variants.
    await removeStoredFiles(store, documentFileNames({ storageKey: previewKey, kind: "pdf", previewKey }).slice(1), () => {});
    return null;
  }
}

/** Removes what storeDocumentUpload wrote, when its row could not be inserted or has been deleted. */
export async function removeDocumentFiles(store: MediaStore, files: { storageKey: string; kind: DocumentFileKind; previewKey: string | null }[], reportError: ReportError): Promise<string[]> {
  const names = files.flatMap(documentFileNames);
  await removeStoredFiles(store, names, reportError, "document file");
  return names;
}
