import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../action-result";
import { documentSchema } from "./document";

const valid = {
  formId: "4",
  issuer: "unit:1",
  newIssuer: "",
  number: " 47/KH-LĐLĐ ",
  issuedOn: "21/12/2022",
  inForceOn: "",
  ceasesOn: "",
  signer: "Nguyễn Văn An",
  abstract: "Kế hoạch tổ chức Tháng Công nhân năm 2023",
  field: "Tuyên giáo",
  legalStatus: "in-force",
  slug: "",
};

const errorsOf = (values: Record<string, unknown>) => {
  const parsed = documentSchema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
};

describe("documentSchema", () => {
  it("reads the form: trimmed text, days, the issuer chosen, and an address made from the number and abstract", () => {
    expect(documentSchema.parse(valid)).toEqual({
      ...valid,
      formId: 4,
      issuer: { kind: "unit", id: 1 },
      number: "47/KH-LĐLĐ",
      issuedOn: { year: 2022, month: 12, day: 21 },
      inForceOn: null,
      ceasesOn: null,
      slug: "47-kh-ldld-ke-hoach-to-chuc-thang-cong-nhan-nam-2023",
    });
    expect(documentSchema.parse({ ...valid, issuer: "body:12" }).issuer).toEqual({ kind: "body", id: 12 });
    expect(documentSchema.parse({ ...valid, issuer: "new", newIssuer: "UBND tỉnh" })).toMatchObject({ issuer: { kind: "new" }, newIssuer: "UBND tỉnh" });
  });

  it("names each field's problem in Vietnamese", () => {
    expect(errorsOf({ ...valid, formId: "", issuer: "", abstract: "  ", issuedOn: "" })).toEqual({
      formId: ["Hãy chọn loại văn bản."],
      issuer: ["Hãy chọn cơ quan ban hành."],
      abstract: ["Hãy nhập trích yếu của văn bản."],
      issuedOn: ["Hãy nhập ngày ban hành (dd/mm/yyyy)."],
    });
    expect(errorsOf({ ...valid, issuedOn: "30/02/2023", inForceOn: "2023-01-01" })).toEqual({
      issuedOn: ["“Ngày ban hành”: Không có ngày 30/02/2023: tháng 2 năm 2023 có 28 ngày."],
      inForceOn: ["“Ngày có hiệu lực”: Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026."],
    });
    expect(errorsOf({ ...valid, issuer: "new" })).toEqual({ newIssuer: ["Hãy nhập tên cơ quan ban hành mới."] });
    expect(errorsOf({ ...valid, issuer: "unit:0" })).toEqual({ issuer: ["Hãy chọn cơ quan ban hành."] });
    expect(errorsOf({ ...valid, legalStatus: "maybe", slug: "Có Dấu" })).toMatchObject({ legalStatus: ["Hãy chọn tình trạng hiệu lực."], slug: [expect.stringContaining("Đường dẫn chỉ gồm")] });
  });

  it("refuses a day in force before the day of issue, and ceasing before coming into force", () => {
    expect(errorsOf({ ...valid, inForceOn: "20/12/2022", ceasesOn: "" })).toEqual({ inForceOn: ["Ngày có hiệu lực không thể trước ngày ban hành (21/12/2022)."] });
    expect(errorsOf({ ...valid, inForceOn: "01/01/2023", ceasesOn: "01/01/2023" })).toEqual({ ceasesOn: ["Ngày hết hiệu lực phải sau ngày có hiệu lực (01/01/2023)."] });
  });
});
