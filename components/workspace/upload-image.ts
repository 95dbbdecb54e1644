import type { ImageSources } from "@/core/media-files";
import { IMAGE_HEADER_BYTES, imageDimensionsOf } from "@/core/image-header";
import { postFileWithProgress } from "./upload-request";
import { exceedsPixelLimit, MAX_UPLOAD_BYTES, tooLargeMessage, tooManyPixelsMessage, type UploadStage } from "@/core/upload-rules";

/** A media item as the API sends it (dates as strings). */
export type MediaItemJson = { id: number; alt: string; credit: string; originalName: string; width: number; height: number; createdAt: string; sources: ImageSources };

export type UploadResult = { ok: true; media: MediaItemJson } | { ok: false; message: string };

/** Why the browser can refuse a file at once (the server checks again), or null to send it. */
async function refusalBeforeSending(file: File): Promise<string | null> {
  if (file.size > MAX_UPLOAD_BYTES) return tooLargeMessage(file.name, file.size);
  // The header alone: decoding an image bomb to measure it would cost the browser what it costs the server.
  const head = await file.slice(0, IMAGE_HEADER_BYTES).arrayBuffer().catch(() => null);
  const dimensions = head ? imageDimensionsOf(new Uint8Array(head)) : null;
  return dimensions && exceedsPixelLimit(dimensions) ? tooManyPixelsMessage(file.name, dimensions.width, dimensions.height) : null;
}

/**
 * Sends one image to the server, reporting its stage (upload-request.ts). A file over the byte or
 * pixel limit is refused at once. `endpoint` is the library's by default, or an album's
 * (/api/thu-vien-anh/<id>/anh), which stores the image the same way and adds it to the album.
 */
export async function uploadImageFile(file: File, alt: string, onStage: (stage: UploadStage) => void, endpoint = "/api/media"): Promise<UploadResult> {
  const refusal = await refusalBeforeSending(file);
  if (refusal) return { ok: false, message: refusal };
  const form = new FormData();
  form.set("file", file);
  form.set("alt", alt);
  const sent = await postFileWithProgress(endpoint, form, onStage);
  if (sent.status === 0) return { ok: false, message: "Mất kết nối khi tải ảnh. Kiểm tra mạng rồi thử lại." };
  const body = sent.body as { media?: MediaItemJson; error?: string } | null;
  if (sent.status === 201 && body?.media) {
    onStage({ phase: "done" });
    return { ok: true, media: body.media };
  }
  return { ok: false, message: body?.error ?? "Chưa tải được ảnh lên. Hãy thử lại." };
}
