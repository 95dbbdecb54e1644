import { describe, expect, it } from "vitest";
import { buildRss, rfc822 } from "./rss";
import { articleSliceOfFile, buildSitemapIndex, buildUrlSet, sitemapFileCount, splitSlice } from "./sitemap";
import { absoluteUrl, escapeXml } from "./xml";

describe("escapeXml", () => {
  it.each([
    ["Tin & ảnh: Lê Thu", "Tin &amp; ảnh: Lê Thu"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`Hội nghị "Đổi mới" của 'Công đoàn'`, "Hội nghị &quot;Đổi mới&quot; của &apos;Công đoàn&apos;"],
    ["Dòng\u0000có\u000Bký tự\u001Fđiều khiển\ttab", "Dòngcóký tựđiều khiển\ttab"],
    ["&amp; đã mã hóa", "&amp;amp; đã mã hóa"],
  ])("%j → %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("absoluteUrl", () => {
  it.each([
    ["https://congdoan.example.vn", "/tin-tuc/a", "https://congdoan.example.vn/tin-tuc/a"],
    ["https://congdoan.example.vn/", "/rss.xml", "https://congdoan.example.vn/rss.xml"],
    ["http://localhost:3000", "/", "http://localhost:3000/"],
  ])("%s + %s", (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });
});

describe("rfc822", () => {
  // 2023-01-01 was a Sunday; one date for each weekday and each month.
  it.each([
    ["2023-01-01T00:00:00Z", "Sun, 01 Jan 2023 00:00:00 GMT"],
    ["2023-02-06T01:02:03Z", "Mon, 06 Feb 2023 01:02:03 GMT"],
    ["2023-03-07T23:59:59Z", "Tue, 07 Mar 2023 23:59:59 GMT"],
    ["2022-12-21T09:42:00Z", "Wed, 21 Dec 2022 09:42:00 GMT"],
    ["2023-04-13T12:00:00Z", "Thu, 13 Apr 2023 12:00:00 GMT"],
    ["2023-05-19T12:00:00Z", "Fri, 19 May 2023 12:00:00 GMT"],
    ["2023-06-24T12:00:00Z", "Sat, 24 Jun 2023 12:00:00 GMT"],
    ["2023-07-01T12:00:00Z", "Sat, 01 Jul 2023 12:00:00 GMT"],
    ["2023-08-01T12:00:00Z", "Tue, 01 Aug 2023 12:00:00 GMT"],
    ["2023-09-01T12:00:00Z", "Fri, 01 Sep 2023 12:00:00 GMT"],
    ["2023-10-01T12:00:00Z", "Sun, 01 Oct 2023 12:00:00 GMT"],
    ["2023-11-01T12:00:00Z", "Wed, 01 Nov 2023 12:00:00 GMT"],
  ])("%s → %s", (iso, expected) => {
    expect(rfc822(new Date(iso))).toBe(expected);
    expect(expected).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });
});

describe("buildRss", () => {
  const item = {
    title: "Trao 50 suất quà Tết & học bổng",
    path: "/tin-tuc/trao-qua-tet",
    summary: "Sáng 20/1, <b>Công đoàn</b> đã trao quà.",
    publishedAt: new Date("2024-01-20T02:30:00Z"),
    category: "Tin hoạt động",
    author: "Tin & ảnh: Lê Thu",
    enclosure: { path: "/api/media/abc-1600.jpg", length: 123456, type: "image/jpeg" },
  };
  const xml = buildRss("https://congdoan.example.vn", { title: "Bản tin", description: "Tin mới", path: "/", feedPath: "/rss.xml" }, [item], new Date("2026-01-01T00:00:00Z"));

  it("has absolute links, escaped text, RFC 822 dates and the cover as an enclosure", () => {
    expect(xml).toContain("<link>https://congdoan.example.vn/tin-tuc/trao-qua-tet</link>");
    expect(xml).toContain("<title>Trao 50 suất quà Tết &amp; học bổng</title>");
    expect(xml).toContain("<description>Sáng 20/1, &lt;b&gt;Công đoàn&lt;/b&gt; đã trao quà.</description>");
    expect(xml).toContain("<pubDate>Sat, 20 Jan 2024 02:30:00 GMT</pubDate>");
    expect(xml).toContain('<enclosure url="https://congdoan.example.vn/api/media/abc-1600.jpg" length="123456" type="image/jpeg"/>');
    expect(xml).toContain('<atom:link href="https://congdoan.example.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<lastBuildDate>Sat, 20 Jan 2024 02:30:00 GMT</lastBuildDate>");
  });

  it("leaves out an enclosure when there is no cover, and dates an empty feed by when it was built", () => {
    const empty = buildRss("https://x.vn", { title: "T", description: "D", path: "/", feedPath: "/rss.xml" }, [], new Date("2026-01-01T00:00:00Z"));
    expect(empty).toContain("<lastBuildDate>Thu, 01 Jan 2026 00:00:00 GMT</lastBuildDate>");
    expect(empty).not.toContain("<item>");
    expect(buildRss("https://x.vn", { title: "T", description: "D", path: "/", feedPath: "/rss.xml" }, [{ ...item, enclosure: null }], new Date())).not.toContain("<enclosure");
  });
});

describe("sitemap files", () => {
  it.each([
    [0, 1],
    [1, 1],
    [50_000, 1],
    [50_001, 2],
    [100_000, 2],
    [100_001, 3],
  ])("%i addresses → %i file(s)", (total, files) => {
    expect(sitemapFileCount(total)).toBe(files);
  });

  it("puts the fixed pages first, then every article exactly once across files", () => {
    const fixed = 12;
    const total = 120_000 + fixed;
    const slices = Array.from({ length: sitemapFileCount(total) }, (_, i) => articleSliceOfFile(i + 1, fixed));
    expect(slices).toEqual([
      { offset: 0, limit: 49_988 },
      { offset: 49_988, limit: 50_000 },
      { offset: 99_988, limit: 50_000 },
    ]);
    expect(slices.every((slice, i) => (i === 0 ? slice.limit + fixed : slice.limit) <= 50_000)).toBe(true);
  });

  it("writes a urlset and an index with absolute, escaped addresses", () => {
    expect(buildUrlSet("https://x.vn", [{ path: "/tin-tuc/a&b", lastModified: new Date("2024-01-01T00:00:00Z") }])).toContain(
      "<url><loc>https://x.vn/tin-tuc/a&amp;b</loc><lastmod>2024-01-01T00:00:00.000Z</lastmod></url>",
    );
    expect(buildSitemapIndex("https://x.vn", [{ path: "/sitemap/2.xml" }])).toContain("<sitemap><loc>https://x.vn/sitemap/2.xml</loc></sitemap>");
  });
});

describe("splitSlice", () => {
  it.each([
    [{ offset: 0, limit: 10 }, [4, 20], [{ offset: 0, limit: 4 }, { offset: 0, limit: 6 }]],
    [{ offset: 10, limit: 10 }, [4, 20], [{ offset: 0, limit: 0 }, { offset: 6, limit: 10 }]],
    [{ offset: 2, limit: 1 }, [4, 20], [{ offset: 2, limit: 1 }, { offset: 0, limit: 0 }]],
    [{ offset: 20, limit: 10 }, [4, 20], [{ offset: 0, limit: 0 }, { offset: 16, limit: 4 }]],
    [{ offset: 30, limit: 10 }, [4, 20], [{ offset: 0, limit: 0 }, { offset: 0, limit: 0 }]],
    [{ offset: 0, limit: 10 }, [0, 3], [{ offset: 0, limit: 0 }, { offset: 0, limit: 3 }]],
  ])("splits %o over lists of %o", (slice, counts, windows) => {
    expect(splitSlice(slice, counts)).toEqual(windows);
  });
});
