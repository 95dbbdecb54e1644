import { describe, expect, it } from "vitest";
import { asciiDownloadName, downloadMayCount } from "./document-download";

const SITE = "https://ldld.example.vn";
const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const sameSite = { origin: null, secFetchSite: "same-origin", secFetchMode: "navigate" };

describe("asciiDownloadName", () => {
  it.each([
    ["Kế hoạch 47-KH-LĐLĐ.pdf", "Ke hoach 47-KH-LDLD.pdf"],
    ["Quyết định \"khen thưởng\"; 2024.docx", "Quyet dinh _khen thuong__ 2024.docx"],
    ["báo cáo 100%.xlsx", "bao cao 100_.xlsx"],
    ["文件.pdf", "__.pdf"],
    ["", "van-ban"],
  ])("%s → %s", (name, ascii) => {
    expect(asciiDownloadName(name)).toBe(ascii);
  });
});

describe("downloadMayCount", () => {
  it.each([
    ["a reader on the site", { published: true, userAgent: browser, origin: sameSite }, true],
    ["a reader following a link from another site", { published: true, userAgent: browser, origin: { origin: null, secFetchSite: "cross-site", secFetchMode: "navigate" } }, true],
    ["a client that is not a browser page", { published: true, userAgent: browser, origin: { origin: null, secFetchSite: null, secFetchMode: null } }, true],
    ["an image tag on another site", { published: true, userAgent: browser, origin: { origin: null, secFetchSite: "cross-site", secFetchMode: "no-cors" } }, false],
    ["a script on another site", { published: true, userAgent: browser, origin: { origin: "https://evil.example", secFetchSite: "cross-site", secFetchMode: "cors" } }, false],
    ["a crawler", { published: true, userAgent: "Googlebot/2.1 (+http://www.google.com/bot.html)", origin: sameSite }, false],
    ["a client without a user agent", { published: true, userAgent: null, origin: sameSite }, false],
    ["staff opening an unpublished document's file", { published: false, userAgent: browser, origin: sameSite }, false],
  ])("%s: %s", (_name, facts, counts) => {
    expect(downloadMayCount(facts, SITE)).toBe(counts);
  });
});
