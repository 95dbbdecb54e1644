import { describe, expect, it } from "vitest";
import type { MenuTargets } from "./menu-tree";
import { checkMenu, isInternalPath, isWebAddress, menuProblems, readMenuEntries } from "./menu-validation";
import type { MenuEntry } from "./schemas/menu";

const targets: MenuTargets = {
  category: [{ id: 4, name: "Văn bản", slug: "van-ban", parentId: null }],
  unit: [{ id: 7, name: "Công đoàn Viên chức tỉnh", slug: "cong-doan-vien-chuc-tinh", parentId: 1 }],
  page: [
    { id: 10, name: "Giới thiệu", slug: "gioi-thieu", parentId: null, isPublished: true },
    { id: 11, name: "Lịch sử truyền thống", slug: "lich-su-truyen-thong", parentId: 10, isPublished: true },
    { id: 12, name: "Nội quy (nháp)", slug: "noi-quy", parentId: null, isPublished: false },
  ],
};

const entry = (key: string, fields: Partial<MenuEntry> = {}): MenuEntry => ({ key, parentKey: null, label: `Mục ${key}`, kind: "home", targetId: null, url: "", ...fields });

describe("menuProblems", () => {
  it.each<{ why: string; entries: MenuEntry[]; expected: { key: string | null; field: string | null; message: RegExp }[] }>([
    { why: "a well-formed menu of every kind", entries: [entry("a"), entry("b", { kind: "category", targetId: 4 }), entry("c", { kind: "unit", targetId: 7, parentKey: "b" }), entry("d", { kind: "page", targetId: 11 }), entry("e", { kind: "path", url: "/tim-kiem?q=đại+hội" }), entry("f", { kind: "external", url: "https://congdoan.vn/tin" })], expected: [] },
    { why: "an unpublished page (hidden from readers, not an error)", entries: [entry("a", { kind: "page", targetId: 12 })], expected: [] },
    { why: "an empty label", entries: [entry("a", { label: "   " })], expected: [{ key: "a", field: "label", message: /Hãy nhập tên hiển thị/ }] },
    { why: "a label too long", entries: [entry("a", { label: "Đ".repeat(81) })], expected: [{ key: "a", field: "label", message: /dài quá 80 ký tự \(đang có 81\)/ }] },
    { why: "80 characters is long enough", entries: [entry("a", { label: "Đ".repeat(80) })], expected: [] },
    { why: "a category not chosen", entries: [entry("a", { kind: "category" })], expected: [{ key: "a", field: "target", message: /Hãy chọn chuyên mục/ }] },
    { why: "a unit not chosen", entries: [entry("a", { kind: "unit" })], expected: [{ key: "a", field: "target", message: /Hãy chọn đơn vị/ }] },
    { why: "a page not chosen", entries: [entry("a", { kind: "page" })], expected: [{ key: "a", field: "target", message: /Hãy chọn trang/ }] },
    { why: "a deleted category", entries: [entry("a", { kind: "category", targetId: 99 })], expected: [{ key: "a", field: "target", message: /Đích đã bị xóa: chuyên mục này không còn/ }] },
    { why: "a deleted unit", entries: [entry("a", { kind: "unit", targetId: 4 })], expected: [{ key: "a", field: "target", message: /Đích đã bị xóa: đơn vị/ }] },
    { why: "a deleted page", entries: [entry("a", { kind: "page", targetId: 7 })], expected: [{ key: "a", field: "target", message: /Đích đã bị xóa: trang/ }] },
    { why: "a javascript: link", entries: [entry("a", { kind: "external", url: "javascript:alert(1)" })], expected: [{ key: "a", field: "url", message: /Không nhận địa chỉ kiểu “javascript:”/ }] },
    { why: "a JavaScript: link in capitals", entries: [entry("a", { kind: "external", url: " JavaScript:alert(1)" })], expected: [{ key: "a", field: "url", message: /“javascript:”/ }] },
    { why: "a data: link", entries: [entry("a", { kind: "external", url: "data:text/html,<script>alert(1)</script>" })], expected: [{ key: "a", field: "url", message: /“data:”/ }] },
    { why: "an ftp: link", entries: [entry("a", { kind: "external", url: "ftp://files.example.vn" })], expected: [{ key: "a", field: "url", message: /“ftp:”/ }] },
    { why: "an address without its scheme", entries: [entry("a", { kind: "external", url: "congdoan.vn" })], expected: [{ key: "a", field: "url", message: /bắt đầu bằng http:\/\/ hoặc https:\/\// }] },
    { why: "an external address with a password", entries: [entry("a", { kind: "external", url: "https://user:pass@example.vn" })], expected: [{ key: "a", field: "url", message: /địa chỉ đầy đủ/ }] },
    { why: "an empty external address", entries: [entry("a", { kind: "external", url: "" })], expected: [{ key: "a", field: "url", message: /Hãy nhập địa chỉ liên kết/ }] },
    { why: "an empty path", entries: [entry("a", { kind: "path", url: " " })], expected: [{ key: "a", field: "url", message: /Hãy nhập đường dẫn/ }] },
    { why: "a path without its slash", entries: [entry("a", { kind: "path", url: "tin-tuc" })], expected: [{ key: "a", field: "url", message: /phải bắt đầu bằng một dấu “\/”/ }] },
    { why: "a path to another site", entries: [entry("a", { kind: "path", url: "//evil.example" })], expected: [{ key: "a", field: "url", message: /phải bắt đầu bằng một dấu “\/”/ }] },
    { why: "a path with a backslash", entries: [entry("a", { kind: "path", url: "/\\evil.example" })], expected: [{ key: "a", field: "url", message: /phải bắt đầu/ }] },
    { why: "a full address as a path", entries: [entry("a", { kind: "path", url: "https://congdoan.vn" })], expected: [{ key: "a", field: "url", message: /chọn loại “Liên kết ngoài”/ }] },
    { why: "a javascript: path", entries: [entry("a", { kind: "path", url: "javascript:alert(1)" })], expected: [{ key: "a", field: "url", message: /không có “http:\/\/” hay tên miền/ }] },
    { why: "an item its own parent", entries: [entry("a", { parentKey: "a" })], expected: [{ key: "a", field: "parent", message: /chính nó/ }] },
    { why: "two items each other's parent", entries: [entry("a", { parentKey: "b" }), entry("b", { parentKey: "a" })], expected: [{ key: "a", field: "parent", message: /thành một vòng/ }, { key: "b", field: "parent", message: /thành một vòng/ }] },
    { why: "a three-item loop", entries: [entry("a", { parentKey: "c" }), entry("b", { parentKey: "a" }), entry("c", { parentKey: "b" })], expected: ["a", "b", "c"].map((key) => ({ key, field: "parent", message: /thành một vòng/ })) },
    { why: "a sub-item of a sub-item", entries: [entry("a"), entry("b", { parentKey: "a" }), entry("c", { label: "Sâu", parentKey: "b" })], expected: [{ key: "c", field: "parent", message: /một cấp mục con: “Mục b” đã là mục con/ }] },
    { why: "a parent that is not in the menu", entries: [entry("a", { parentKey: "z" })], expected: [{ key: "a", field: "parent", message: /không còn trong menu/ }] },
    { why: "two items with one key", entries: [entry("a"), entry("a")], expected: [{ key: null, field: null, message: /không đúng định dạng/ }] },
  ])("$why", ({ entries, expected }) => {
    expect(menuProblems(entries, targets)).toEqual(expected.map(({ key, field, message }) => ({ key, field, message: expect.stringMatching(message) })));
  });

  it("reports every problem at once, each on its own item and field", () => {
    const problems = menuProblems([entry("a", { label: "", kind: "category" }), entry("b", { kind: "external", url: "javascript:void(0)", parentKey: "a" })], targets);
    expect(problems.map((p) => `${p.key}.${p.field}`)).toEqual(["a.label", "a.target", "b.url"]);
  });
});

describe("isInternalPath and isWebAddress", () => {
  it.each([
    ["/", true],
    ["/tin-tuc", true],
    ["/gioi-thieu/lich-su-truyen-thong#moc-son", true],
    ["/tim-kiem?q=c%C3%B4ng+%C4%91o%C3%A0n", true],
    ["tin-tuc", false],
    ["//evil.example/x", false],
    ["/\\evil.example", false],
    ["/tin tuc", false],
    ["/\t/evil.example", false],
    ["https://congdoan.vn", false],
  ])("internal path %s → %s", (value, expected) => {
    expect(isInternalPath(value)).toBe(expected);
  });

  it.each([
    ["https://congdoan.vn", true],
    ["http://laodong.vn/cong-doan?x=1", true],
    ["HTTPS://CONGDOAN.VN", true],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
    ["mailto:lienhe@congdoan.vn", false],
    ["https://", false],
    ["https://a b.vn", false],
    ["congdoan.vn", false],
  ])("web address %s → %s", (value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });
});

describe("readMenuEntries and checkMenu", () => {
  it.each([
    ["not JSON", "{[", /không đúng định dạng/],
    ["an object instead of a list", "{}", /không đúng định dạng/],
    ["a wrong kind", JSON.stringify([{ ...entry("a"), kind: "script" }]), /không đúng định dạng/],
    ["a missing field", JSON.stringify([{ key: "a", label: "x" }]), /không đúng định dạng/],
    ["a malformed key", JSON.stringify([entry("a b")]), /không đúng định dạng/],
    ["a fractional target id", JSON.stringify([entry("a", { kind: "page", targetId: 1.5 })]), /không đúng định dạng/],
    ["more than 100 items", JSON.stringify(Array.from({ length: 101 }, (_, i) => entry(`k${i}`))), /tối đa 100 mục/],
  ])("refuses %s with a clear message, never throwing", (_why, json, message) => {
    const read = readMenuEntries(json);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });

  it("gives the tree to store: trimmed, each kind with only its own field, sub-items under their parent", () => {
    const json = JSON.stringify([
      entry("b", { label: " Tin tức ", kind: "path", url: " /tin-tuc ", targetId: 4 }),
      entry("c", { label: "Văn bản", kind: "category", targetId: 4, url: "/x", parentKey: "b" }),
      entry("a", { label: "Trang chủ", targetId: 3, url: "/khac" }),
    ]);
    expect(checkMenu(json, targets)).toEqual({
      ok: true,
      tree: [
        { key: "b", label: "Tin tức", kind: "path", targetId: null, url: "/tin-tuc", children: [{ key: "c", label: "Văn bản", kind: "category", targetId: 4, url: "", children: [] }] },
        { key: "a", label: "Trang chủ", kind: "home", targetId: null, url: "", children: [] },
      ],
    });
  });

  it("gives the problems as field errors keyed by item and field, with a count", () => {
    const json = JSON.stringify([entry("a", { label: "" }), entry("b", { kind: "external", url: "javascript:alert(1)" })]);
    expect(checkMenu(json, targets)).toEqual({
      ok: false,
      formError: "Chưa lưu được: 2 lỗi ở các mục được đánh dấu. Menu bạn sắp xếp vẫn còn nguyên trên màn hình.",
      fieldErrors: { "a.label": ["Hãy nhập tên hiển thị của mục."], "b.url": [expect.stringContaining("javascript:")] },
    });
  });
});
