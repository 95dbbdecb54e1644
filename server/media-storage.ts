import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { mediaFileName } from "@/core/media-files";

const VARIANT_WIDTHS = [480, 960, 1600];

export type StoredImage = { width: number; height: number; variantWidths: number[]; sizeBytes: number };

/**
 * Writes an image in the widths the pages ask for, as WebP and JPEG. EXIF orientation is
 * applied and every metadata block (GPS included) is dropped, because sharp keeps none by default.
 */
export async function storeImageVariants(input: Buffer, storageKey: string, mediaDir: string): Promise<StoredImage> {
  const oriented = sharp(input).autoOrient();
  // The dimensions as displayed, after the EXIF orientation is applied.
  const { width, height } = (await sharp(input).metadata()).autoOrient;
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
  return { width: largest, height: storedHeight, variantWidths, sizeBytes: input.length };
}

export function mediaFilePath(mediaDir: string, fileName: string): string {
  return path.join(mediaDir, fileName);
}
