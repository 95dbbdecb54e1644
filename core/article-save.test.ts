import { describe, expect, it } from "vitest";
import { saveSizeProblem } from "./article-save";

const MB = 1024 * 1024;

describe("the size of a save", () => {
  it.each([
    ["a short report", { title: "Hội nghị người lao động", bodyHtml: "<p>Sáng nay…</p>" }, null],
    ["exactly 2 MB with its field names", { bodyHtml: "a".repeat(2 * MB - "bodyHtml".length) }, null],
    ["one byte over 2 MB, shown rounded up", { bodyHtml: "a".repeat(2 * MB - "bodyHtml".length + 1) }, "Bài nặng 2,1 MB"],
    // 800,000 letters, but "ộ" is 3 bytes in UTF-8: 2.3 MB as sent.
    ["800,000 Vietnamese letters", { bodyHtml: "ộ".repeat(800_000) }, "Bài nặng 2,3 MB"],
  ])("%s", (_case, values, start) => {
    const problem = saveSizeProblem(values);
    if (start === null) expect(problem).toBeNull();
    else expect(problem).toBe(`${start}, vượt quá giới hạn 2 MB của một lần lưu nên chưa được gửi đi. Hãy rút bớt nội dung hoặc chia thành loạt bài nhiều kỳ.`);
  });
});
