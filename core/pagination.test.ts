import { describe, expect, it } from "vitest";
import { ARTICLES_PER_PAGE, pageWindow, paginate, parsePageParam } from "./pagination";

describe("paginate", () => {
  it("shows ten articles a page unless told otherwise", () => {
    expect(ARTICLES_PER_PAGE).toBe(10);
    expect(paginate(82, 1).perPage).toBe(10);
  });

  it.each([
    [0, 1, { totalPages: 1, offset: 0, isPastEnd: false, hasPrevious: false, hasNext: false, pageNumbers: [1] }],
    [1, 1, { totalPages: 1, offset: 0, isPastEnd: false, hasPrevious: false, hasNext: false, pageNumbers: [1] }],
    [10, 1, { totalPages: 1, offset: 0, isPastEnd: false, hasPrevious: false, hasNext: false, pageNumbers: [1] }],
    [11, 1, { totalPages: 2, offset: 0, isPastEnd: false, hasPrevious: false, hasNext: true, pageNumbers: [1, 2] }],
    [11, 2, { totalPages: 2, offset: 10, isPastEnd: false, hasPrevious: true, hasNext: false, pageNumbers: [1, 2] }],
    [82, 1, { totalPages: 9, offset: 0, isPastEnd: false, hasPrevious: false, hasNext: true, pageNumbers: [1, 2, 3, 4, 5] }],
    [82, 2, { totalPages: 9, offset: 10, isPastEnd: false, hasPrevious: true, hasNext: true, pageNumbers: [1, 2, 3, 4, 5] }],
    [82, 3, { totalPages: 9, offset: 20, isPastEnd: false, hasPrevious: true, hasNext: true, pageNumbers: [1, 2, 3, 4, 5] }],
    [82, 4, { totalPages: 9, offset: 30, isPastEnd: false, hasPrevious: true, hasNext: true, pageNumbers: [2, 3, 4, 5, 6] }],
    [82, 5, { totalPages: 9, offset: 40, isPastEnd: false, hasPrevious: true, hasNext: true, pageNumbers: [3, 4, 5, 6, 7] }],
    [82, 8, { totalPages: 9, offset: 70, isPastEnd: false, hasPrevious: true, hasNext: true, pageNumbers: [5, 6, 7, 8, 9] }],
    [82, 9, { totalPages: 9, offset: 80, isPastEnd: false, hasPrevious: true, hasNext: false, pageNumbers: [5, 6, 7, 8, 9] }],
    [50, 5, { totalPages: 5, offset: 40, isPastEnd: false, hasPrevious: true, hasNext: false, pageNumbers: [1, 2, 3, 4, 5] }],
    [30, 2, { totalPages: 3, offset: 10, isPastEnd: false, hasPrevious: true, hasNext: true, pageNumbers: [1, 2, 3] }],
  ])("with %i articles, page %i is %o", (total, page, expected) => {
    expect(paginate(total, page)).toEqual({ page, perPage: 10, total, ...expected });
  });

  it.each([
    [0, 2, { totalPages: 1, offset: 10, hasNext: false, pageNumbers: [1] }],
    [11, 3, { totalPages: 2, offset: 20, hasNext: false, pageNumbers: [1, 2] }],
    [82, 10, { totalPages: 9, offset: 90, hasNext: false, pageNumbers: [5, 6, 7, 8, 9] }],
    [82, 999, { totalPages: 9, offset: 9980, hasNext: false, pageNumbers: [5, 6, 7, 8, 9] }],
  ])("with %i articles, marks page %i as past the end and offers the last window", (total, page, expected) => {
    expect(paginate(total, page)).toMatchObject({ isPastEnd: true, ...expected });
  });

  it.each([
    [25, 1, 20, { totalPages: 2, offset: 0, pageNumbers: [1, 2] }],
    [25, 3, 5, { totalPages: 5, offset: 10, pageNumbers: [1, 2, 3, 4, 5] }],
  ])("honours a custom page size: %i items, page %i of %i each", (total, page, perPage, expected) => {
    expect(paginate(total, page, perPage)).toMatchObject({ perPage, ...expected });
  });

  it.each([
    [-1, 1, 10],
    [1.5, 1, 10],
    [10, 0, 10],
    [10, -2, 10],
    [10, 1.5, 10],
    [10, Number.NaN, 10],
    [10, 1, 0],
  ])("throws on a caller's bug: total %d, page %d, perPage %d", (total, page, perPage) => {
    expect(() => paginate(total, page, perPage)).toThrow(RangeError);
  });
});

describe("pageWindow", () => {
  it.each([
    [1, 9, 3, [1, 2, 3]],
    [2, 9, 3, [1, 2, 3]],
    [5, 9, 3, [4, 5, 6]],
    [9, 9, 3, [7, 8, 9]],
    [1, 2, 3, [1, 2]],
    [1, 1, 3, [1]],
    [120, 130, 3, [119, 120, 121]],
    [5, 9, 5, [3, 4, 5, 6, 7]],
  ])("around page %i of %i, a window of %i is %o", (current, totalPages, width, expected) => {
    expect(pageWindow(current, totalPages, width)).toEqual(expected);
  });
});

describe("parsePageParam", () => {
  it.each([
    [undefined, 1],
    ["1", 1],
    ["2", 2],
    ["10", 10],
    ["999999999", 999_999_999],
  ])("reads %j as page %i", (value, expected) => {
    expect(parsePageParam(value)).toBe(expected);
  });

  it.each([
    [["1", "2"], "a repeated parameter"],
    [[], "an empty array"],
    ["abc", "letters"],
    ["2abc", "trailing letters"],
    ["-1", "a negative number"],
    ["+2", "a plus sign"],
    ["0", "zero"],
    ["1.5", "a decimal"],
    ["1e3", "exponent notation"],
    ["0x10", "hexadecimal"],
    ["01", "a leading zero"],
    [" 2", "a leading space"],
    ["2 ", "a trailing space"],
    ["1000000000", "ten digits"],
    ["99999999999999999999", "a huge number"],
    ["Infinity", "Infinity"],
    ["２", "a full-width digit"],
    ["", "an empty string"],
  ] as [string | string[], string][])("rejects %j (%s)", (value) => {
    expect(parsePageParam(value)).toBeNull();
  });
});
