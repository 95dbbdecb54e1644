import { describe, expect, it } from "vitest";
import { editedArticle, editedPage, fixMarkedFields, foldsIntoLastRevision, saveSizeProblem, type RevisionKind } from "./editor-save";

const MB = 1024 * 1024;

describe("the size of a save", () => {
  it.each([
    ["a short report", { title: "Hội nghị người lao động", bodyHtml: "<p>Sáng nay…</p>" }, null],
    ["exactly 2 MB with its field names", { bodyHtml: "a".repeat(2 * MB - "bodyHtml".length) }, null],
    ["one byte over 2 MB, shown rounded up", { bodyHtml: "a".repeat(2 * MB - "bodyHtml".length + 1) }, "Bài nặng 2,1 MB"],
    // 800,000 letters, but "ộ" is 3 bytes in UTF-8: 2.3 MB as sent.
    ["800,000 Vietnamese letters", { bodyHtml: "ộ".repeat(800_000) }, "Bài nặng 2,3 MB"],
  ])("%s", (_case, values, start) => {
    const problem = saveSizeProblem(values, editedArticle);
    if (start === null) expect(problem).toBeNull();
    else expect(problem).toBe(`${start}, vượt quá giới hạn 2 MB của một lần lưu nên chưa được gửi đi. Hãy rút bớt nội dung hoặc chia thành loạt bài nhiều kỳ.`);
  });

  it("names a page as a page, with advice that fits a page", () => {
    expect(saveSizeProblem({ bodyHtml: "ộ".repeat(800_000) }, editedPage)).toBe(
      "Trang nặng 2,3 MB, vượt quá giới hạn 2 MB của một lần lưu nên chưa được gửi đi. Hãy rút bớt nội dung hoặc tách một phần thành trang con.",
    );
  });
});

describe("the message for marked fields", () => {
  it.each([
    [editedArticle, "Bài chưa lưu được: hãy sửa các mục được đánh dấu. Nội dung bạn viết vẫn còn nguyên trên trang."],
    [editedPage, "Trang chưa lưu được: hãy sửa các mục được đánh dấu. Nội dung bạn viết vẫn còn nguyên trên trang."],
  ])("names what was refused: %o", (thing, message) => {
    expect(fixMarkedFields(thing)).toBe(message);
  });
});

describe("folding autosaves into one revision", () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 3, minutes));
  const revision = (kind: RevisionKind, savedBy: number, minutes: number) => ({ kind, savedBy, savedAt: at(minutes) });
  it.each([
    ["an autosave minutes after the same person's autosave", revision("autosave", 1, 0), revision("autosave", 1, 9), true],
    ["an autosave ten minutes later", revision("autosave", 1, 0), revision("autosave", 1, 10), false],
    ["an autosave after someone else's", revision("autosave", 2, 0), revision("autosave", 1, 1), false],
    ["an autosave after a save", revision("save", 1, 0), revision("autosave", 1, 1), false],
    ["a save after an autosave", revision("autosave", 1, 0), revision("save", 1, 1), false],
    ["the first revision", undefined, revision("autosave", 1, 0), false],
  ])("%s: %s", (_case, last, next, folds) => {
    expect(foldsIntoLastRevision(last, next)).toBe(folds);
  });
});
