import { describe, expect, it } from "vitest";
import { comparePageRevisions, compareRevisions, splitBodyBlocks, type ComparablePageRevision, type ComparableRevision, type DiffPart } from "./revision-compare";

const BASE: ComparableRevision = {
  title: "Công đoàn Viên chức tỉnh tổ chức Hội nghị tổng kết",
  slug: "cong-doan-vien-chuc-tinh-to-chuc-hoi-nghi-tong-ket",
  summary: "Sáng 21/12, Công đoàn Viên chức tỉnh tổng kết công tác năm 2022.",
  bodyHtml: "<p>Đoạn mở đầu.</p><p>Hội nghị đã biểu dương 12 tập thể.</p><p>Đoạn kết.</p>",
  byline: "Trần Thị Biên",
  coverCaption: "Quang cảnh hội nghị",
  categoryName: "Hoạt động công đoàn",
  unitName: "Công đoàn Viên chức tỉnh",
  publishedAtLabel: "21/12/2022 16:42",
};

/** "[-went-]" for removed words and "{+came+}" for added ones, so a whole side reads as one string. */
function marked(parts: DiffPart[]): string {
  return parts.map((p) => (p.change === "removed" ? `[-${p.text}-]` : p.change === "added" ? `{+${p.text}+}` : p.text)).join("");
}

function bodyOf(comparison: ReturnType<typeof compareRevisions>) {
  return comparison.body.map((block) => ({ change: block.change, left: marked(block.left), right: marked(block.right) }));
}

const figure = (alt: string, caption: string) =>
  `<figure><img src="/api/media/hoi-nghi-960.webp" alt="${alt}"><figcaption>${caption}</figcaption></figure>`;
const table = (row: string) => `<table><tbody><tr><th><p>Đơn vị</p></th><th><p>Số đoàn viên</p></th></tr><tr>${row}</tr></tbody></table>`;

describe("splitBodyBlocks", () => {
  it.each([
    ["paragraphs and headings", "<h2>Tiêu đề phụ</h2><p>Đoạn <strong>một</strong>.</p><h3>Mục</h3><h4>Ý</h4>", ["Tiêu đề phụ", "Đoạn một.", "Mục", "Ý"]],
    ["list items, with the editor's paragraphs inside", "<ul><li><p>Thứ nhất</p></li><li>Thứ hai</li></ul>", ["Thứ nhất", "Thứ hai"]],
    ["a quote", "<blockquote><p>Lời phát biểu</p></blockquote>", ["Lời phát biểu"]],
    ["a figure as its description and caption", figure("Đại biểu dự hội nghị", "Toàn cảnh"), ["Ảnh: Đại biểu dự hội nghị", "Chú thích ảnh: Toàn cảnh"]],
    ["an image without a description", '<img src="/api/media/a.webp">', ["Ảnh (không có mô tả)"]],
    ["table rows as cells joined by bars", table("<td><p>Xã A</p></td><td>120</td>"), ["Đơn vị | Số đoàn viên", "Xã A | 120"]],
    ["entities decoded and spaces collapsed", "<p>Tom &amp; Jerry&nbsp;&lt;3\n  nhé</p>", ["Tom & Jerry <3 nhé"]],
    ["an escaped tag in an alt kept as text", '<img src="/api/media/a.webp" alt="mã &lt;b&gt; &quot;x&quot;">', ['Ảnh: mã <b> "x"']],
    ["line breaks as spaces", "<p>dòng một<br>dòng hai</p>", ["dòng một dòng hai"]],
    ["loose text around blocks", "Mở đầu<p>Giữa</p>Cuối", ["Mở đầu", "Giữa", "Cuối"]],
    ["nothing for empty blocks and unsafe content", "<p> </p><p><script>alert(1)</script></p><hr>", []],
  ])("reads %s", (_case, html, expected) => {
    expect(splitBodyBlocks(html)).toEqual(expected);
  });
});

describe("compareRevisions", () => {
  it("finds no change between identical revisions", () => {
    const comparison = compareRevisions(BASE, { ...BASE });
    expect(comparison.changedFieldCount).toBe(0);
    expect(comparison.bodyChanged).toBe(false);
    expect(comparison.fields.map((f) => [f.label, f.changed])).toEqual([
      ["Tiêu đề", false], ["Đường dẫn", false], ["Tóm tắt", false], ["Tác giả (bút danh)", false],
      ["Chú thích ảnh đại diện", false], ["Chuyên mục", false], ["Đơn vị", false], ["Thời gian đăng", false],
    ]);
    expect(comparison.body.every((block) => block.change === "same")).toBe(true);
  });

  it.each([
    ["a word replaced", "Công đoàn Viên chức tỉnh tổ chức Hội nghị sơ kết", "Công đoàn Viên chức tỉnh tổ chức Hội nghị [-tổng-]", "Công đoàn Viên chức tỉnh tổ chức Hội nghị {+sơ+}"],
    ["a word with tone marks replaced whole", "Công đoàn Viên chức huyện tổ chức Hội nghị tổng kết", "Công đoàn Viên chức [-tỉnh-] tổ", "Công đoàn Viên chức {+huyện+} tổ"],
    ["punctuation added", "Công đoàn Viên chức tỉnh: tổ chức Hội nghị tổng kết!", "tỉnh tổ", "tỉnh{+:+} tổ chức Hội nghị tổng kết{+!+}"],
    ["words added at the end", `${BASE.title} năm 2022`, "Hội nghị tổng kết", "Hội nghị tổng kết {+năm 2022+}"],
  ])("shows the title changed word by word: %s", (_case, title, leftContains, rightContains) => {
    const comparison = compareRevisions(BASE, { ...BASE, title });
    const field = comparison.fields.find((f) => f.field === "title");
    expect(comparison.changedFieldCount).toBe(1);
    expect(field?.changed).toBe(true);
    expect(marked(field?.left ?? [])).toContain(leftContains);
    expect(marked(field?.right ?? [])).toContain(rightContains);
    // Each column is its own revision's text, whole.
    expect(field?.left.filter((p) => p.change !== "added").map((p) => p.text).join("")).toBe(BASE.title);
    expect(field?.right.map((p) => p.text).join("")).toBe(title);
  });

  it.each([
    ["the slug", "slug", "Đường dẫn"],
    ["the cover caption", "coverCaption", "Chú thích ảnh đại diện"],
    ["the category", "categoryName", "Chuyên mục"],
    ["the publication time", "publishedAtLabel", "Thời gian đăng"],
  ] as const)("labels a change of %s in Vietnamese", (_case, field, label) => {
    const comparison = compareRevisions(BASE, { ...BASE, [field]: "giá trị mới" });
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.label)).toEqual([label]);
  });

  it.each([
    [
      "a paragraph added",
      "<p>Đoạn mở đầu.</p><p>Hội nghị đã biểu dương 12 tập thể.</p><p>Đoạn bổ sung.</p><p>Đoạn kết.</p>",
      [{ change: "added", left: "", right: "{+Đoạn bổ sung.+}" }],
    ],
    [
      "a paragraph removed",
      "<p>Đoạn mở đầu.</p><p>Đoạn kết.</p>",
      [{ change: "removed", left: "[-Hội nghị đã biểu dương 12 tập thể.-]", right: "" }],
    ],
    [
      "a paragraph changed",
      "<p>Đoạn mở đầu.</p><p>Hội nghị đã khen thưởng 15 tập thể.</p><p>Đoạn kết.</p>",
      [{ change: "changed", left: "Hội nghị đã [-biểu dương 12-] tập thể.", right: "Hội nghị đã {+khen thưởng 15+} tập thể." }],
    ],
    [
      "one paragraph changed and another added after it",
      "<p>Đoạn mở đầu.</p><p>Hội nghị đã biểu dương 15 tập thể.</p><p>Đoạn mới.</p><p>Đoạn kết.</p>",
      [
        { change: "changed", left: "Hội nghị đã biểu dương [-12-] tập thể.", right: "Hội nghị đã biểu dương {+15+} tập thể." },
        { change: "added", left: "", right: "{+Đoạn mới.+}" },
      ],
    ],
  ])("shows %s in the body", (_case, bodyHtml, expectedChanges) => {
    const comparison = compareRevisions(BASE, { ...BASE, bodyHtml });
    expect(comparison.bodyChanged).toBe(true);
    expect(comparison.changedFieldCount).toBe(0);
    const body = bodyOf(comparison);
    expect(body.filter((block) => block.change !== "same")).toEqual(expectedChanges);
    expect(body[0]).toEqual({ change: "same", left: "Đoạn mở đầu.", right: "Đoạn mở đầu." });
    expect(body.at(-1)).toEqual({ change: "same", left: "Đoạn kết.", right: "Đoạn kết." });
  });

  it.each([
    ["a figure's caption changed", figure("Đại biểu", "Toàn cảnh hội nghị"), figure("Đại biểu", "Toàn cảnh buổi lễ"),
      { change: "changed", left: "Chú thích ảnh: Toàn cảnh [-hội nghị-]", right: "Chú thích ảnh: Toàn cảnh {+buổi lễ+}" }],
    ["a figure's description changed", figure("Đại biểu dự họp", "Toàn cảnh"), figure("Đại biểu phát biểu", "Toàn cảnh"),
      { change: "changed", left: "Ảnh: Đại biểu [-dự họp-]", right: "Ảnh: Đại biểu {+phát biểu+}" }],
    ["a table row changed", table("<td><p>Xã A</p></td><td><p>120</p></td>"), table("<td><p>Xã A</p></td><td><p>125</p></td>"),
      { change: "changed", left: "Xã A | [-120-]", right: "Xã A | {+125+}" }],
  ])("shows %s as one changed block", (_case, olderBody, newerBody, expected) => {
    const comparison = compareRevisions({ ...BASE, bodyHtml: olderBody }, { ...BASE, bodyHtml: newerBody });
    expect(bodyOf(comparison).filter((block) => block.change !== "same")).toEqual([expected]);
  });

  it("counts the same text in NFC and NFD as unchanged", () => {
    const decomposed = Object.fromEntries(Object.entries(BASE).map(([key, value]) => [key, value.normalize("NFD")])) as ComparableRevision;
    expect(decomposed.title).not.toBe(BASE.title);
    const comparison = compareRevisions(BASE, decomposed);
    expect(comparison.changedFieldCount).toBe(0);
    expect(comparison.bodyChanged).toBe(false);
  });

  it("diffs decomposed Vietnamese by whole words", () => {
    const comparison = compareRevisions(BASE, { ...BASE, title: "Công đoàn Viên chức huyện tổ chức Hội nghị tổng kết".normalize("NFD") });
    const field = comparison.fields.find((f) => f.field === "title");
    expect(field?.left.filter((p) => p.change === "removed").map((p) => p.text.trim())).toEqual(["tỉnh"]);
    expect(field?.right.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["huyện"]);
  });

  it("does not count spacing the reader cannot see as a change", () => {
    const comparison = compareRevisions(BASE, { ...BASE, title: `  ${BASE.title.replace(" ", "   ")} `, bodyHtml: BASE.bodyHtml.replace("<p>Đoạn kết.</p>", "\n<p>Đoạn  kết. </p>") });
    expect(comparison.changedFieldCount).toBe(0);
    expect(comparison.bodyChanged).toBe(false);
  });
});

describe("comparePageRevisions", () => {
  const PAGE: ComparablePageRevision = {
    title: "Liên hệ",
    slug: "lien-he",
    summary: "Địa chỉ và điện thoại của cơ quan Liên đoàn.",
    bodyHtml: "<p>Đoàn viên cần tư vấn xin liên hệ.</p>",
    languageName: "Tiếng Việt",
  };

  it("names a page's own fields, and no article field", () => {
    expect(comparePageRevisions(PAGE, { ...PAGE }).fields.map((f) => f.label)).toEqual(["Tiêu đề", "Đường dẫn", "Tóm tắt", "Ngôn ngữ"]);
  });

  it("shows a changed language and a sentence added to the body", () => {
    const comparison = comparePageRevisions(PAGE, { ...PAGE, languageName: "English", bodyHtml: `${PAGE.bodyHtml}<p>Giờ làm việc: sáng thứ Hai đến thứ Sáu.</p>` });
    expect(comparison.fields.filter((f) => f.changed).map((f) => f.label)).toEqual(["Ngôn ngữ"]);
    expect(bodyOf(comparison).filter((block) => block.change !== "same")).toEqual([{ change: "added", left: "", right: "{+Giờ làm việc: sáng thứ Hai đến thứ Sáu.+}" }]);
  });
});
