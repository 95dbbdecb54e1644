import crypto from "node:crypto";
import fs from "node:fs/promises";
import pLimit from "p-limit";
import {
  displayFileName,
  emptyFileMessage,
  exceedsPixelLimit,
  MAX_UPLOAD_BYTES,
  notAnImageMessage,
  tooLargeMessage,
  tooManyPixelsMessage,
} from "@/core/upload-rules";
import type { Database } from "@/db/client";
import { writeTransaction } from "@/db/transaction";
import { insertMedia, toMediaItem, type MediaItem } from "@/db/queries/media";
import { storeImageVariants } from "./media-storage";
import { openUploadedImage, readImageHeader } from "./uploaded-image";

export type UploadOutcome = { ok: true; media: MediaItem } | { ok: false; status: 400 | 413 | 415; message: string };

/**
 * Decoding is where an image costs memory (up to ~160 MB at the pixel limit), so at most two are
 * decoded at once across the process; the others wait their turn with their bytes on disk.
 */
export const IMAGE_JOBS_AT_ONCE = 2;
const imageJobs = pLimit(IMAGE_JOBS_AT_ONCE);

async function decodesWhole(filePath: string): Promise<boolean> {
  try {
    await openUploadedImage(filePath).stats(); // decodes every pixel: a truncated file fails here
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks an uploaded file (on disk; the caller removes it) and stores it in every width. What the
 * header says is checked before anything is decoded, so a bomb costs a few milliseconds.
 */
export async function storeUploadedImage(
  db: Database,
  upload: { path: string; fileName: string; alt: string; uploadedBy: number },
  mediaDir: string,
): Promise<UploadOutcome> {
  const { fileName } = upload;
  const { size } = await fs.stat(upload.path);
  if (size === 0) return { ok: false, status: 400, message: emptyFileMessage(fileName) };
  if (size > MAX_UPLOAD_BYTES) return { ok: false, status: 413, message: tooLargeMessage(fileName, size) };
  const header = await readImageHeader(upload.path);
  if (!header) return { ok: false, status: 415, message: notAnImageMessage(fileName) };
  if (exceedsPixelLimit(header)) {
    return { ok: false, status: 413, message: tooManyPixelsMessage(fileName, header.width, header.height) };
  }
  return imageJobs(async (): Promise<UploadOutcome> => {
    if (!(await decodesWhole(upload.path))) return { ok: false, status: 415, message: notAnImageMessage(fileName) };
    const storageKey = crypto.randomBytes(12).toString("hex");
    const stored = await storeImageVariants(upload.path, storageKey, mediaDir);
    const row = await writeTransaction(db, (tx) =>
      insertMedia(tx, {
        storageKey,
        originalName: displayFileName(fileName),
        alt: upload.alt.trim().slice(0, 300),
        uploadedBy: upload.uploadedBy,
        ...stored,
      }),
    );
    return { ok: true, media: toMediaItem(row) };
  });
}
