import { describe, expect, it } from "vitest";
import { isInUse, usageRefusal } from "./taxonomy-usage";

const none = { articleCount: 0, articleTitles: [], userCount: 0, usernames: [], childUnits: [] };

describe("usageRefusal", () => {
  it.each([
    {
      usage: { ...none, articleCount: 2, articleTitles: ["Hội nghị cán bộ", "Đại hội"] },
      expected: "Không thể xóa chuyên mục “Tin hoạt động” vì đang được dùng: 2 bài viết (“Hội nghị cán bộ”, “Đại hội”). Hãy chuyển những mục này sang chuyên mục khác trước.",
      kind: "chuyên mục" as const,
    },
    {
      usage: { ...none, articleCount: 7, articleTitles: ["A", "B"] },
      expected: "Không thể xóa chuyên mục “Tin hoạt động” vì đang được dùng: 7 bài viết (“A”, “B” và 5 bài khác). Hãy chuyển những mục này sang chuyên mục khác trước.",
      kind: "chuyên mục" as const,
    },
    {
      usage: { ...none, userCount: 9, usernames: ["bientap", "congtacvien"], childUnits: ["Công đoàn cơ sở Trường THPT Hòa An"] },
      expected: "Không thể xóa đơn vị “Tin hoạt động” vì đang được dùng: tài khoản bientap, congtacvien và 7 tài khoản khác; đơn vị trực thuộc “Công đoàn cơ sở Trường THPT Hòa An”. Hãy chuyển những mục này sang đơn vị khác trước.",
      kind: "đơn vị" as const,
    },
  ])("$expected", ({ usage, expected, kind }) => {
    expect(isInUse(usage)).toBe(true);
    expect(usageRefusal(kind, "Tin hoạt động", usage)).toBe(expected);
  });

  it("treats nothing pointing at it as unused", () => {
    expect(isInUse(none)).toBe(false);
  });
});
