import { describe, expect, it } from "vitest";
import { legacyCandidateKeys, legacyKeysOfSegment, legacyKeysSegment, legacyRouteFor, looksLikeLegacyAddress, trailingSlashRouteFor } from "./legacy-routes";

// The address as a browser sends it: new URL() resolves "..", so the raw pathname is cut by hand.
function split(address: string): [string, URLSearchParams] {
  const at = address.indexOf("?");
  return at === -1 ? [address, new URLSearchParams()] : [address.slice(0, at), new URLSearchParams(address.slice(at + 1))];
}
const keysOf = (address: string) => legacyCandidateKeys(...split(address));

describe("legacyCandidateKeys: every old article address leads to its article's key first", () => {
  it.each([
    ["/tin-tuc/hoat-dong-cong-doan/123-dai-hoi-cong-doan-tinh.html", "joomla:article:123"],
    ["/tin-tuc/hoat-dong-cong-doan/123-dai-hoi-cong-doan-tinh", "joomla:article:123"],
    ["/index.php/tin-tuc/123-dai-hoi-cong-doan-tinh.html", "joomla:article:123"],
    ["/index.php/tin-tuc/123-dai-hoi-cong-doan-tinh", "joomla:article:123"],
    ["/123-dai-hoi-cong-doan-tinh.htm", "joomla:article:123"],
    ["/tin-tuc/123-%C4%91ai-h%E1%BB%99i.html", "joomla:article:123"],
    ["/index.php?option=com_content&view=article&id=123:dai-hoi-cong-doan-tinh&catid=4&Itemid=101", "joomla:article:123"],
    ["/?option=com_content&view=article&id=123", "joomla:article:123"],
    ["/vi/news/hoat-dong/hoi-thao-an-toan-lao-dong-77.html", "nukeviet:article:77"],
    ["/news/hoat-dong/hoi-thao-an-toan-lao-dong-77.html", "nukeviet:article:77"],
    ["/vi/tin-tuc/hoat-dong/hoi-thao-an-toan-lao-dong-77.html", "nukeviet:article:77"],
    ["/hoat-dong/hoi-thao-an-toan-lao-dong-77.html", "nukeviet:article:77"],
    ["/index.php?language=vi&nv=news&op=hoat-dong/hoi-thao-an-toan-lao-dong-77", "nukeviet:article:77"],
    ["/index.php?language=vi&nv=tin-tuc&op=hoat-dong/hoi-thao-an-toan-lao-dong-77", "nukeviet:article:77"],
  ])("%s → %s", (address, key) => {
    expect(keysOf(address)[0]).toBe(key);
  });
});

describe("legacyCandidateKeys: old category addresses", () => {
  it.each([
    ["/index.php?option=com_content&view=category&id=4&Itemid=9", ["joomla:category:4"]],
    ["/hoat-dong-cong-doan/tin-co-so", ["joomla:category-path:hoat-dong-cong-doan/tin-co-so", "nukeviet:category-path:tin-co-so"]],
    ["/index.php/Hoat-Dong-Cong-Doan/Tin-Co-So.html", ["joomla:category-path:hoat-dong-cong-doan/tin-co-so"]],
    ["/hoat-dong-cong-doan", ["joomla:category-path:hoat-dong-cong-doan", "nukeviet:category-path:hoat-dong-cong-doan"]],
    ["/vi/news/hoat-dong/", ["joomla:category-path:vi/news/hoat-dong", "nukeviet:category-path:hoat-dong"]],
    ["/news/hoat-dong", ["joomla:category-path:news/hoat-dong", "nukeviet:category-path:hoat-dong"]],
    ["/index.php?language=vi&nv=news&op=hoat-dong", ["nukeviet:category-path:hoat-dong"]],
    // Without .html a NukeViet-looking last segment is a Joomla category alias, not an article.
    ["/tin-tuc/dai-hoi-2023", ["joomla:category-path:tin-tuc/dai-hoi-2023", "nukeviet:category-path:dai-hoi-2023"]],
  ])("%s → %j", (address, keys) => {
    expect(keysOf(address)).toEqual(keys);
  });

  it("tries a NukeViet article before the category a Joomla site may have had at the same address", () => {
    expect(keysOf("/tin-tuc/dai-hoi-2023.html")).toEqual(["nukeviet:article:2023", "joomla:category-path:tin-tuc/dai-hoi-2023", "nukeviet:category-path:dai-hoi-2023"]);
  });

  it("does not read Joomla's article addresses as categories", () => {
    expect(keysOf("/tin-tuc/123-dai-hoi")).toEqual(["joomla:article:123"]);
  });
});

describe("legacyCandidateKeys: malformed input gives no keys and never throws", () => {
  it.each([
    ["bad percent-encoding", "/tin-tuc/%E0%A4%A/123-dai-hoi.html"],
    ["a lone percent", "/tin-tuc/123-dai-hoi%.html"],
    ["a climb out", "/tin-tuc/../../etc/123-passwd.html"],
    ["an encoded climb out", "/tin-tuc/%2e%2e/123-passwd.html"],
    ["a climb out in op", "/index.php?nv=news&op=../admin/x-1"],
    ["a 10,000-character path", `/tin-tuc/${"a".repeat(10_000)}/123-dai-hoi.html`],
    ["a 10,000-character query", `/index.php?option=com_content&view=article&id=123&x=${"a".repeat(10_000)}`],
    ["a Joomla id of 11 digits", "/tin-tuc/12345678901-dai-hoi.html"],
    ["a raw Joomla id of 11 digits", "/index.php?option=com_content&view=article&id=12345678901"],
    ["a NukeViet id of 11 digits", "/vi/news/hoat-dong/dai-hoi-12345678901.html"],
    ["a NukeViet op with an id of 11 digits", "/index.php?nv=news&op=hoat-dong/dai-hoi-12345678901"],
    ["a space in a segment", "/tin tuc/123-dai-hoi.html"],
    ["the bare index", "/index.php"],
    ["Joomla's other views", "/index.php?option=com_content&view=featured&id=5"],
  ])("%s", (_, address) => {
    expect(keysOf(address)).toEqual([]);
  });
});

describe("looksLikeLegacyAddress: decided from the request alone", () => {
  it.each([
    "/index.php?option=com_content&view=article&id=123",
    "/?option=com_content&view=article&id=123",
    "/index.php?language=vi&nv=news&op=hoat-dong",
    "/?nv=news",
    "/index.php",
    "/index.php/tin-tuc/123-dai-hoi",
    "/tin-tuc/hoat-dong/123-dai-hoi.html",
    "/vi/news/hoat-dong/dai-hoi-77.HTM",
  ])("%s may be old", (address) => {
    expect(looksLikeLegacyAddress(...split(address))).toBe(true);
  });

  it.each(["/", "/tin-tuc", "/tin-tuc/dai-hoi-cong-doan", "/tim-kiem?nv=news&q=dai+hoi", "/rss.xml", "/sitemap/1.xml", "/hoat-dong-cong-doan/tin-co-so"])(
    "%s is left to the routes",
    (address) => {
      expect(looksLikeLegacyAddress(...split(address))).toBe(false);
    },
  );
});

describe("legacyRouteFor", () => {
  it("rewrites an old address to the internal page keyed by its candidate keys, the same for each form", () => {
    const sef = legacyRouteFor(...split("/tin-tuc/123-dai-hoi.html"));
    const withIndex = legacyRouteFor(...split("/index.php/tin-tuc/123-dai-hoi"));
    expect(sef).toEqual({ kind: "rewrite", path: `/ds/dia-chi-cu/${legacyKeysSegment(keysOf("/tin-tuc/123-dai-hoi.html"))}` });
    expect(withIndex).toEqual(sef);
  });

  it("sends an old-looking address that names nothing to the 404 page, and leaves the rest alone", () => {
    expect(legacyRouteFor(...split("/tin-tuc/%E0%A4%A.html"))).toEqual({ kind: "not-found" });
    expect(legacyRouteFor(...split("/tin-tuc/dai-hoi"))).toBeNull();
    expect(legacyRouteFor(...split("/ds/bai/x.html"))).toBeNull();
  });
});

describe("trailingSlashRouteFor: a path ending in / (Next's own redirect is off)", () => {
  it("sends a GET that may be an old NukeViet or Joomla category to the page that follows it, in one hop", () => {
    expect(trailingSlashRouteFor("GET", "/vi/news/hoat-dong/", "")).toEqual({ kind: "rewrite", path: "/ds/gach-cheo-cuoi/vi/news/hoat-dong" });
    expect(trailingSlashRouteFor("HEAD", "/hoat-dong-cong-doan/tin-co-so//", "")).toEqual({ kind: "rewrite", path: "/ds/gach-cheo-cuoi/hoat-dong-cong-doan/tin-co-so" });
    // Never a path that starts with "//", which a browser would read as another site.
    expect(trailingSlashRouteFor("GET", "///evil.example/duong/", "")).toEqual({ kind: "rewrite", path: "/ds/gach-cheo-cuoi/evil.example/duong" });
  });

  it.each([
    ["GET", "/tin-tuc/", "", "/tin-tuc"],
    ["GET", "/tin-tuc/", "?trang=2&ngay=2022-12-21", "/tin-tuc?trang=2&ngay=2022-12-21"],
    ["GET", "/quan-tri/bai-viet/", "", "/quan-tri/bai-viet"],
    ["GET", "/dang-nhap/", "?callbackUrl=%2Fquan-tri", "/dang-nhap?callbackUrl=%2Fquan-tri"],
    ["GET", "/rss.xml/", "", "/rss.xml"],
    ["GET", "/api/media/1/", "", "/api/media/1"],
    ["GET", "/ds/bai/x/", "", "/ds/bai/x"],
    ["GET", "/vi/news/hoat-dong/", "?utm_source=zalo", "/vi/news/hoat-dong?utm_source=zalo"],
    ["POST", "/vi/news/hoat-dong/", "", "/vi/news/hoat-dong"],
    ["GET", "/%E0%A4%A/", "", "/%E0%A4%A"],
    ["GET", "//", "", "/"],
    ["GET", "//evil.example/", "", "/evil.example"],
  ])("%s %s%s → 308 %s, as Next would", (method, pathname, search, href) => {
    expect(trailingSlashRouteFor(method, pathname, search)).toEqual({ kind: "redirect", href, permanent: true });
  });

  it("leaves the root and paths without the slash alone", () => {
    expect(trailingSlashRouteFor("GET", "/", "")).toBeNull();
    expect(trailingSlashRouteFor("GET", "/vi/news/hoat-dong", "")).toBeNull();
  });
});

describe("the keys' segment", () => {
  it("reads back what it wrote, and nothing else", () => {
    const keys = ["joomla:article:123", "joomla:category-path:tin-tuc/hoạt-động", "nukeviet:category-path:hoạt-động"];
    expect(legacyKeysOfSegment(legacyKeysSegment(keys))).toEqual(keys);
    expect(legacyKeysOfSegment("bm90IGEga2V5")).toEqual([]);
    expect(legacyKeysOfSegment("%%%")).toEqual([]);
    expect(legacyKeysOfSegment("A".repeat(5000))).toEqual([]);
    expect(legacyKeysOfSegment(legacyKeysSegment(["joomla:article:1", "wordpress:article:2"]))).toEqual([]);
  });

  it("stays under 2 KB for the longest address that has keys", () => {
    const longest = `/${"ả".repeat(40)}/${"b".repeat(200)}.html`;
    expect(longest.length).toBeLessThanOrEqual(512);
    const encoded = encodeURI(longest);
    expect(legacyKeysSegment(keysOf(encoded)).length).toBeLessThan(2048);
  });
});
