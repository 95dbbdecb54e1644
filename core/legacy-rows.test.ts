import { describe, expect, it } from "vitest";
import { decodedText, joomlaArticleState, joomlaImages, nukeVietArticleState, nukeVietHomeImage, plainTextHtml } from "./legacy-rows";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

describe("decodedText", () => {
  it.each([
    ["UTF-8 as it is", bytes("Công đoàn"), "Công đoàn", false],
    ["Windows-1252 quotes replaced", bytes([0x93], "Tết", [0x94]), "\uFFFDTết\uFFFD", true],
    ["a letter cut in half replaced once", bytes("h", [0xe1, 0xbb], " gia"), "h\uFFFD gia", true],
    ["nothing as empty text", null, "", false],
  ])("reads %s", (_name, input, text, repaired) => {
    expect(decodedText(input)).toEqual({ text, repaired });
  });
});

describe("joomlaArticleState", () => {
  it.each([
    [1, "published"],
    [2, "published"],
    [0, "draft"],
    [-2, "trashed"],
    [-1, "draft"],
  ])("reads state %i as %s", (state, expected) => {
    expect(joomlaArticleState(state)).toBe(expected);
  });
});

describe("joomlaImages", () => {
  const none = { intro: null, full: null };
  it.each([
    ["an empty column", "", none],
    ["JSON cut short", '{"image_intro":"images\\/tin', none],
    ["a JSON array", '["images/a.jpg"]', none],
    ["empty paths", '{"image_intro":"","image_fulltext":""}', none],
    [
      "PHP's escapes",
      '{"image_intro":"images\\/tin\\/a.jpg","image_intro_alt":"\\u0110\\u1ea1i h\\u1ed9i","image_intro_caption":" \\u1ea2nh ","image_fulltext":"images\\/b.jpg"}',
      { intro: { src: "images/tin/a.jpg", alt: "Đại hội", caption: "Ảnh" }, full: { src: "images/b.jpg", alt: "", caption: "" } },
    ],
    ["a number where a path should be", '{"image_intro":7}', none],
  ])("reads %s", (_name, json, expected) => {
    expect(joomlaImages(json)).toEqual(expected);
  });
});

describe("nukeVietArticleState", () => {
  it.each([
    [1, "published"],
    [3, "published"],
    [0, "draft"],
    [2, "draft"],
    [4, "draft"],
    [5, "draft"],
    [13, "draft"],
    [22, "published"],
    [24, "published"],
    [21, "draft"],
    [30, "draft"],
  ])("reads status %i as %s", (status, expected) => {
    expect(nukeVietArticleState(status)).toBe(expected);
  });
});

describe("plainTextHtml", () => {
  it.each([
    ["one line", "Hội nghị & đối thoại", "<p>Hội nghị &amp; đối thoại</p>"],
    ["a line break", "Dòng một\r\nDòng hai", "<p>Dòng một<br>Dòng hai</p>"],
    ["two paragraphs", "Đoạn một\n\n  \nĐoạn hai", "<p>Đoạn một</p>\n<p>Đoạn hai</p>"],
    ["angle brackets that are no tag", "Năm <2023>", "<p>Năm &lt;2023&gt;</p>"],
    ["text that already holds tags", "<p>Đã là <em>HTML</em></p>", "<p>Đã là <em>HTML</em></p>"],
    ["nothing", "  ", ""],
  ])("writes %s", (_name, text, html) => {
    expect(plainTextHtml(text)).toBe(html);
  });
});

describe("nukeVietHomeImage", () => {
  it.each([
    ["a thumbnailed file", "2023_05/a.jpg", 1, { src: "uploads/news/2023_05/a.jpg", alt: "Ảnh", caption: "Ảnh" }],
    ["a file in uploads", "2023_05/a.jpg", 2, { src: "uploads/news/2023_05/a.jpg", alt: "Ảnh", caption: "Ảnh" }],
    ["an address", "https://cu.example.vn/a.jpg", 3, { src: "https://cu.example.vn/a.jpg", alt: "Ảnh", caption: "Ảnh" }],
    ["no image", "2023_05/a.jpg", 0, null],
    ["an empty file name", "", 1, null],
  ])("reads %s", (_name, file, thumb, expected) => {
    expect(nukeVietHomeImage(file, " Ảnh ", thumb, "news")).toEqual(expected);
  });
});
