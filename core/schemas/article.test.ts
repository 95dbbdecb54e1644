import { describe, expect, it } from "vitest";
import { articleDraftSchema, problemsBeforeReview, publishTimeSchema, reviewCommentSchema } from "./article";

const valid = {
  title: "Hội nghị tổng kết",
  slug: "",
  summary: "",
  bodyHtml: "<p>Nội dung</p>",
  coverMediaId: "",
  coverCaption: "",
  byline: "",
  categoryId: "1",
  unitId: "2",
  seriesId: "",
  seriesPart: "",
};

describe("articleDraftSchema", () => {
  it("reads form strings into typed values, empty optional ids as null", () => {
    expect(articleDraftSchema.parse({ ...valid, isFeatured: "on" })).toMatchObject({ categoryId: 1, unitId: 2, coverMediaId: null, seriesId: null, isFeatured: true });
  });

  it("accepts an unfinished draft with no title, so autosave never loses work", () => {
    expect(articleDraftSchema.safeParse({ ...valid, title: "" }).success).toBe(true);
  });

  it.each([
    [{ categoryId: "" }, "categoryId", "Hãy chọn chuyên mục."],
    [{ unitId: "abc" }, "unitId", "Hãy chọn đơn vị."],
    [{ unitId: "2147483648" }, "unitId", "Hãy chọn đơn vị."],
    [{ coverMediaId: "9999999999" }, "coverMediaId", "Hãy chọn lại ảnh đại diện."],
    [{ slug: "Có Dấu" }, "slug", "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: hoi-nghi-tong-ket-2024."],
    [{ title: "x".repeat(301) }, "title", "Tiêu đề dài quá 300 ký tự."],
    [{ seriesId: "3", seriesPart: "" }, "seriesPart", "Bài thuộc loạt bài cần có số kỳ."],
  ])("reports %j on its field in Vietnamese", (change, field, message) => {
    const result = articleDraftSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("reports every field's error at once", () => {
    const result = articleDraftSchema.safeParse({ ...valid, categoryId: "", unitId: "", slug: "A B" });
    expect(new Set(result.error?.issues.map((i) => i.path[0]))).toEqual(new Set(["categoryId", "unitId", "slug"]));
  });
});

describe("before review", () => {
  it.each([
    ["", true],
    ["Tin", true],
    ["Hội nghị", false],
  ])("a title %j %s a problem", (title, hasProblem) => {
    expect(Boolean(problemsBeforeReview({ title }).title)).toBe(hasProblem);
  });
});

describe("publishTimeSchema", () => {
  it("reads Vietnam local time as a UTC instant, and empty as now", () => {
    expect(publishTimeSchema.parse("2022-12-21T16:42")).toEqual(new Date("2022-12-21T09:42:00Z"));
    expect(publishTimeSchema.parse("")).toBeNull();
  });
  it.each(["2022-02-30T10:00", "ngày mai", "2022-12-21 16:42:99"])("refuses %j with a Vietnamese message", (value) => {
    expect(publishTimeSchema.safeParse(value).error?.issues[0]?.message).toMatch(/^Thời gian đăng không hợp lệ/);
  });
});

describe("reviewCommentSchema", () => {
  it("requires a comment when sending an article back", () => {
    expect(reviewCommentSchema.safeParse("   ").error?.issues[0]?.message).toBe("Hãy ghi nhận xét để tác giả biết cần sửa gì.");
    expect(reviewCommentSchema.parse("  Bổ sung ảnh  ")).toBe("Bổ sung ảnh");
  });
});
