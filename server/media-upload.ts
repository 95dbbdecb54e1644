import crypto from "node:crypto";
import fs from "node:fs/promises";
import { Semaphore } from "async-mutex";
import {
  displayFileName,
  emptyFileMessage,
  exceedsPixelLimit,
  MAX_IMAGE_PIXELS,
  MAX_UPLOAD_BYTES,
  notAnImageMessage,
  tooLargeMessage,
  tooManyPixelsMessage,
} from "@/core/upload-rules";
import { mediaFileNames } from "@/core/media-files";
import type { Database, Transaction } from "@/db/client";
import type { Media } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { insertMedia, toMediaItem, type MediaItem } from "@/db/queries/media";
import type { MediaStore } from "./media-store";
import { storeImageVariants, UndecodableImage, type StoredImage } from "./media-storage";
import { readImageHeader } from "./uploaded-image";

export type UploadRefused = { ok: false; status: 400 | 409 | 413 | 415; message: string };
export type UploadOutcome = { ok: true; media: MediaItem } | UploadRefused;

/**
 * What else is written with the image's row, in its transaction (an album's photo row): it returns
 * a refusal to write neither, and the stored files are removed.
 */
export type InsertAlongside = (tx: Transaction, image: Media) => Promise<UploadRefused | null>;

/** Thrown inside the transaction only to roll it back; never leaves this file. */
class RefusedAlongside extends Error {
  constructor(readonly refusal: UploadRefused) {
    super(refusal.message);
  }
}

/** Runs an image's job when its turn comes, given how many pixels its header says it has. */
export type ImageJobs = <T>(pixels: number, job: () => Promise<T>) => Promise<T>;

/**
 * Decoding is where an image costs memory (up to ~160 MB at the pixel limit), so the images decoded
 * at once never hold more than two at the pixel limit would; the others wait their turn, in order,
 * with their bytes on disk. Within that, `atOnce` images are decoded together: each weighs its
 * pixels, but never less than its share of the budget. At two, every image weighs half of it.
 */
export function imageJobs(atOnce: number): ImageJobs {
  // In whole megapixels: async-mutex walks every weight below what is free on each release, so a
  // budget counted in pixels cost 80 million steps a photo (the import ran at half its speed).
  const megapixels = (pixels: number) => Math.ceil(pixels / 1_000_000);
  const budget = 2 * megapixels(MAX_IMAGE_PIXELS);
  const share = Math.floor(budget / atOnce); // rounded down: `atOnce` shares fit the budget
  const turns = new Semaphore(budget);
  return (pixels, job) => turns.runExclusive(job, Math.min(budget, Math.max(share, megapixels(pixels))));
}

/**
 * A web process decodes two uploads at once: a third would take its CPU from the pages, which share
 * the same two cores (an import, which serves no page, makes three: legacy-import/photo-maker.ts).
 */
export const IMAGE_JOBS_AT_ONCE = 2;
const uploadJobs = imageJobs(IMAGE_JOBS_AT_ONCE);

export type StoredImageFiles = { ok: true; storageKey: string; stored: StoredImage };

/**
 * Checks an image file (on disk) and writes it in every width under a new storage key, with no row
 * yet: what the header says is checked before anything is decoded, so a bomb costs a few
 * milliseconds, and the decoding waits its turn among `jobs` (the uploads' two at once unless said).
 * The caller writes the row, or removes the files (mediaFileNames) when it cannot.
 */
export async function storeImageFiles(
  filePath: string,
  fileName: string,
  store: MediaStore,
  jobs: ImageJobs = uploadJobs,
): Promise<StoredImageFiles | UploadRefused> {
  const { size } = await fs.stat(filePath);
  if (size === 0) return { ok: false, status: 400, message: emptyFileMessage(fileName) };
  if (size > MAX_UPLOAD_BYTES) return { ok: false, status: 413, message: tooLargeMessage(fileName, size) };
  const header = await readImageHeader(filePath);
  if (!header) return { ok: false, status: 415, message: notAnImageMessage(fileName) };
  if (exceedsPixelLimit(header)) {
    return { ok: false, status: 413, message: tooManyPixelsMessage(fileName, header.width, header.height) };
  }
  return jobs(header.width * header.height, async (): Promise<StoredImageFiles | UploadRefused> => {
    const storageKey = crypto.randomBytes(12).toString("hex");
    try {
      return { ok: true, storageKey, stored: await storeImageVariants(filePath, storageKey, store) };
    } catch (error) {
      // A file whose header reads but whose pixels do not (truncated, corrupt) is not an image.
      if (error instanceof UndecodableImage) return { ok: false, status: 415, message: notAnImageMessage(fileName) };
      throw error;
    }
  });
}

/** Removes an image's stored files: no row points at them. */
export async function removeImageFiles(store: MediaStore, image: { storageKey: string; variantWidths: number[] }): Promise<void> {
  await Promise.all(mediaFileNames(image).map((name) => store.remove(name)));
}

/**
 * Checks an uploaded file (on disk; the caller removes it) and stores it in every width.
 * `alongside` writes another row with the image's, in the same transaction.
 */
export async function storeUploadedImage(
  db: Database,
  upload: { path: string; fileName: string; alt: string; uploadedBy: number },
  store: MediaStore,
  alongside?: InsertAlongside,
): Promise<UploadOutcome> {
  const files = await storeImageFiles(upload.path, upload.fileName, store);
  if (!files.ok) return files;
  const { storageKey, stored } = files;
  try {
    const row = await writeTransaction(db, async (tx) => {
      const image = await insertMedia(tx, {
        storageKey,
        originalName: displayFileName(upload.fileName),
        alt: upload.alt.trim().slice(0, 300),
        uploadedBy: upload.uploadedBy,
        ...stored,
      });
      const refusal = alongside ? await alongside(tx, image) : null;
      if (refusal) throw new RefusedAlongside(refusal);
      return image;
    });
    return { ok: true, media: toMediaItem(row) };
  } catch (error) {
    // No row points at the files: they go, whether the write was refused or failed.
    await removeImageFiles(store, { storageKey, ...stored });
    if (error instanceof RefusedAlongside) return error.refusal;
    throw error;
  }
}
