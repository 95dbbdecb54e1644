import "server-only";
import fs from "node:fs/promises";
import { parseMediaFileName } from "@/core/media-files";
import { ALBUMS_PATH, albumPath, pagePath, VIDEOS_PATH, videoPath } from "@/core/public-routes";
import { buildRss, type RssItem } from "@/core/rss";
import { articleSliceOfFile, buildSitemapIndex, buildUrlSet, SITEMAP_LIMIT, sitemapFileCount, type SitemapEntry } from "@/core/sitemap";
import { publicAlbumAddresses } from "@/db/queries/albums";
import { latestPublishedArticles, publicArticleAddresses, publicArticleCount } from "@/db/queries/public-articles";
import { publicPageAddresses } from "@/db/queries/public-pages";
import { publicVideoAddresses } from "@/db/queries/videos";
import { listCategories, listUnits, type CategoryLink } from "@/db/queries/taxonomy";
import { siteName } from "./article-metadata";
import type { Database } from "@/db/client";
import { getDatabase } from "./database";
import { env } from "./env";
import { mediaFilePath } from "./media-storage";

const FEED_SIZE = 50;

function xmlResponse(body: string, contentType: string): Response {
  // Readers and crawlers poll these: a minute of reuse is plenty and keeps them fresh.
  return new Response(body, { headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": "public, max-age=60" } });
}

/** The cover's largest JPEG, with its size in bytes as RSS enclosures require; none if the file is missing. */
async function enclosureOf(src: string): Promise<RssItem["enclosure"]> {
  const name = src.split("/").pop() ?? "";
  if (!parseMediaFileName(name)) return null;
  try {
    const { size } = await fs.stat(mediaFilePath(env.MEDIA_DIR, name));
    return { path: src, length: size, type: "image/jpeg" };
  } catch {
    return null;
  }
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
    ...(await listCategories(db)).map((category) => ({ path: `/chuyen-muc/${category.slug}` })),
    ...(await listUnits(db)).map((unit) => ({ path: `/don-vi/${unit.slug}` })),
    ...(await publicPageAddresses(db)).map((page) => ({ path: pagePath(page.slug), lastModified: page.updatedAt })),
    ...(await albumEntries(db)),
    { path: VIDEOS_PATH },
    ...(await publicVideoAddresses(db)).map((video) => ({ path: videoPath(video.slug), lastModified: video.updatedAt })),
  ];
}

async function articleEntries(slice: { offset: number; limit: number }, now: Date): Promise<SitemapEntry[]> {
  return (await publicArticleAddresses(getDatabase(), slice, now)).map((a) => ({ path: `/tin-tuc/${a.slug}`, lastModified: a.updatedAt }));
}

/** /sitemap.xml: every public address in one file, or an index of files of 50,000 once there are more. */
export async function sitemapResponse(now = new Date(), limit = SITEMAP_LIMIT): Promise<Response> {
  const fixed = await fixedPages();
  const files = sitemapFileCount(fixed.length + (await publicArticleCount(getDatabase(), {}, now)), limit);
  if (files === 1) return xmlResponse(buildUrlSet(env.SITE_URL, [...fixed, ...(await articleEntries({ offset: 0, limit }, now))]), "application/xml");
  const index = Array.from({ length: files }, (_, i) => ({ path: `/sitemap/${i + 1}.xml` }));
  return xmlResponse(buildSitemapIndex(env.SITE_URL, index), "application/xml");
}

/** /sitemap/N.xml, one file of the index; null when there is no such file. */
export async function sitemapFileResponse(file: number, now = new Date(), limit = SITEMAP_LIMIT): Promise<Response | null> {
  const fixed = await fixedPages();
  const files = sitemapFileCount(fixed.length + (await publicArticleCount(getDatabase(), {}, now)), limit);
  if (file < 1 || file > files) return null;
  const entries = await articleEntries(articleSliceOfFile(file, fixed.length, limit), now);
  return xmlResponse(buildUrlSet(env.SITE_URL, file === 1 ? [...fixed, ...entries] : entries), "application/xml");
}

export function robotsResponse(): Response {
  const body = ["User-agent: *", "Allow: /", "Disallow: /quan-tri", "Disallow: /dang-nhap", "Disallow: /xem-truoc", "Disallow: /api/", "", `Sitemap: ${env.SITE_URL}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
