import { describe, expect, it } from "vitest";
import { firstBodyImageKey, parseShareImageName, shareImagePath, storageKeyOfSrc, versionOf, wrapTitle } from "./share-image";

describe("firstBodyImageKey", () => {
  it.each([
    ["a photo between paragraphs", '<p>Mở đầu</p><figure><img src="/api/media/hoi-nghi-ab12-960.jpg" srcset="/api/media/hoi-nghi-ab12-480.webp 480w" alt=""></figure>', "hoi-nghi-ab12"],
    ["the first of two photos", '<img alt="x" src="/api/media/mot-1600.webp"><img src="/api/media/hai-480.jpg">', "mot"],
    ["skipping a foreign image for ours", '<img src="https://example.com/a-480.jpg"><img src="/api/media/cua-ta-480.jpg">', "cua-ta"],
    ["a body without photos", "<p>Chỉ có chữ.</p>", null],
    ["a file name that is not one of ours", '<img src="/api/media/../../etc-480.jpg">', null],
    ["a data-src that is not the src", '<img data-src="/api/media/an-480.jpg">', null],
  ])("reads %s", (_case, html, expected) => {
    expect(firstBodyImageKey(html)).toBe(expected);
  });
});

describe("storageKeyOfSrc", () => {
  it.each([
    ["/api/media/hoi-nghi-ab12-1600.jpg", "hoi-nghi-ab12"],
    ["/api/media/hoi-nghi-ab12.jpg", null],
    ["/khac/hoi-nghi-ab12-1600.jpg", null],
  ])("%s → %s", (src, expected) => {
    expect(storageKeyOfSrc(src)).toBe(expected);
  });
});

describe("share image names", () => {
  it.each([
    [{ kind: "photo", storageKey: "hoi-nghi-ab12" }, "/api/anh-chia-se/anh-hoi-nghi-ab12-1.jpg"],
    [{ kind: "article", articleId: 42, version: "lb2x9k" }, "/api/anh-chia-se/bai-42-lb2x9k.png"],
    [{ kind: "site", version: "k3x9q1" }, "/api/anh-chia-se/trang-k3x9q1.png"],
  ] as const)("%o is served at %s and read back", (name, path) => {
    expect(shareImagePath(name)).toBe(path);
    expect(parseShareImageName(path.split("/").pop() ?? "")).toEqual(name);
  });

  it.each(["anh-../x-1.jpg", "anh-hoi-nghi-0.jpg", "bai-0-abc.png", "bai-042-abc.png", "bai-2147483648-abc.png", "bai-42-ABC.png", "trang-.png", "khac.png"])("refuses %s", (fileName) => {
    expect(parseShareImageName(fileName)).toBeNull();
  });

  it("names a card by what it shows", () => {
    expect(versionOf("LĐLĐ tỉnh Hải Lâm", "")).toBe(versionOf("LĐLĐ tỉnh Hải Lâm", ""));
    expect(versionOf("LĐLĐ tỉnh Hải Lâm", "")).not.toBe(versionOf("LĐLĐ tỉnh Hải Lâm", "huy-hieu-ab12"));
    expect(versionOf("a")).toMatch(/^[a-z0-9]{1,16}$/);
  });
});

describe("wrapTitle", () => {
  it.each([
    ["a short title on one line", "Đại hội Công đoàn", 20, 3, ["Đại hội Công đoàn"]],
    ["breaking at spaces", "Đại hội Công đoàn ngành Giáo dục thành công", 20, 3, ["Đại hội Công đoàn", "ngành Giáo dục thành", "công"]],
    ["counting letters with marks as one", "Hướng tới Đại hội Công đoàn", 13, 3, ["Hướng tới Đại", "hội Công đoàn"]],
    ["ending with … what does not fit", "một hai ba bốn năm sáu bảy tám chín mười", 8, 2, ["một hai", "ba bốn…"]],
    ["cutting a word longer than a line", "Siêuuuuuuuuuuuudài ngắn", 10, 3, ["Siêuuuuuuu", "ngắn"]],
    ["dropping a trailing comma before …", "một hai, ba bốn năm sáu", 8, 2, ["một hai,", "ba bốn…"]],
    ["an empty title", "  ", 10, 3, []],
  ])("%s", (_case, title, maxChars, maxLines, expected) => {
    expect(wrapTitle(title, maxChars, maxLines)).toEqual(expected);
  });

  it("never gives more lines than asked, nor longer ones", () => {
    const lines = wrapTitle("Hội nghị ".repeat(40), 24, 4);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(24);
    expect(lines[3]?.endsWith("…")).toBe(true);
  });
});
