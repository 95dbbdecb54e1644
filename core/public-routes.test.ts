import { describe, expect, it } from "vitest";
import { parseListingSegments, publicRouteFor, searchParamsRecord } from "./public-routes";

const query = (search: string) => searchParamsRecord(new URLSearchParams(search));

describe("publicRouteFor", () => {
  it.each([
    ["/", "", "/ds/trang-chu/moi-nhat"],
    ["/", "trang=abc", "/ds/trang-chu/moi-nhat"],
    ["/tin-tuc", "", "/ds/tin-tuc/1/tat-ca"],
    ["/tin-tuc", "trang=1", "/ds/tin-tuc/1/tat-ca"],
    ["/tin-tuc", "trang=5000", "/ds/tin-tuc/5000/tat-ca"],
    ["/tin-tuc", "ngay=2022-12-21&trang=2", "/ds/tin-tuc/2/2022-12-21"],
    ["/tin-tuc", "utm_source=zalo", "/ds/tin-tuc/1/tat-ca"],
    ["/tin-tuc/dai-hoi-cong-doan", "", "/ds/bai/dai-hoi-cong-doan/1/tat-ca"],
    ["/tin-tuc/dai-hoi-cong-doan", "trang=3", "/ds/bai/dai-hoi-cong-doan/3/tat-ca"],
    ["/chuyen-muc/hoat-dong", "ngay=2023-01-05", "/ds/chuyen-muc/hoat-dong/1/2023-01-05"],
    ["/don-vi/ldld-huyen", "trang=2", "/ds/don-vi/ldld-huyen/2/tat-ca"],
    ["/tim-kiem", "", "/ds/tim-kiem/-"],
    ["/tim-kiem", "q=cong+doan", "/ds/tim-kiem/WyJjb25nIGRvYW4iLCIiLCIiLCIiLCIiLDEsMF0"],
    ["/tim-kiem", "q=+cong+doan+&chuyen-muc=&trang=1&utm_source=zalo", "/ds/tim-kiem/WyJjb25nIGRvYW4iLCIiLCIiLCIiLCIiLDEsMF0"],
    ["/gioi-thieu/lien-he", "", "/ds/gioi-thieu/lien-he"],
    ["/gioi-thieu/lich-su-truyen-thong", "utm_source=zalo&trang=2", "/ds/gioi-thieu/lich-su-truyen-thong"],
    ["/video", "", "/ds/video/trang/1"],
    ["/video", "trang=3&utm_source=zalo", "/ds/video/trang/3"],
    ["/video/hoi-dien-van-nghe-2026", "fbclid=x", "/ds/video/xem/hoi-dien-van-nghe-2026"],
  ])("rewrites %s?%s to %s", (pathname, search, path) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "rewrite", path });
  });

  it.each([
    ["/tin-tuc", "d=5&m=1&y=2023", "/tin-tuc?ngay=2023-01-05"],
    ["/chuyen-muc/hoat-dong", "d=21&m=12&y=2022&trang=4", "/chuyen-muc/hoat-dong?ngay=2022-12-21"],
  ])("sends the no-JavaScript date form %s?%s to %s", (pathname, search, href) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "redirect", href });
  });

  it.each([
    ["/tin-tuc", "d=30&m=2&y=2022", "/ds/tin-tuc/1/ngay-khong-co-that"],
    ["/tin-tuc", "d=31&m=4&y=2023&trang=3", "/ds/tin-tuc/1/ngay-khong-co-that"],
    ["/tin-tuc", "d=5&m=1", "/ds/tin-tuc/1/ngay-khong-co-that"],
    ["/chuyen-muc/hoat-dong", "d=29&m=2&y=2023", "/ds/chuyen-muc/hoat-dong/1/ngay-khong-co-that"],
  ])("shows the listing with a message for the no-JavaScript date form's impossible day %s?%s", (pathname, search, path) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "rewrite", path });
  });

  it.each([
    ["/tin-tuc", "trang=abc"],
    ["/tin-tuc", "trang=0"],
    ["/tin-tuc", "trang=-1"],
    ["/tin-tuc", "trang=01"],
    ["/tin-tuc", "trang=1&trang=2"],
    ["/tin-tuc", "trang=99999999999999999999"],
    ["/tin-tuc", "ngay=2022-02-30"],
    ["/tin-tuc", "ngay=%3Cscript%3E"],
    ["/tin-tuc/%3Cscript%3E", ""],
    ["/chuyen-muc/Hoat-Dong", ""],
    ["/ds/tin-tuc/1/tat-ca", ""],
    ["/ds", ""],
    ["/tim-kiem", "q=x&trang=abc"],
    ["/gioi-thieu/Lien-He", ""],
    ["/gioi-thieu/%3Cscript%3E", ""],
    ["/ds/gioi-thieu/lien-he", ""],
  ])("answers %s?%s with the 404 page", (pathname, search) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "not-found" });
  });

  it.each([["/quan-tri"], ["/dang-nhap"], ["/xem-truoc/5"], ["/tin-tuc/a/b"], ["/dsx"], ["/khong-co-trang-nay"], ["/gioi-thieu"], ["/gioi-thieu/a/b"], ["/favicon.ico"], ["/apple-touch-icon.png"], ["/icon-192.png"], ["/icon-512.png"], ["/manifest.webmanifest"]])(
    "leaves %s to Next",
    (pathname) => {
      expect(publicRouteFor(pathname, {})).toBeNull();
    },
  );
});

describe("the videos' addresses", () => {
  it.each([
    ["/video", "trang=0"],
    ["/video", "trang=2&trang=3"],
    ["/video", "trang=abc"],
    ["/video/Hoi_Dien", ""],
    ["/video/..%2f", ""],
  ])("sends %s?%s to the 404 page", (pathname, search) => {
    expect(publicRouteFor(pathname, query(search))).toEqual({ kind: "not-found" });
  });

  it("leaves deeper addresses under /video to the 404 of the router", () => {
    expect(publicRouteFor("/video/a/b", query(""))).toBeNull();
  });
});

describe("parseListingSegments", () => {
  it.each([
    ["1", "tat-ca", { page: 1, day: null, impossibleDay: false }],
    ["12", "2022-12-21", { page: 12, day: { year: 2022, month: 12, day: 21 }, impossibleDay: false }],
    ["1", "ngay-khong-co-that", { page: 1, day: null, impossibleDay: true }],
  ])("reads /%s/%s", (trang, ngay, expected) => {
    expect(parseListingSegments(trang, ngay)).toEqual(expected);
  });

  it.each([["0", "tat-ca"], ["01", "tat-ca"], ["1", "2022-02-30"], ["1", "hom-nay"], ["x", "tat-ca"], ["2", "ngay-khong-co-that"]])("refuses /%s/%s", (trang, ngay) => {
    expect(parseListingSegments(trang, ngay)).toBeNull();
  });
});
