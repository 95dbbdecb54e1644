import "server-only";
import { parseMediaFileName } from "@/core/media-files";
import { ALBUMS_PATH, albumPath, DOCUMENTS_FEED_PATH, DOCUMENTS_PATH, documentPath, pagePath, VIDEOS_PATH, videoPath } from "@/core/public-routes";
import { buildRss, type RssItem } from "@/core/rss";
import { articleSliceOfFile, buildSitemapIndex, buildUrlSet, SITEMAP_LIMIT, sitemapFileCount, splitSlice, type SitemapEntry } from "@/core/sitemap";
import { documentTitle } from "@/core/documents";
import { vietnamCalendarDay, vietnamDayRange } from "@/core/vi-date";
import { documentRegisterPage, publishedDocumentAddresses, publishedDocumentCount } from "@/db/queries/documents";
import { publicAlbumAddresses } from "@/db/queries/albums";
import { latestPublishedArticles, publicArticleAddresses, publicArticleCount } from "@/db/queries/public-articles";
import { publicPageAddresses } from "@/db/queries/public-pages";
import { publicVideoAddresses } from "@/db/queries/videos";
import { listCategories, listUnits, type CategoryLink } from "@/db/queries/taxonomy";
import { siteName } from "./article-metadata";
import type { Database } from "@/db/client";
import { getDatabase } from "./database";
import { env } from "./env";
import { mediaStore } from "./media-store";

const FEED_SIZE = 50;

function xmlResponse(body: string, contentType: string): Response {
  // Readers and crawlers poll these: a minute of reuse is plenty and keeps them fresh.
  return new Response(body, { headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": "public, max-age=60" } });
}

/** The cover's largest JPEG, with its size in bytes as RSS enclosures require; none if the file is missing. */
async function enclosureOf(src: string): Promise<RssItem["enclosure"]> {
  const name = src.split("/").pop() ?? "";
  if (!parseMediaFileName(name)) return null;
  const size = await mediaStore().size(name);
  return size === null ? null : { path: src, length: size, type: "image/jpeg" };
}

/** RSS 2.0 of the latest public articles, of the whole site or of one category. */
export async function rssResponse(category: CategoryLink | null, now = new Date()): Promise<Response> {
  const db = getDatabase();
  const site = await siteName();
  const articles = await latestPublishedArticles(db, { limit: FEED_SIZE, categoryId: category?.id }, now);
  const items = await Promise.all(
    articles.map(async (article) => ({
      title: article.title,
      path: `/tin-tuc/${article.slug}`,
      summary: article.summary,
      publishedAt: article.publishedAt,
      category: article.categoryName,
      author: "",
      enclosure: article.cover ? await enclosureOf(article.cover.src) : null,
    })),
  );
  const channel = category
    ? { title: `${category.name} – ${site}`, description: `Tin mới của chuyên mục ${category.name}.`, path: `/chuyen-muc/${category.slug}`, feedPath: `/chuyen-muc/${category.slug}/rss.xml` }
    : { title: site, description: `Tin hoạt động mới nhất của ${site}.`, path: "/", feedPath: "/rss.xml" };
  return xmlResponse(buildRss(env.SITE_URL, channel, items, now), "application/rss+xml");
}

const DOCUMENTS_FEED_SIZE = 20;

/** RSS 2.0 of the newest published documents, newest issued first, as the register lists them. */
export async function documentsRssResponse(now = new Date()): Promise<Response> {
  const site = await siteName();
  const { items } = await documentRegisterPage(getDatabase(), {}, { offset: 0, limit: DOCUMENTS_FEED_SIZE }, vietnamCalendarDay(now));
  const entries: RssItem[] = items.map((document) => ({
    title: documentTitle(document),
    path: documentPath(document.slug),
    summary: `${document.issuerName}: ${document.abstract}`,
    // A document has a day of issue, not a time: its start in Vietnam.
    publishedAt: vietnamDayRange(document.issuedOn).start,
    category: document.formName,
    author: "",
    enclosure: null,
  }));
  const channel = { title: `Văn bản – ${site}`, description: `Các văn bản mới ban hành của ${site}.`, path: DOCUMENTS_PATH, feedPath: DOCUMENTS_FEED_PATH };
  return xmlResponse(buildRss(env.SITE_URL, channel, entries, now), "application/rss+xml");
}

// The grid, then each published album: a few thousand at most, so they stay with the fixed pages in file 1.
async function albumEntries(db: Database): Promise<SitemapEntry[]> {
  const albums = await publicAlbumAddresses(db);
  return albums.length === 0 ? [] : [{ path: ALBUMS_PATH }, ...albums.map((album) => ({ path: albumPath(album.slug), lastModified: album.updatedAt }))];
}

async function fixedPages(): Promise<SitemapEntry[]> {
  const db = getDatabase();
  return [
    { path: "/" },
    { path: "/tin-tuc" },
    { path: DOCUMENTS_PATH },
    ...(await listCategories(db)).map((category) => ({ path: `/chuyen-muc/${category.slug}` })),
    ...(await listUnits(db)).map((unit) => ({ path: `/don-vi/${unit.slug}` })),
    ...(await publicPageAddresses(db)).map((page) => ({ path: pagePath(page.slug), lastModified: page.updatedAt })),
    ...(await albumEntries(db)),
    ...(await videoEntries(db)),
  ];
}

// The videos' list, then each published video, like the albums.
async function videoEntries(db: Database): Promise<SitemapEntry[]> {
  const videos = await publicVideoAddresses(db);
  return videos.length === 0 ? [] : [{ path: VIDEOS_PATH }, ...videos.map((video) => ({ path: videoPath(video.slug), lastModified: video.updatedAt }))];
}

/** The addresses after the fixed pages, laid end to end: the articles, then the documents. */
async function listedCounts(now: Date): Promise<number[]> {
  const db = getDatabase();
  return [await publicArticleCount(db, {}, now), await publishedDocumentCount(db)];
}

async function listedEntries(slice: { offset: number; limit: number }, counts: number[], now: Date): Promise<SitemapEntry[]> {
  const db = getDatabase();
  const [articleSlice = slice, documentSlice = slice] = splitSlice(slice, counts);
  const articleEntries = (await publicArticleAddresses(db, articleSlice, now)).map((a) => ({ path: `/tin-tuc/${a.slug}`, lastModified: a.updatedAt }));
  const documentEntries = (await publishedDocumentAddresses(db, documentSlice)).map((d) => ({ path: documentPath(d.slug), lastModified: d.updatedAt }));
  return [...articleEntries, ...documentEntries];
}

const sum = (counts: number[]) => counts.reduce((total, n) => total + n, 0);

/** /sitemap.xml: every public address in one file, or an index of files of 50,000 once there are more. */
export async function sitemapResponse(now = new Date(), limit = SITEMAP_LIMIT): Promise<Response> {
  const fixed = await fixedPages();
  const counts = await listedCounts(now);
  const files = sitemapFileCount(fixed.length + sum(counts), limit);
  if (files === 1) return xmlResponse(buildUrlSet(env.SITE_URL, [...fixed, ...(await listedEntries({ offset: 0, limit }, counts, now))]), "application/xml");
  const index = Array.from({ length: files }, (_, i) => ({ path: `/sitemap/${i + 1}.xml` }));
  return xmlResponse(buildSitemapIndex(env.SITE_URL, index), "application/xml");
}

/** /sitemap/N.xml, one file of the index; null when there is no such file. */
export async function sitemapFileResponse(file: number, now = new Date(), limit = SITEMAP_LIMIT): Promise<Response | null> {
  const fixed = await fixedPages();
  const counts = await listedCounts(now);
  const files = sitemapFileCount(fixed.length + sum(counts), limit);
  if (file < 1 || file > files) return null;
  const entries = await listedEntries(articleSliceOfFile(file, fixed.length, limit), counts, now);
  return xmlResponse(buildUrlSet(env.SITE_URL, file === 1 ? [...fixed, ...entries] : entries), "application/xml");
}

export function robotsResponse(): Response {
  const body = ["User-agent: *", "Allow: /", "Disallow: /quan-tri", "Disallow: /dang-nhap", "Disallow: /xem-truoc", "Disallow: /api/", "", `Sitemap: ${env.SITE_URL}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
