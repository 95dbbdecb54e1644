// What an uploaded image must be, and how a refusal is told to the editor.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_IMAGE_FORMATS = ["jpeg", "png", "webp"] as const;

/** 11534336 → "11,0 MB" (Vietnamese decimal comma). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

/** A file name fit to show back: no folders, no control characters, not endless. */
export function displayFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 120);
  return clean || "ảnh";
}

export function tooLargeMessage(fileName: string, bytes: number): string {
  return `Ảnh “${displayFileName(fileName)}” nặng ${formatMegabytes(bytes)}, vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại.`;
}

export function notAnImageMessage(fileName: string): string {
  return `Tệp “${displayFileName(fileName)}” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.`;
}

export function emptyFileMessage(fileName: string): string {
  return `Tệp “${displayFileName(fileName)}” trống, không có nội dung ảnh.`;
}
