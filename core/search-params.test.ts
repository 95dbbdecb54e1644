import { describe, expect, it } from "vitest";
import { MAX_Q_CHARS, parseSearchPageQuery, searchFormValues, searchHref, searchParamsFromSegment, searchStateSegment, wasShortened } from "./search-params";

const DEC_21 = { year: 2022, month: 12, day: 21 };
const DEC_31 = { year: 2022, month: 12, day: 31 };
const none = { q: "", categorySlug: null, unitSlug: null, from: null, to: null, page: 1 };

describe("parseSearchPageQuery", () => {
  it.each([
    [{}, none],
    [{ q: "  cong doan  " }, { ...none, q: "cong doan" }],
    [{ q: ["dai hoi", "x"] }, { ...none, q: "dai hoi" }],
    [{ q: "a", "chuyen-muc": "", "don-vi": "", "tu-ngay": "", "den-ngay": "" }, { ...none, q: "a" }],
    [{ q: "a", "chuyen-muc": "tin-tuc", "don-vi": "cd-yte", trang: "2" }, { ...none, q: "a", categorySlug: "tin-tuc", unitSlug: "cd-yte", page: 2 }],
    [{ "tu-ngay": "2022-12-21", "den-ngay": "2022-12-31" }, { ...none, from: DEC_21, to: DEC_31 }],
    [{ "tu-ngay": "2022-12-21", "den-ngay": "2022-12-21" }, { ...none, from: DEC_21, to: DEC_21 }],
    [{ "tu-ngay": "21/12/2022", "den-ngay": " 31/12/2022 " }, { ...none, from: DEC_21, to: DEC_31 }],
    [{ "tu-ngay": "2022-12-21", "den-ngay": "31/12/2022" }, { ...none, from: DEC_21, to: DEC_31 }],
  ])("reads %j", (params, query) => {
    expect(parseSearchPageQuery(params)).toEqual({ ok: true, query });
  });

  it.each([
    [{ "tu-ngay": "2022-02-30" }, ["“Từ ngày”: Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026."]],
    [{ "den-ngay": "30/02/2022" }, ["“Đến ngày”: Không có ngày 30/02/2022: tháng 2 năm 2022 có 28 ngày."]],
    [{ "den-ngay": "12/21/2022" }, ["“Đến ngày”: Không có tháng 21: tháng từ 1 đến 12."]],
    [{ "tu-ngay": "<script>", "den-ngay": "x" }, ["“Từ ngày”: Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026.", "“Đến ngày”: Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026."]],
    [{ "tu-ngay": "2022-12-31", "den-ngay": "21/12/2022" }, ["“Từ ngày” phải trước hoặc trùng “Đến ngày”."]],
  ])("explains what is wrong with %j", (params, messages) => {
    expect(parseSearchPageQuery(params)).toEqual({ ok: false, problem: "input", messages });
  });

  it.each([[{ trang: "0" }], [{ trang: "01" }], [{ trang: ["1", "2"] }], [{ trang: "" }]])("refuses the page number in %j", (params) => {
    expect(parseSearchPageQuery(params)).toEqual({ ok: false, problem: "page" });
  });

  it("keeps only the first 200 characters of a pasted query, and says it did", () => {
    expect(searchFormValues({ q: "a".repeat(5000) }).q).toHaveLength(MAX_Q_CHARS);
    expect(wasShortened({ q: "a".repeat(5000) })).toBe(true);
    expect(wasShortened({ q: "a".repeat(MAX_Q_CHARS) })).toBe(false);
  });

  it("never cuts a letter in half", () => {
    expect(searchFormValues({ q: "😀".repeat(300) }).q).toBe("😀".repeat(MAX_Q_CHARS));
  });
});

describe("searchHref", () => {
  it.each([
    [none, 1, "/tim-kiem"],
    [{ ...none, q: "công đoàn" }, 1, "/tim-kiem?q=c%C3%B4ng+%C4%91o%C3%A0n"],
    [{ ...none, q: "a&b=c" }, 2, "/tim-kiem?q=a%26b%3Dc&trang=2"],
    [{ ...none, q: "x", categorySlug: "tin-tuc", unitSlug: "cd-yte", from: DEC_21, to: DEC_31 }, 3, "/tim-kiem?q=x&chuyen-muc=tin-tuc&don-vi=cd-yte&tu-ngay=2022-12-21&den-ngay=2022-12-31&trang=3"],
  ])("links %j page %i as %s", (query, page, href) => {
    expect(searchHref(query, page)).toBe(href);
  });

  it("reads back what it writes", () => {
    const query = { ...none, q: "Đại hội \"công đoàn\"", categorySlug: "tin-tuc", from: DEC_21, to: DEC_31 };
    const params = Object.fromEntries(new URLSearchParams(searchHref(query, 4).split("?")[1]));
    expect(parseSearchPageQuery(params)).toEqual({ ok: true, query: { ...query, page: 4 } });
  });
});

describe("searchStateSegment and searchParamsFromSegment", () => {
  it.each([
    [{}],
    [{ q: "công đoàn" }],
    [{ q: "a&b=c/d?e#f%20", trang: "3" }],
    [{ q: "Hội thao ".repeat(20).trim(), "chuyen-muc": "tin-tuc", "don-vi": "cd-yte", "tu-ngay": "2022-12-21", "den-ngay": "2022-02-30" }],
  ])("carries %j through a path segment of safe characters", (params) => {
    const segment = searchStateSegment(params);
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchParamsFromSegment(segment ?? "")).toEqual(params);
  });

  it("gives one segment for every spelling of the same search", () => {
    const canonical = searchStateSegment({ q: "dai hoi", trang: "2" });
    expect(searchStateSegment({ trang: "2", q: "  dai hoi ", "chuyen-muc": "", utm_source: "zalo" })).toBe(canonical);
    expect(searchStateSegment({ q: ["dai hoi", "khác"], trang: "2" })).toBe(canonical);
    expect(searchStateSegment({ q: "dai hoi", trang: "1" })).toBe(searchStateSegment({ q: "dai hoi" }));
  });

  it.each([
    ["a pasted page of Vietnamese", "Đại hội Công đoàn tỉnh lần thứ XV ".repeat(100)],
    ["emoji", "😀".repeat(1000)],
    ["quotes and backslashes", '"\\'.repeat(1000)],
    ["control characters", "a\u0001".repeat(1000)],
  ])("stays under 1.4 KB for %s, with the longest filters", (_case, q) => {
    const long = "x".repeat(500);
    const segment = searchStateSegment({ q, "chuyen-muc": long, "don-vi": long, "tu-ngay": long, "den-ngay": long, trang: "999999999" }) ?? "";
    expect(segment.length).toBeLessThan(1400);
    expect(searchParamsFromSegment(segment)).toMatchObject({ "rut-gon": "1", q: searchFormValues({ q }).q });
  });

  it("refuses a malformed page number", () => {
    expect(searchStateSegment({ q: "x", trang: "abc" })).toBeNull();
  });

  it.each(["", "a/b", "%41", "____", "-x", btoa("q=x&trang=1").replace(/=+$/, ""), btoa("utm=1")])("refuses the segment %j", (segment) => {
    expect(searchParamsFromSegment(segment)).toBeNull();
  });
});
