import { describe, expect, it } from "vitest";
import { isMediaInUse, mediaAddressPrefix, mediaKeysInHtml, mediaUsageRefusal, NO_USAGE, type MediaUsage } from "./media-usage";

describe("mediaKeysInHtml", () => {
  it.each([
    ["", []],
    ["<p>Không có ảnh</p>", []],
    ['<figure><img src="/api/media/ab12-960.jpg" srcset="/api/media/ab12-480.webp 480w, /api/media/ab12-960.webp 960w" alt=""></figure>', ["ab12"]],
    ['<img src="/api/media/demo-conference-3-1600.jpg"><img src="/api/media/demo-conference-31-480.jpg">', ["demo-conference-3", "demo-conference-31"]],
    ['<a href="https://tin.example/api/media/cd34-480.webp">ảnh gốc</a>', ["cd34"]],
    // Not one of ours: a foreign host's path, a file name that is not a variant, traversal.
    ['<img src="https://other.example/images/ab12-960.jpg"><img src="/api/media/../../etc-1.jpg"><img src="/api/media/ab12.png">', []],
  ])("finds the images of %s", (html, keys) => {
    expect([...mediaKeysInHtml(html)].sort()).toEqual(keys);
  });
});

describe("mediaAddressPrefix", () => {
  it("is the start of every file of the image", () => {
    expect(mediaAddressPrefix("ab12")).toBe("/api/media/ab12-");
  });
});

const article = (title: string, asCover: boolean, inBody: boolean) => ({ id: title.length, title, asCover, inBody, published: true });

describe("mediaUsageRefusal", () => {
  it.each<[string, MediaUsage, string]>([
    [
      "a cover",
      { ...NO_USAGE, articles: [article("Hội nghị cán bộ", true, false)] },
      "Không thể xóa ảnh “hoi-nghi.jpg” vì đang được dùng: làm ảnh đại diện của bài “Hội nghị cán bộ”. Hãy gỡ ảnh khỏi những chỗ này trước.",
    ],
    [
      "a cover and a body, and one article with both",
      { ...NO_USAGE, articles: [article("A", true, true), article("Bài B", false, true)] },
      "Không thể xóa ảnh “hoi-nghi.jpg” vì đang được dùng: làm ảnh đại diện của bài “A”; trong nội dung bài “A”, “Bài B”. Hãy gỡ ảnh khỏi những chỗ này trước.",
    ],
    [
      "a page and the settings",
      { ...NO_USAGE, pages: [{ id: 1, title: "Liên hệ" }], settings: ["emblem", "shareImage"] },
      "Không thể xóa ảnh “hoi-nghi.jpg” vì đang được dùng: trong trang giới thiệu “Liên hệ”; làm biểu trưng (logo) và ảnh chia sẻ mặc định trong Cài đặt trang. Hãy gỡ ảnh khỏi những chỗ này trước.",
    ],
    [
      "an album, in any status",
      { ...NO_USAGE, albums: [{ id: 3, title: "Đại hội Công đoàn tỉnh", published: false }] },
      "Không thể xóa ảnh “hoi-nghi.jpg” vì đang được dùng: trong album “Đại hội Công đoàn tỉnh”. Hãy gỡ ảnh khỏi những chỗ này trước.",
    ],
    [
      "many articles: the first five and a count",
      { ...NO_USAGE, articles: ["1", "2", "3", "4", "5", "6", "7"].map((n) => article(`Bài ${n}`, false, true)) },
      "Không thể xóa ảnh “hoi-nghi.jpg” vì đang được dùng: trong nội dung bài “Bài 1”, “Bài 2”, “Bài 3”, “Bài 4”, “Bài 5” và 2 bài khác. Hãy gỡ ảnh khỏi những chỗ này trước.",
    ],
  ])("names %s", (_case, usage, expected) => {
    expect(isMediaInUse(usage)).toBe(true);
    expect(mediaUsageRefusal("hoi-nghi.jpg", usage)).toBe(expected);
  });

  it("treats nothing using it as unused", () => {
    expect(isMediaInUse(NO_USAGE)).toBe(false);
  });
});
