import { describe, expect, it } from "vitest";
import { listingHref, parseListingQuery } from "./listing-query";

const DEC_21 = { year: 2022, month: 12, day: 21 };

describe("parseListingQuery", () => {
  it.each([
    [{}, { page: 1, day: null }],
    [{ trang: "2" }, { page: 2, day: null }],
    [{ ngay: "2022-12-21" }, { page: 1, day: DEC_21 }],
    [{ trang: "3", ngay: "2022-12-21" }, { page: 3, day: DEC_21 }],
    [{ trang: undefined, ngay: undefined }, { page: 1, day: null }],
    [{ trang: "2", q: "công đoàn", other: ["a", "b"] }, { page: 2, day: null }],
  ])("reads %j as %j", (params, query) => {
    expect(parseListingQuery(params)).toEqual({ ok: true, query });
  });

  it.each([
    [{ trang: "0" }, "page"],
    [{ trang: "01" }, "page"],
    [{ trang: "abc" }, "page"],
    [{ trang: "" }, "page"],
    [{ trang: ["1", "2"] }, "page"],
    [{ ngay: "2022-02-30" }, "day"],
    [{ ngay: "2022-1-5" }, "day"],
    [{ ngay: "<script>" }, "day"],
    [{ ngay: "" }, "day"],
    [{ ngay: ["2022-12-21"] }, "day"],
    [{ ngay: ["2022-12-21", "2022-12-22"] }, "day"],
    [{ trang: "2", ngay: "21/12/2022" }, "day"],
    [{ trang: "-1", ngay: "nope" }, "page"],
  ])("refuses %j, naming the %s parameter", (params, problem) => {
    expect(parseListingQuery(params)).toEqual({ ok: false, problem });
  });
});

describe("listingHref", () => {
  it.each([
    ["/tin-tuc", { page: 2, day: DEC_21 }, "/tin-tuc?ngay=2022-12-21&trang=2"],
    ["/tin-tuc", { page: 1 }, "/tin-tuc"],
    ["/tin-tuc", {}, "/tin-tuc"],
    ["/tin-tuc", { page: 3 }, "/tin-tuc?trang=3"],
    ["/tin-tuc", { page: 1, day: DEC_21 }, "/tin-tuc?ngay=2022-12-21"],
    ["/tin-tuc", { day: { year: 2023, month: 1, day: 5 } }, "/tin-tuc?ngay=2023-01-05"],
    ["/chuyen-muc/hoat-dong", { page: 2, day: null }, "/chuyen-muc/hoat-dong?trang=2"],
  ])("builds the link to %s with %j as %s", (pathname, query, expected) => {
    expect(listingHref(pathname, query)).toBe(expected);
  });

  it.each([
    [{ page: 1, day: null }],
    [{ page: 2, day: null }],
    [{ page: 1, day: DEC_21 }],
    [{ page: 9, day: { year: 2024, month: 2, day: 29 } }],
  ])("round-trips %j through the URL", (query) => {
    const search = new URL(listingHref("/tin-tuc", query), "https://example.vn").searchParams;
    expect(parseListingQuery(Object.fromEntries(search))).toEqual({ ok: true, query });
  });
});
