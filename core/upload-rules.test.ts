import { describe, expect, it } from "vitest";
import { displayFileName, emptyFileMessage, formatMegabytes, notAnImageMessage, tooLargeMessage } from "./upload-rules";

describe("upload rules", () => {
  it.each([
    [11 * 1024 * 1024, "11,0 MB"],
    [10 * 1024 * 1024 + 1, "10,0 MB"],
    [1536 * 1024, "1,5 MB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatMegabytes(bytes)).toBe(text);
  });

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
  });
});
