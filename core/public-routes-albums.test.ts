import { describe, expect, it } from "vitest";
import { albumPath, albumPhotoPath, parsePhotoIdSegment, publicRouteFor, searchParamsRecord } from "./public-routes";

const query = (search: string) => searchParamsRecord(new URLSearchParams(search));

describe("publicRouteFor, the albums", () => {
  it.each([
    ["/thu-vien-anh", "", "/ds/thu-vien-anh/1"],
    ["/thu-vien-anh", "trang=1", "/ds/thu-vien-anh/1"],
    ["/thu-vien-anh", "trang=200", "/ds/thu-vien-anh/200"],
    ["/thu-vien-anh", "utm_source=zalo&ngay=2022-12-21", "/ds/thu-vien-anh/1"],
    ["/thu-vien-anh/dai-hoi-cong-doan-2023", "", "/ds/album/dai-hoi-cong-doan-2023"],
    ["/thu-vien-anh/dai-hoi-cong-doan-2023", "trang=3", "/ds/album/dai-hoi-cong-doan-2023"],
    ["/thu-vien-anh/dai-hoi-cong-doan-2023/anh-17", "", "/ds/album/dai-hoi-cong-doan-2023/17"],
    ["/thu-vien-anh/dai-hoi/anh-123456789", "", "/ds/album/dai-hoi/123456789"],
  ])("rewrites %s?%s to %s", (pathname, search, path) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "rewrite", path });
  });

  it.each([
    ["/thu-vien-anh", "trang=0"],
    ["/thu-vien-anh", "trang=01"],
    ["/thu-vien-anh", "trang=abc"],
    ["/thu-vien-anh", "trang=1&trang=2"],
    ["/thu-vien-anh", "trang=1234567890"],
    ["/thu-vien-anh/Dai-Hoi", ""],
    ["/thu-vien-anh/dai_hoi", ""],
    ["/thu-vien-anh/%C4%91ai-hoi", ""],
    ["/thu-vien-anh/dai-hoi/17", ""],
    ["/thu-vien-anh/dai-hoi/anh-", ""],
    ["/thu-vien-anh/dai-hoi/anh-0", ""],
    ["/thu-vien-anh/dai-hoi/anh-017", ""],
    ["/thu-vien-anh/dai-hoi/anh-1.5", ""],
    ["/thu-vien-anh/dai-hoi/anh--3", ""],
    ["/thu-vien-anh/dai-hoi/anh-1234567890", ""],
    ["/thu-vien-anh/dai-hoi/anh-3/them", ""],
    ["/thu-vien-anh//anh-3", ""],
    ["/ds/thu-vien-anh/1", ""],
    ["/ds/album/dai-hoi", ""],
  ])("answers %s?%s with the 404 page", (pathname, search) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "not-found" });
  });

  it("leaves addresses that only begin like the albums' to Next", () => {
    expect(publicRouteFor("/thu-vien-anhx", {})).toBeNull();
  });

  it("reads back exactly the addresses the site links to", () => {
    expect(publicRouteFor(albumPath("tet-sum-vay"), {})).toEqual({ kind: "rewrite", path: "/ds/album/tet-sum-vay" });
    expect(publicRouteFor(albumPhotoPath("tet-sum-vay", 42), {})).toEqual({ kind: "rewrite", path: "/ds/album/tet-sum-vay/42" });
  });
});

describe("parsePhotoIdSegment", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    ["999999999", 999999999],
    ["0", null],
    ["042", null],
    ["", null],
    ["4e2", null],
    [" 42", null],
    ["1000000000", null],
  ])("reads %j as %j", (segment, expected) => {
    expect(parsePhotoIdSegment(segment)).toBe(expected);
  });
});
