import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../action-result";
import { mediaDetailsSchema } from "./media";

describe("mediaDetailsSchema", () => {
  it.each([
    [{ alt: "  Đoàn viên nhận quà  ", credit: " Ảnh: Nguyễn Văn An " }, { alt: "Đoàn viên nhận quà", credit: "Ảnh: Nguyễn Văn An" }],
    [{ alt: "", credit: "" }, { alt: "", credit: "" }],
    [{ alt: "Hai\ndòng\u0000", credit: "Tab\there" }, { alt: "Hai dòng", credit: "Tab here" }],
    [{ alt: "a".repeat(300), credit: "b".repeat(150) }, { alt: "a".repeat(300), credit: "b".repeat(150) }],
  ])("keeps %j as %j", (input, expected) => {
    expect(mediaDetailsSchema.parse(input)).toEqual(expected);
  });

  it("returns every field's error, not only the first", () => {
    const parsed = mediaDetailsSchema.safeParse({ alt: "a".repeat(301), credit: "b".repeat(151) });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error?.issues ?? [])).toEqual({
      alt: ["Mô tả ảnh dài quá 300 ký tự."],
      credit: ["Nguồn ảnh / tác giả dài quá 150 ký tự."],
    });
  });

  it("refuses a field that is not text, in Vietnamese", () => {
    const parsed = mediaDetailsSchema.safeParse({ alt: 5 });
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(parsed.error?.issues ?? [])).sort()).toEqual(["alt", "credit"]);
  });
});
