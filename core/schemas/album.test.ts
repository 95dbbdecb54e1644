import { describe, expect, it } from "vitest";
import { albumPhotoTextSchema, albumSchema } from "./album";

const fields = { title: "Đại hội Công đoàn tỉnh lần thứ XI", takenOn: "21/12/2022", unitId: "", description: "", slug: "" };
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [String(issue.path[0]), issue.message]) ?? [];

describe("albumSchema", () => {
  it("reads the day in dd/mm/yyyy and makes the address from the title", () => {
    expect(albumSchema.parse(fields)).toEqual({ ...fields, takenOn: { year: 2022, month: 12, day: 21 }, unitId: null, slug: "dai-hoi-cong-doan-tinh-lan-thu-xi" });
  });

  it.each([
    [{ title: "  " }, [["title", "Hãy nhập tên album."]]],
    [{ takenOn: "" }, [["takenOn", "Hãy nhập ngày của album (dd/mm/yyyy)."]]],
    [{ takenOn: "30/02/2023" }, [["takenOn", expect.stringMatching(/^“Ngày của album”: /)]]],
    [{ unitId: "abc" }, [["unitId", "Đơn vị không hợp lệ: hãy chọn lại."]]],
    [{ slug: "Dai Hoi" }, [["slug", expect.stringMatching(/^Đường dẫn chỉ gồm chữ thường/)]]],
    [{ title: "a".repeat(201) }, [["title", "Tên album dài quá 200 ký tự."]]],
  ])("refuses %o in Vietnamese", (change, expected) => {
    expect(errorsOf(albumSchema.safeParse({ ...fields, ...change }))).toEqual(expected);
  });
});

describe("albumPhotoTextSchema", () => {
  it("keeps a caption on one line and limits the credit", () => {
    expect(albumPhotoTextSchema.parse({ caption: " Đoàn chủ tịch\nđại hội ", credit: "Ảnh: Lan" })).toEqual({ caption: "Đoàn chủ tịch đại hội", credit: "Ảnh: Lan" });
    expect(errorsOf(albumPhotoTextSchema.safeParse({ caption: "", credit: "x".repeat(151) }))).toEqual([["credit", "Nguồn ảnh / tác giả dài quá 150 ký tự."]]);
  });
});
