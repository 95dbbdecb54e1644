import { absoluteUrl, escapeXml } from "./xml";

/** The sitemap protocol's limit of addresses per file. */
export const SITEMAP_LIMIT = 50_000;

export type SitemapEntry = { path: string; lastModified?: Date };

/**
 * How the site's addresses are split: one file when they fit, else an index of files of at most
 * `limit` each. The first file starts with the fixed pages (home, listings, categories, units, the
 * published "about" pages, the documents register, the albums' grid and each published album), then
 * articles, then documents.
 */
export function sitemapFileCount(totalUrls: number, limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(totalUrls / limit));
}

/** Which listed addresses (articles, then documents: splitSlice) file n (1-based) holds, after the fixed pages in file 1. */
export function articleSliceOfFile(file: number, fixedCount: number, limit = SITEMAP_LIMIT): { offset: number; limit: number } {
  if (file === 1) return { offset: 0, limit: Math.max(0, limit - fixedCount) };
  return { offset: limit - fixedCount + (file - 2) * limit, limit };
}

/**
 * A window over lists laid end to end (the articles, then the documents) → each list's own window;
 * a list the window misses gets { offset: 0, limit: 0 }.
 */
export function splitSlice(slice: { offset: number; limit: number }, counts: readonly number[]): { offset: number; limit: number }[] {
  const end = slice.offset + slice.limit;
  let listStart = 0;
  return counts.map((count) => {
    const from = Math.max(slice.offset, listStart);
    const to = Math.min(end, listStart + count);
    const window = to > from ? { offset: from - listStart, limit: to - from } : { offset: 0, limit: 0 };
    listStart += count;
    return window;
  });
}

const lastmod = (date?: Date) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : "");

export function buildUrlSet(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url><loc>${escapeXml(absoluteUrl(siteUrl, entry.path))}</loc>${lastmod(entry.lastModified)}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>"].join("\n");
}

export function buildSitemapIndex(siteUrl: string, files: SitemapEntry[]): string {
  const items = files.map((file) => `<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, file.path))}</loc>${lastmod(file.lastModified)}</sitemap>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...items, "</sitemapindex>"].join("\n");
}
