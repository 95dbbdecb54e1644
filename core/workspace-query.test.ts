import { describe, expect, it } from "vitest";
import { parseWorkspaceQuery, workspaceFiltersInUse, workspaceHref } from "./workspace-query";

describe("parseWorkspaceQuery", () => {
  it("reads every filter", () => {
    expect(parseWorkspaceQuery({ "trang-thai": "pending", "chuyen-muc": "2", "don-vi": "3", "tac-gia": "4", q: " Hội nghị ", trang: "2" })).toEqual({
      status: "pending",
      categoryId: 2,
      unitId: 3,
      authorId: 4,
      titleQuery: "Hội nghị",
      page: 2,
    });
  });

  it.each([{ "trang-thai": "xoa-het" }, { "chuyen-muc": "abc" }, { "don-vi": "-1" }, { "tac-gia": "2147483648" }, { trang: "0" }, { q: ["a", "b"] }])("ignores a malformed filter %j", (params) => {
    expect(parseWorkspaceQuery(params)).toEqual({ page: 1, status: undefined, categoryId: undefined, unitId: undefined, authorId: undefined, titleQuery: undefined });
  });

  it("round-trips through the URL", () => {
    const query = { status: "draft" as const, categoryId: 1, titleQuery: "Đại hội", page: 3 };
    const params = Object.fromEntries(new URL(workspaceHref(query), "http://x").searchParams);
    expect(parseWorkspaceQuery(params)).toMatchObject(query);
  });
});

describe("workspaceFiltersInUse", () => {
  it("counts the category, unit and author lists in use, not the status, the title box or the page", () => {
    expect(workspaceFiltersInUse(parseWorkspaceQuery({ "trang-thai": "draft", q: "hội nghị", trang: "3" }))).toBe(0);
    expect(workspaceFiltersInUse(parseWorkspaceQuery({ "don-vi": "4" }))).toBe(1);
    expect(workspaceFiltersInUse(parseWorkspaceQuery({ "chuyen-muc": "2", "don-vi": "4", "tac-gia": "7" }))).toBe(3);
  });

  it("does not count a list whose value was not an id, as the table ignores it", () => {
    expect(workspaceFiltersInUse(parseWorkspaceQuery({ "chuyen-muc": "abc", "tac-gia": "" }))).toBe(0);
  });
});
