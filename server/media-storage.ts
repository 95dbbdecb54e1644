import fs from "node:fs/promises";
import sharp from "sharp";
import { jpegWithoutMetadata } from "@/core/jpeg-without-metadata";
import { mediaFileName } from "@/core/media-files";
import { imageFormatOf } from "@/core/upload-rules";
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

/**
 * A JPEG already at most the largest width keeps its own bytes as the JPEG, its metadata dropped
 * (core/jpeg-without-metadata.ts), unless it is heavier than this a pixel: about a quality-90 JPEG
 * of a detailed photo (the bench's grainy 1600 × 1200 photos weigh 0.38 at quality 90, 0.30 at 80).
 */
const KEPT_JPEG_MAX_BYTES_PER_PIXEL = 0.4;

export type StoredImage = { width: number; height: number; variantWidths: number[]; sizeBytes: number };

/** The image could not be decoded whole (truncated, corrupt): nothing was written. */
export class UndecodableImage extends Error {}

/**
 * Writes an image (a file, or bytes for the demo seed) in the widths the pages ask for as WebP,
 * and at the largest as JPEG too: a JPEG that needs no change keeps its own pixels (jpegKeptAsItIs).
 * It is decoded once, to the largest width kept (a JPEG shrinks as it loads), and that decode reads
 * every pixel, so a truncated file fails here (UndecodableImage) before a file is written; the
 * smaller widths are made from it. EXIF orientation is applied and every metadata block (GPS
 * included) is dropped, because sharp keeps none by default and the kept JPEG is stripped of them.
 * Each file is encoded to memory (a few hundred KB) and put in the store, which may be a bucket
 * rather than a folder.
 */
export async function storeImageVariants(source: string | Buffer, storageKey: string, store: MediaStore): Promise<StoredImage> {
  const largestKept = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 1600;
  const input = typeof source === "string" ? await fs.readFile(source) : source;
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
  const keptJpeg = await jpegKeptAsItIs(input, largestKept);
  for (const variantWidth of variantWidths) {
    // A new pipeline each time, not clone(): sharp's clone copies its input, here the whole bitmap.
    const resized = () => sharp(master.data, raw).resize({ width: variantWidth, withoutEnlargement: true });
    await store.put(mediaFileName(storageKey, variantWidth, "webp"), await resized().webp(WEBP).toBuffer(), "image/webp");
    if (variantWidth === width) await store.put(mediaFileName(storageKey, variantWidth, "jpg"), keptJpeg ?? (await resized().jpeg(JPEG).toBuffer()), "image/jpeg");
  }
  return { width, height, variantWidths, sizeBytes: input.length };
}

/**
 * The JPEG's own pixels without its metadata, when they can serve as the stored JPEG: no wider than
 * the largest width (so not resized), upright, sRGB without a profile to convert from, not too heavy.
 * Nothing is lost to a second compression, and the encoder's time (a tenth of a photo's) is saved:
 * old portals' photos (issue 17) are mostly like this; a phone's photo, wider, is always encoded.
 */
async function jpegKeptAsItIs(input: Buffer, largestKept: number): Promise<Buffer | null> {
  if (imageFormatOf(input) !== "jpeg") return null;
  const { width, height, orientation, hasProfile, space } = await openUploadedImage(input).metadata();
  const plain = width <= largestKept && (orientation ?? 1) === 1 && !hasProfile && (space === "srgb" || space === "b-w");
  if (!plain || input.length > width * height * KEPT_JPEG_MAX_BYTES_PER_PIXEL) return null;
  const stripped = jpegWithoutMetadata(input);
  return stripped ? Buffer.from(stripped.buffer, stripped.byteOffset, stripped.byteLength) : null;
}
