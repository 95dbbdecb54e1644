import type { Page } from "@playwright/test";
import { slugify } from "@/core/slug";
import { demoArticles } from "@/seeds/demo";
import { publishedDemoArticles } from "./demo-content";
import { expect, test } from "./fixtures";

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

/** Parses XML with the browser's own parser and returns what a test needs from it, or the parser's error. */
async function parseXml(page: Page, xml: string) {
  await page.goto("/robots.txt");
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror")?.textContent ?? null;
    const root = doc.documentElement;
    const channel = root.querySelector(":scope > channel");
    const child = (el: Element, name: string) => Array.from(el.children).find((c) => c.nodeName === name)?.textContent ?? null;
    return {
      error,
      root: root.nodeName,
      namespace: root.namespaceURI,
      version: root.getAttribute("version"),
      channels: root.querySelectorAll(":scope > channel").length,
      channel: channel ? { title: child(channel, "title"), link: child(channel, "link"), description: child(channel, "description"), language: child(channel, "language") } : null,
      items: channel
        ? Array.from(channel.children)
            .filter((c) => c.nodeName === "item")
            .map((item) => ({
              title: child(item, "title"),
              link: child(item, "link"),
              guid: child(item, "guid"),
              pubDate: child(item, "pubDate"),
              enclosure: item.querySelector("enclosure") ? { url: item.querySelector("enclosure")?.getAttribute("url"), length: item.querySelector("enclosure")?.getAttribute("length"), type: item.querySelector("enclosure")?.getAttribute("type") } : null,
            }))
        : [],
      locs: Array.from(root.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")).map((l) => l.textContent ?? ""),
    };
  }, xml);
}

const withCover = demoArticles.find((a) => (a.status ?? "published") === "published" && a.cover);

test("the site's RSS is a valid RSS 2.0 document: absolute links, RFC 822 dates, covers as enclosures", async ({ page, request }) => {
  const response = await request.get("/rss.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const feed = await parseXml(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed).toMatchObject({ root: "rss", version: "2.0", channels: 1, channel: { language: "vi" } });
  expect(feed.channel?.title).toBeTruthy();
  expect(feed.channel?.description).toBeTruthy();
  expect(feed.channel?.link).toMatch(/^https?:\/\//);
  // The newest published articles, newest first.
  expect(feed.items.map((i) => i.title)).toEqual(publishedDemoArticles.slice(0, feed.items.length).map((a) => a.title));
  for (const item of feed.items) {
    expect(item.link).toMatch(/^https?:\/\/[^/]+\/tin-tuc\/[a-z0-9-]+$/);
    expect(item.guid).toBe(item.link);
    expect(item.pubDate).toMatch(RFC_822);
  }
  // The newest article with a cover in the feed (the demo's, or one of the units' reports).
  const newestCovered = publishedDemoArticles.slice(0, feed.items.length).find((a) => a.cover);
  expect(newestCovered).toBeTruthy();
  const covered = feed.items.find((i) => i.link?.endsWith(`/tin-tuc/${newestCovered?.slug}`));
  expect(covered?.enclosure).toMatchObject({ type: "image/jpeg", url: expect.stringMatching(/^https?:\/\/.+\.jpg$/) });
  // The enclosure's length is the size of the file it points to.
  const image = await request.get(new URL(covered?.enclosure?.url ?? "").pathname);
  expect(image.status()).toBe(200);
  expect(Number(covered?.enclosure?.length)).toBe((await image.body()).length);
});

test("each category has its feed, linked from its page; an unknown one is a 404", async ({ page, request }) => {
  const category = publishedDemoArticles[0]?.category ?? "";
  await page.goto(`/chuyen-muc/${category}`);
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').last().getAttribute("href");
  expect(feedHref).toMatch(new RegExp(`/chuyen-muc/${category}/rss.xml$`));
  const response = await request.get(`/chuyen-muc/${category}/rss.xml`);
  expect(response.status()).toBe(200);
  const feed = await parseXml(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.items.map((i) => i.title)).toEqual(publishedDemoArticles.filter((a) => a.category === category).slice(0, 50).map((a) => a.title));
  expect((await request.get("/chuyen-muc/khong-co-chuyen-muc-nay/rss.xml")).status()).toBe(404);
});

test("the sitemap lists every published article, category and unit, and robots.txt points to it", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
  expect(robots).toContain("Disallow: /quan-tri");
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const sitemap = await parseXml(page, await response.text());
  expect(sitemap.error).toBeNull();
  expect(sitemap).toMatchObject({ root: "urlset", namespace: "http://www.sitemaps.org/schemas/sitemap/0.9" });
  const paths = sitemap.locs.map((loc) => new URL(loc).pathname);
  const articlePaths = paths.filter((p) => p.startsWith("/tin-tuc/"));
  // Other journeys may publish articles into the same database: every demo article is there, and no draft.
  for (const article of publishedDemoArticles) expect(articlePaths).toContain(`/tin-tuc/${article.slug}`);
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths).toEqual(expect.arrayContaining(["/", "/tin-tuc", "/chuyen-muc/tin-hoat-dong", "/don-vi/cong-doan-vien-chuc-tinh"]));
  for (const draft of demoArticles.filter((a) => (a.status ?? "published") !== "published")) expect(paths).not.toContain(`/tin-tuc/${slugify(draft.title)}`);
  expect((await request.get("/sitemap/9.xml")).status()).toBe(404);
});

test("an article shares a proper preview: OpenGraph, Twitter card, canonical address and NewsArticle data", async ({ page }) => {
  const slug = slugify(withCover?.title ?? "");
  await page.goto(`/tin-tuc/${slug}?trang=1`);
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
  expect(await meta("og:title")).toBe(withCover?.title);
  expect(await meta("og:type")).toBe("article");
  expect(await meta("og:description")).toBe(withCover?.summary);
  // The cover, cropped to the 1200 × 630 that Zalo and Facebook show (e2e/reader-sharing.spec.ts).
  expect(await meta("og:image")).toMatch(/^https?:\/\/.+\/api\/anh-chia-se\/anh-.+\.jpg$/);
  expect(await meta("og:image:width")).toBe("1200");
  expect(await meta("og:image:height")).toBe("630");
  expect(await meta("twitter:card")).toBe("summary_large_image");
  // One canonical address, without the page's query string.
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`^https?://[^/]+/tin-tuc/${slug}$`));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: withCover?.title, publisher: { "@type": "Organization" } });
  expect(new Date(jsonLd.datePublished).toString()).not.toBe("Invalid Date");
  expect(jsonLd.image[0]).toBe(await meta("og:image"));
  expect(jsonLd.author.name).toBeTruthy();
});

test("an article prints as its text and photos with captions, without navigation or other news", async ({ page }) => {
  await page.goto(`/tin-tuc/${slugify(withCover?.title ?? "")}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("article figcaption").first()).toBeVisible();
  await expect(page.locator("article img").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu chính" })).toBeHidden();
  await expect(page.locator("body > footer, footer").last()).toBeHidden();
  await expect(page.getByRole("heading", { name: "Các tin đã đăng" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation", { name: "Menu chính" })).toBeVisible();
});
