import { describe, expect, it } from "vitest";
import { documentRegisterHref, isFilteredRegister, parseRegisterQuery, registerFiltersInUse, registerQueryFromSegment, registerStateSegment } from "./document-register-query";
import { searchParamsRecord } from "./public-routes";

const params = (search: string) => searchParamsRecord(new URLSearchParams(search));
const plain = { q: "", formId: null, issuerId: null, year: null, field: "", legalStatus: null, page: 1 };

describe("parseRegisterQuery", () => {
  it.each([
    ["", plain],
    ["q=+47%2FKH+&loai=4&co-quan=2&nam=2024&linh-vuc=T%E1%BB%95+ch%E1%BB%A9c&hieu-luc=het-hieu-luc&trang=3", { q: "47/KH", formId: 4, issuerId: 2, year: 2024, field: "Tổ chức", legalStatus: "expired", page: 3 }],
    ["loai=&co-quan=&nam=&linh-vuc=&hieu-luc=&q=", plain],
    ["hieu-luc=con-hieu-luc&utm_source=zalo", { ...plain, legalStatus: "in-force" }],
  ])("reads ?%s", (search, query) => {
    expect(parseRegisterQuery(params(search))).toEqual({ query, problems: [] });
  });

  it.each([
    ["loai=abc", ["loai"]],
    ["loai=0&co-quan=-1", ["loai", "co-quan"]],
    ["loai=2147483648&co-quan=9999999999", ["loai", "co-quan"]],
    ["nam=24", ["nam"]],
    ["nam=1850", ["nam"]],
    ["nam=2024.5", ["nam"]],
    ["hieu-luc=tat-ca", ["hieu-luc"]],
    [`q=${"a".repeat(250)}`, ["q-rut-gon"]],
  ])("drops a malformed filter and names it: ?%s", (search, problems) => {
    const parsed = parseRegisterQuery(params(search));
    expect(parsed?.problems).toEqual(problems);
    expect(parsed?.query).toMatchObject({ formId: null, issuerId: null, year: null, legalStatus: null });
  });

  it.each(["trang=0", "trang=abc", "trang=01", "trang=1&trang=2"])("refuses a malformed page (a 404): ?%s", (search) => {
    expect(parseRegisterQuery(params(search))).toBeNull();
  });
});

describe("the register's segment", () => {
  it("is '-' for the plain register, and one segment for the same state however it is written", () => {
    expect(registerStateSegment(params(""))).toBe("-");
    expect(registerStateSegment(params("loai=&q=&trang=1&utm_source=zalo"))).toBe("-");
    expect(registerStateSegment(params("q=47%2FKH&nam=2024"))).toBe(registerStateSegment(params("nam=2024&q=+47%2FKH+&loai=")));
  });

  it.each(["", "q=h%E1%BB%99i+ngh%E1%BB%8B&loai=4&trang=2", "nam=abc&hieu-luc=x", "linh-vuc=Ch%C3%ADnh+s%C3%A1ch&co-quan=12"])("comes back to the same state: ?%s", (search) => {
    const segment = registerStateSegment(params(search));
    expect(segment).not.toBeNull();
    expect(registerQueryFromSegment(segment ?? "")).toEqual(parseRegisterQuery(params(search)));
  });

  it.each([
    "",
    "x",
    "%3Cscript%3E",
    Buffer.from('["",0,0,0,"","",0,[]]').toString("base64url"),
    Buffer.from('["",-4,0,0,"","",1,[]]').toString("base64url"),
    Buffer.from('["",2147483648,0,0,"","",1,[]]').toString("base64url"),
    Buffer.from('["",0,0,3000,"","",1,[]]').toString("base64url"),
    Buffer.from('["",0,0,0,"","mai-mai",1,[]]').toString("base64url"),
    Buffer.from('["",0,0,0,"","",1,["khac"]]').toString("base64url"),
    Buffer.from('["",0,0,0,"","",1,[]] ').toString("base64url"),
    Buffer.from("{}").toString("base64url"),
  ])("refuses a segment proxy.ts would not write: %s", (segment) => {
    expect(registerQueryFromSegment(segment)).toBeNull();
  });
});

describe("documentRegisterHref", () => {
  it("leaves out page 1 and empty filters, and writes the filters as the form does", () => {
    expect(documentRegisterHref(plain)).toBe("/van-ban");
    expect(documentRegisterHref({ ...plain, q: "47/KH", formId: 4, year: 2024, legalStatus: "in-force" }, 2)).toBe("/van-ban?q=47%2FKH&loai=4&nam=2024&hieu-luc=con-hieu-luc&trang=2");
  });
});

describe("registerFiltersInUse", () => {
  it("counts the lists that narrow the register, not the words, which the fold on phones leaves in sight", () => {
    expect(registerFiltersInUse(plain)).toBe(0);
    expect(registerFiltersInUse({ ...plain, q: "47/KH" })).toBe(0);
    expect(isFilteredRegister({ ...plain, q: "47/KH" })).toBe(true);
    expect(registerFiltersInUse({ ...plain, formId: 4, year: 2024, field: "Tài chính", legalStatus: "expired" })).toBe(4);
    expect(registerFiltersInUse({ ...plain, issuerId: 2 })).toBe(1);
    expect(isFilteredRegister(plain)).toBe(false);
  });
});
