import "server-only";
import { mediaFileName } from "@/core/media-files";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "@/core/share-image";
import type { MediaStore } from "./media-store";
import { openStoredImage } from "./uploaded-image";

/**
 * A stored photo cropped to 1200 × 630 (its centre kept) as JPEG, from its largest stored JPEG.
 * Made on request rather than at upload: the name carries the rendering, so browsers, Zalo and
 * Facebook keep it for good, and existing photos need no batch job.
 */
export async function renderSharePhoto(photo: { storageKey: string; variantWidths: number[] }, store: MediaStore): Promise<Uint8Array> {
  const largest = Math.max(...photo.variantWidths);
  const source = await openStoredImage(store, mediaFileName(photo.storageKey, largest, "jpg"));
  const drawn = await source
    .resize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, { fit: "cover", position: "attention" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return new Uint8Array(drawn);
}
