import type { ImageSources } from "@/core/media-files";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/core/upload-rules";

/** A media item as the API sends it (dates as strings). */
export type MediaItemJson = { id: number; alt: string; originalName: string; width: number; height: number; createdAt: string; sources: ImageSources };

export type UploadResult = { ok: true; media: MediaItemJson } | { ok: false; message: string };

/**
 * Sends one image to the server, reporting progress (0–1). XMLHttpRequest because fetch cannot
 * report upload progress. A file over the limit is refused at once; the server checks again.
 */
export function uploadImageFile(file: File, alt: string, onProgress: (fraction: number) => void): Promise<UploadResult> {
  if (file.size > MAX_UPLOAD_BYTES) return Promise.resolve({ ok: false, message: tooLargeMessage(file.name, file.size) });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      // 100% is kept for when the server has stored the image, not merely received it.
      if (event.lengthComputable) onProgress(Math.min(event.loaded / event.total, 0.99));
    };
    request.onload = () => {
      const body = request.response as { media?: MediaItemJson; error?: string } | null;
      if (request.status === 201 && body?.media) {
        onProgress(1);
        resolve({ ok: true, media: body.media });
      } else resolve({ ok: false, message: body?.error ?? "Chưa tải được ảnh lên. Hãy thử lại." });
    };
    request.onerror = () => resolve({ ok: false, message: "Mất kết nối khi tải ảnh. Kiểm tra mạng rồi thử lại." });
    const form = new FormData();
    form.set("file", file);
    form.set("alt", alt);
    request.send(form);
  });
}
