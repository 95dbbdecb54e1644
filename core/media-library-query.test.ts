import { describe, expect, it } from "vitest";
import { mediaLibraryHref, parseMediaLibraryQuery } from "./media-library-query";

describe("parseMediaLibraryQuery", () => {
  it.each([
    [{}, { q: "", shortened: false, page: 1 }],
    [{ q: "  cong doan ", trang: "2" }, { q: "cong doan", shortened: false, page: 2 }],
    [{ q: ["Đại hội", "khác"], trang: ["3", "4"] }, { q: "Đại hội", shortened: false, page: 1 }],
    [{ q: "a\u0000b\nc", trang: "abc" }, { q: "a b c", shortened: false, page: 1 }],
    [{ q: "x", trang: "-1" }, { q: "x", shortened: false, page: 1 }],
    [{ q: "x", trang: "99999999999" }, { q: "x", shortened: false, page: 1 }],
    [{ q: "x", trang: "999999999" }, { q: "x", shortened: false, page: 999_999_999 }],
    [{ q: "đ".repeat(3000) }, { q: "đ".repeat(200), shortened: true, page: 1 }],
    // Cut by characters: an emoji (two UTF-16 units) is never split in half.
    [{ q: "😀".repeat(201) }, { q: "😀".repeat(200), shortened: true, page: 1 }],
  ])("reads %j as %j", (params, expected) => {
    expect(parseMediaLibraryQuery(params)).toEqual(expected);
  });
});

describe("mediaLibraryHref", () => {
  it.each([
    [{ q: "", page: 1 }, "/quan-tri/thu-vien-anh"],
    [{ q: "", page: 3 }, "/quan-tri/thu-vien-anh?trang=3"],
    [{ q: "công đoàn & tết", page: 2 }, "/quan-tri/thu-vien-anh?q=c%C3%B4ng+%C4%91o%C3%A0n+%26+t%E1%BA%BFt&trang=2"],
  ])("links %j as %s", (query, href) => {
    expect(mediaLibraryHref(query)).toBe(href);
  });
});
