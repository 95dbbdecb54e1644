import fs from "node:fs/promises";
import sharp, { type Sharp } from "sharp";
import { imageFormatOf, MAX_IMAGE_PIXELS, type AcceptedImageFormat } from "@/core/upload-rules";
import type { MediaStore } from "./media-store";

// Each upload is decoded once: libvips' operation cache (50 MB and 20 open files by default) would
// only hold memory, and descriptors of temporary files already removed. Measured under 20 phone
// photos and 5 bombs at once: peak 511–548 MB with it, 450–458 MB without.
sharp.cache(false);

// The one door through which the server opens images it is given. Every decode is refused past
// MAX_IMAGE_PIXELS by sharp itself, whatever the code that asks for it forgets to check.
export function openUploadedImage(input: string | Buffer): Sharp {
  return sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS });
}

/**
 * An image of the media store (the emblem, a photo's largest JPEG) opened for drawing. Throws when
 * it is not there (a restore without its media): each caller draws something neutral instead.
 */
export async function openStoredImage(store: MediaStore, key: string): Promise<Sharp> {
  const bytes = await store.read(key);
  if (!bytes) throw new Error(`The image ${key} is not in ${store.description}`);
  return openUploadedImage(bytes);
}

export type ImageHeader = { format: AcceptedImageFormat; width: number; height: number };

/**
 * Format and dimensions from the file's header, without decoding a pixel. Only JPEG, PNG and WebP
 * (by their first bytes) reach sharp here. No pixel limit on this read: with one, sharp refuses a
 * bomb without saying how large it is, and the refusal should tell the editor its size.
 */
export async function readImageHeader(filePath: string): Promise<ImageHeader | null> {
  const head = Buffer.alloc(12);
  const file = await fs.open(filePath, "r");
  try {
    await file.read(head, 0, head.length, 0);
  } finally {
    await file.close();
  }
  const format = imageFormatOf(head);
  if (!format) return null;
  try {
    const metadata = await sharp(filePath, { limitInputPixels: false }).metadata();
    if (metadata.format !== format || !metadata.width || !metadata.height) return null;
    return { format, width: metadata.width, height: metadata.height };
  } catch {
    return null;
  }
}

