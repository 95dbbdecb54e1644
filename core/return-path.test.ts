import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/quan-tri/bai-viet/5", "/quan-tri/bai-viet/5"],
    ["/quan-tri?trang=2", "/quan-tri?trang=2"],
    [undefined, "/quan-tri"],
    ["", "/quan-tri"],
    ["https://lua-dao.example/", "/quan-tri"],
    ["//lua-dao.example", "/quan-tri"],
    ["/\\lua-dao.example", "/quan-tri"],
    ["javascript:alert(1)", "/quan-tri"],
    ["/quan-tri\n", "/quan-tri"],
    [["/a", "/b"], "/quan-tri"],
  ] as [string | string[] | undefined, string][])("sends %j to %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });
});
