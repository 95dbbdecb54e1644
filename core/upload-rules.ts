// What an uploaded image must be, and how a refusal is told to the editor.
import { formatByteLimit, formatMegabytes, formatNumber } from "./vi-number";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * Decoded, an image costs 3–4 bytes a pixel whatever its file weighs: a 30 KB PNG of 16000 × 16000
 * is 768 MB of pixels. 40 megapixels is above every phone's default photo (12–24) and a 36 MP
 * camera, and keeps one decode under about 160 MB.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
export function exceedsPixelLimit({ width, height }: { width: number; height: number }): boolean {
  return width * height > MAX_IMAGE_PIXELS;
}

export const ACCEPTED_IMAGE_FORMATS = ["jpeg", "png", "webp"] as const;
export type AcceptedImageFormat = (typeof ACCEPTED_IMAGE_FORMATS)[number];
/** The file inputs' `accept`: a phone offers its photos, a computer's dialog shows these files only. */
export const ACCEPTED_IMAGE_TYPES = ACCEPTED_IMAGE_FORMATS.map((format) => `image/${format}`).join(",");

/** A file name fit to show back: no folders, no control characters, not endless. */
export function displayFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 120);
  return clean || "ảnh";
}

/**
 * The size is unknown when a body without Content-Length is cut off at the limit, and the name
 * when a declared Content-Length is refused before any of the body is read.
 */
export function tooLargeMessage(fileName: string | null, bytes: number | null): string {
  const image = fileName === null ? "Ảnh" : `Ảnh “${displayFileName(fileName)}”`;
  const weight = bytes === null ? "" : ` nặng ${formatMegabytes(bytes)},`;
  return `${image}${weight} vượt quá giới hạn ${formatByteLimit(MAX_UPLOAD_BYTES)}. Hãy giảm kích thước ảnh rồi tải lại.`;
}

export function tooManyPixelsMessage(fileName: string, width: number, height: number): string {
  const megapixels = formatNumber((width * height) / 1_000_000, 1);
  return (
    `Ảnh “${displayFileName(fileName)}” có kích thước ${formatNumber(width)} × ${formatNumber(height)} điểm ảnh ` +
    `(${megapixels} megapixel), vượt quá giới hạn ${formatNumber(MAX_IMAGE_PIXELS / 1_000_000)} megapixel. ` +
    `Hãy giảm kích thước ảnh rồi tải lại.`
  );
}

export function notAnImageMessage(fileName: string): string {
  return `Tệp “${displayFileName(fileName)}” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.`;
}

export function emptyFileMessage(fileName: string): string {
  return `Tệp “${displayFileName(fileName)}” trống, không có nội dung ảnh.`;
}

export const NO_FILE_MESSAGE = "Không nhận được tệp ảnh. Hãy chọn lại ảnh.";
export const MALFORMED_UPLOAD_MESSAGE = "Dữ liệu ảnh gửi lên bị hỏng hoặc không trọn vẹn. Hãy chọn lại ảnh rồi tải lại.";
export const NOT_A_FORM_MESSAGE = "Ảnh phải được gửi bằng biểu mẫu tải tệp (multipart/form-data).";

/** What a streamed upload (server/upload-body.ts) accepts, and how its refusals are worded. */
export type UploadRules = {
  maxFileBytes: number;
  tooLarge: (fileName: string | null, bytes: number | null) => string;
  noFile: string;
  malformed: string;
  notAForm: string;
};

export const IMAGE_UPLOAD_RULES: UploadRules = {
  maxFileBytes: MAX_UPLOAD_BYTES,
  tooLarge: tooLargeMessage,
  noFile: NO_FILE_MESSAGE,
  malformed: MALFORMED_UPLOAD_MESSAGE,
  notAForm: NOT_A_FORM_MESSAGE,
};

/**
 * The format by the file's first bytes, before any decoder sees it: the content decides, never
 * the name or the declared type, and nothing else (SVG, TIFF, GIF…) reaches the image library.
 */
export function imageFormatOf(head: Uint8Array): AcceptedImageFormat | null {
  const starts = (offset: number, bytes: number[]) => bytes.every((byte, i) => head[offset + i] === byte);
  if (starts(0, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return "webp";
  return null;
}

/** Where an upload is: its bytes on the way, the server making the sizes, or stored. */
export type UploadStage = { phase: "sending"; fraction: number } | { phase: "processing" } | { phase: "done" };

/**
 * What the person reads while waiting. The bytes of a photo arrive in a second; making its sizes
 * can take several more, which a bar stuck at 99 % does not explain.
 */
export function uploadStageText(stage: UploadStage, thing = "ảnh"): string {
  if (stage.phase === "processing") return `Đang xử lý ${thing}…`;
  if (stage.phase === "done") return "Đã tải lên";
  return `Đang tải lên ${Math.min(99, Math.floor(stage.fraction * 100))} %`;
}
