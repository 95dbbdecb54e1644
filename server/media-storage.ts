import fs from "node:fs/promises";
import sharp from "sharp";
import { mediaFileName } from "@/core/media-files";
import type { MediaStore } from "./media-store";
import { openUploadedImage } from "./uploaded-image";

const VARIANT_WIDTHS = [480, 960, 1600];

/**
 * libwebp's method 2 instead of its default 4: half the CPU of every WebP (1600 px: 249 → 124 ms)
 * for files about 3% larger at the same quality (PSNR 0.1 dB lower), measured on camera photos.
 * The JPEG is only the `src` of browsers without WebP, of feed readers and of the share image, so
 * it is made at the largest width only (core/media-files.ts imageSources) and by plain
 * libjpeg-turbo with optimised Huffman tables, not mozjpeg's trellis search (1600 px: 259 → 25 ms,
 * about 30% larger). Decision 17 has the measures.
 */
const WEBP = { quality: 78, effort: 2 } as const;
const JPEG = { quality: 80, mozjpeg: false, optimiseCoding: true } as const;

export type StoredImage = { width: number; height: number; variantWidths: number[]; sizeBytes: number };

/** The image could not be decoded whole (truncated, corrupt): nothing was written. */
export class UndecodableImage extends Error {}

/**
 * Writes an image (a file, or bytes for the demo seed) in the widths the pages ask for as WebP,
 * and at the largest as JPEG too. It is decoded once, to the largest width kept (a JPEG shrinks as
 * it loads), and that decode reads every pixel, so a truncated file fails here (UndecodableImage)
 * before a file is written; the smaller widths are made from it. EXIF orientation is applied and every metadata
 * block (GPS included) is dropped, because sharp keeps none by default. Each file is encoded to
 * memory (a few hundred KB) and put in the store, which may be a bucket rather than a folder.
 */
export async function storeImageVariants(input: string | Buffer, storageKey: string, store: MediaStore): Promise<StoredImage> {
  const largestKept = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 1600;
  let master: { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };
  try {
    master = await openUploadedImage(input)
      .autoOrient()
      .resize({ width: largestKept, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new UndecodableImage(`Image ${storageKey} could not be decoded`, { cause: error });
  }
  const { width, height, channels } = master.info;
  const raw = { raw: { width, height, channels } };
  const variantWidths = [...VARIANT_WIDTHS.filter((w) => w < width), width];
  for (const variantWidth of variantWidths) {
    // A new pipeline each time, not clone(): sharp's clone copies its input, here the whole bitmap.
    const resized = () => sharp(master.data, raw).resize({ width: variantWidth, withoutEnlargement: true });
    await store.put(mediaFileName(storageKey, variantWidth, "webp"), await resized().webp(WEBP).toBuffer(), "image/webp");
    if (variantWidth === width) await store.put(mediaFileName(storageKey, variantWidth, "jpg"), await resized().jpeg(JPEG).toBuffer(), "image/jpeg");
  }
  const sizeBytes = typeof input === "string" ? (await fs.stat(input)).size : input.length;
  return { width, height, variantWidths, sizeBytes };
}
