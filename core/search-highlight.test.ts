import { describe, expect, it } from "vitest";
import { excerptAround, highlightText, openingText } from "./search-highlight";

describe("highlightText", () => {
  it.each([
    ["Đại hội Công đoàn", ["dai", "hoi"], "<mark>Đại</mark> <mark>hội</mark> Công đoàn"],
    ["ĐẠI HỘI đại biểu", ["dai"], "<mark>ĐẠI</mark> HỘI <mark>đại</mark> biểu"],
    ["Đường và dương", ["duong"], "<mark>Đường</mark> và <mark>dương</mark>"],
    // whole words only: "hoi" does not mark "hoinghi"
    ["Hoinghi hội", ["hoi"], "Hoinghi <mark>hội</mark>"],
    // everything else is escaped text
    ["<b>Đại</b> & \"hội\"", ["dai"], "&lt;b&gt;<mark>Đại</mark>&lt;/b&gt; &amp; &quot;hội&quot;"],
    ["<script>alert(1)</script>", ["script"], "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;"],
    // decomposed marks stay inside the marked word
    ["Đại hội".normalize("NFD"), ["hoi"], `${"Đại".normalize("NFD")} <mark>${"hội".normalize("NFD")}</mark>`],
    ["Không khớp", ["dai"], "Không khớp"],
  ])("marks %j for %j", (text, words, expected) => {
    expect(highlightText(text, words)).toBe(expected);
  });
});

describe("excerptAround", () => {
  const long = `${"Mở đầu bài viết dài dòng. ".repeat(20)}Hội nghị tổng kết công tác năm. ${"Phần kết bài viết. ".repeat(20)}`;

  it("shows the words around the first match, cut at word boundaries", () => {
    const excerpt = excerptAround(long, ["tong", "ket"], 120);
    expect(excerpt).toMatch(/^… /);
    expect(excerpt).toMatch(/ …$/);
    expect(excerpt).toContain("Hội nghị <mark>tổng</mark> <mark>kết</mark> công tác năm.");
    expect((excerpt ?? "").replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(124);
    expect(excerpt).not.toMatch(/\S…$/);
  });

  it("starts at the beginning when the match is near it", () => {
    expect(excerptAround("Đại hội Công đoàn tỉnh.", ["cong"])).toBe("Đại hội <mark>Công</mark> đoàn tỉnh.");
  });

  it("is null when no word matches", () => {
    expect(excerptAround("Đại hội", ["duong"])).toBeNull();
  });

  it("escapes the text it shows", () => {
    expect(excerptAround("a < b & Đại hội", ["hoi"])).toBe("a &lt; b &amp; Đại <mark>hội</mark>");
  });
});

describe("openingText", () => {
  it.each([
    ["Ngắn & gọn", 240, "Ngắn &amp; gọn"],
    ["Một hai ba bốn năm", 9, "Một hai …"],
  ])("opens %j (max %i) as %j", (text, max, expected) => {
    expect(openingText(text, max)).toBe(expected);
  });
});
