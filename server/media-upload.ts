import crypto from "node:crypto";
import sharp from "sharp";
import { ACCEPTED_IMAGE_FORMATS, displayFileName, emptyFileMessage, MAX_UPLOAD_BYTES, notAnImageMessage, tooLargeMessage } from "@/core/upload-rules";
import type { Database } from "@/db/client";
import { insertMedia, toMediaItem, type MediaItem } from "@/db/queries/media";
import { storeImageVariants } from "./media-storage";

export type UploadOutcome = { ok: true; media: MediaItem } | { ok: false; status: 400 | 413 | 415; message: string };

async function detectedFormat(bytes: Buffer): Promise<string | null> {
  try {
    // The content decides, never the name or the declared type.
    const { format } = await sharp(bytes).metadata();
    await sharp(bytes).stats(); // decodes the pixels: a truncated file fails here
    return format ?? null;
  } catch {
    return null;
  }
}

export async function storeUploadedImage(
  db: Database,
  upload: { bytes: Buffer; fileName: string; alt: string; uploadedBy: number },
  mediaDir: string,
): Promise<UploadOutcome> {
  const { bytes, fileName } = upload;
  if (bytes.length === 0) return { ok: false, status: 400, message: emptyFileMessage(fileName) };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, status: 413, message: tooLargeMessage(fileName, bytes.length) };
  const format = await detectedFormat(bytes);
  if (!format || !(ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, status: 415, message: notAnImageMessage(fileName) };
  }
  const storageKey = crypto.randomBytes(12).toString("hex");
  const stored = await storeImageVariants(bytes, storageKey, mediaDir);
  const row = insertMedia(db, {
    storageKey,
    originalName: displayFileName(fileName),
    alt: upload.alt.trim().slice(0, 300),
    uploadedBy: upload.uploadedBy,
    ...stored,
  });
  return { ok: true, media: toMediaItem(row) };
}
