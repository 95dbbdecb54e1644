import { describe, expect, it } from "vitest";
import { pageSchema } from "./page";

const valid = { title: "Lịch sử truyền thống", slug: "", summary: "", bodyHtml: "<p>Nội dung</p>", parentId: "", lang: "vi", showContacts: "" };

describe("pageSchema", () => {
  it("reads form strings into typed values, the slug made from the title when left empty", () => {
    expect(pageSchema.parse(valid)).toEqual({ ...valid, slug: "lich-su-truyen-thong", parentId: null, showContacts: false });
  });

  it("keeps a typed slug, the parent as a number and the contacts box when ticked", () => {
    expect(pageSchema.parse({ ...valid, slug: "truyen-thong", parentId: "3", lang: "en", showContacts: "on" })).toMatchObject({ slug: "truyen-thong", parentId: 3, lang: "en", showContacts: true });
  });

  it.each([
    [{ title: "   " }, "title", "Hãy nhập tiêu đề trang."],
    [{ title: "x".repeat(201) }, "title", "Tiêu đề dài quá 200 ký tự."],
    [{ slug: "Có Dấu" }, "slug", "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: lich-su-truyen-thong."],
    [{ parentId: "abc" }, "parentId", "Hãy chọn lại trang cha."],
    [{ parentId: "-1" }, "parentId", "Hãy chọn lại trang cha."],
    [{ lang: "fr" }, "lang", "Hãy chọn ngôn ngữ của trang: Tiếng Việt hoặc English."],
    [{ summary: "x".repeat(1001) }, "summary", "Tóm tắt dài quá 1.000 ký tự."],
  ])("refuses %j with a Vietnamese message on %s", (change, field, message) => {
    const issues = pageSchema.safeParse({ ...valid, ...change }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path[0], issue.message])).toContainEqual([field, message]);
  });

  it("reports every field's problem at once", () => {
    const issues = pageSchema.safeParse({ ...valid, title: "", slug: "A B", lang: "" }).error?.issues ?? [];
    expect(issues.map((issue) => issue.path[0]).sort()).toEqual(["lang", "slug", "title"]);
  });
});
