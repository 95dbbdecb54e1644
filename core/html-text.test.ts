import { describe, expect, it } from "vitest";
import { escapeHtml, htmlToText } from "./html-text";

describe("htmlToText", () => {
  it.each([
    ["<p>Đại&nbsp;hội</p><p>lần X</p>", "Đại hội lần X"],
    ["<h2>Tiêu đề</h2>\n<p>Đoạn <strong>một</strong>.</p>", "Tiêu đề Đoạn một."],
    ['<figure><img src="/a.jpg" alt="Ảnh"><figcaption>Chú thích &amp; ảnh</figcaption></figure>', "Chú thích & ảnh"],
    ["<p>a &lt;b&gt; &quot;c&quot; &#39;d&#39; &#x110;&#273;</p>", "a <b> \"c\" 'd' Đđ"],
    ["<p>&unknown; &#0;</p>", "&unknown;"],
    ["", ""],
  ])("reads %j as %j", (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it("gives text that escapeHtml makes safe again", () => {
    expect(escapeHtml(htmlToText("<p>&lt;script&gt;</p>"))).toBe("&lt;script&gt;");
  });
});
