import fs from "node:fs/promises";
import path from "node:path";
import { mediaFileName } from "@/core/media-files";
import { openUploadedImage } from "./uploaded-image";

const VARIANT_WIDTHS = [480, 960, 1600];

export type StoredImage = { width: number; height: number; variantWidths: number[]; sizeBytes: number };

/**
 * Writes an image (a file, or bytes for the demo seed) in the widths the pages ask for, as WebP
 * and JPEG. EXIF orientation is applied and every metadata block (GPS included) is dropped,
 * because sharp keeps none by default.
 */
export async function storeImageVariants(input: string | Buffer, storageKey: string, mediaDir: string): Promise<StoredImage> {
  const oriented = openUploadedImage(input).autoOrient();
  // The dimensions as displayed, after the EXIF orientation is applied.
  const { width, height } = (await openUploadedImage(input).metadata()).autoOrient;
  if (!width || !height) throw new Error(`Image ${storageKey} has no dimensions`);
  const wanted = VARIANT_WIDTHS.filter((w) => w < width);
  const variantWidths = [...wanted, Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? width)];
  await fs.mkdir(mediaDir, { recursive: true });
  for (const variantWidth of variantWidths) {
    const resized = oriented.clone().resize({ width: variantWidth, withoutEnlargement: true });
    await resized.clone().webp({ quality: 78 }).toFile(path.join(mediaDir, mediaFileName(storageKey, variantWidth, "webp")));
    await resized.clone().jpeg({ quality: 80, mozjpeg: true }).toFile(path.join(mediaDir, mediaFileName(storageKey, variantWidth, "jpg")));
  }
  const largest = variantWidths[variantWidths.length - 1] ?? width;
  const storedHeight = Math.round((height * largest) / width);
  const sizeBytes = typeof input === "string" ? (await fs.stat(input)).size : input.length;
  return { width: largest, height: storedHeight, variantWidths, sizeBytes };
}

export function mediaFilePath(mediaDir: string, fileName: string): string {
  return path.join(mediaDir, fileName);
}
