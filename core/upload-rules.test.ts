import { describe, expect, it } from "vitest";
import {
  displayFileName,
  emptyFileMessage,
  imageFormatOf,
  notAnImageMessage,
  tooLargeMessage,
  tooManyPixelsMessage,
} from "./upload-rules";

const ascii = (text: string) => [...new TextEncoder().encode(text)];

describe("upload rules", () => {
  it.each([
    ["C:\\Users\\ha\\anh hoi nghi.jpg", "anh hoi nghi.jpg"],
    ["../../etc/passwd", "passwd"],
    ["a\u0000b.png", "ab.png"],
    ["", "ảnh"],
  ])("shows the file name %j as %j", (name, shown) => {
    expect(displayFileName(name)).toBe(shown);
  });

  it("explains each refusal in Vietnamese with the file's name", () => {
    expect(tooLargeMessage("lon.jpg", 11 * 1024 * 1024)).toBe("Ảnh “lon.jpg” nặng 11,0 MB, vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại.");
    expect(notAnImageMessage("bao-cao.jpg")).toBe("Tệp “bao-cao.jpg” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.");
    expect(emptyFileMessage("x.png")).toBe("Tệp “x.png” trống, không có nội dung ảnh.");
    expect(tooManyPixelsMessage("x.webp", 16383, 16383)).toBe(
      "Ảnh “x.webp” có kích thước 16.383 × 16.383 điểm ảnh (268,4 megapixel), vượt quá giới hạn 40 megapixel. Hãy giảm kích thước ảnh rồi tải lại.",
    );
  });

  it("says what it knows when a body is refused before its size or its name is known", () => {
    expect(tooLargeMessage("lon.jpg", null)).toBe("Ảnh “lon.jpg” vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại.");
    expect(tooLargeMessage(null, 50 * 1024 * 1024)).toBe("Ảnh nặng 50,0 MB, vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại.");
    expect(tooLargeMessage(null, null)).toBe("Ảnh vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại.");
  });

  it.each([
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1], "jpeg"],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "png"],
    ["WebP", [...ascii("RIFF"), 0x22, 0, 0, 0, ...ascii("WEBP")], "webp"],
    ["a WAV (RIFF, not WebP)", [...ascii("RIFF"), 0x22, 0, 0, 0, ...ascii("WAVE")], null],
    ["GIF", [...ascii("GIF89a"), 0, 0, 0, 0, 0, 0], null],
    ["SVG", [...ascii("<svg xmlns=")], null],
    ["TIFF", [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0, 0, 0], null],
    ["two bytes", [0xff, 0xd8], null],
  ])("recognises %s by its first bytes", (_what, bytes, format) => {
    expect(imageFormatOf(Uint8Array.from(bytes))).toBe(format);
  });
});
