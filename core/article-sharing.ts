// What an article tells Zalo, Facebook and search engines: its preview and its NewsArticle data.
import { scriptJson } from "./json-ld";
import { parseMediaFileName, type ImageSources } from "./media-files";
import { absoluteUrl } from "./xml";

export type SharedArticle = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  categoryName: string;
  byline: string;
  unitName: string;
  cover: ImageSources | null;
};

/** The shared image: the largest stored width, with the height kept in proportion. */
export function shareImage(siteUrl: string, cover: SharedArticle["cover"]) {
  if (!cover) return null;
  // `src` is the largest stored width (its file name says which); the original may be wider.
  const stored = parseMediaFileName(cover.src.split("/").pop() ?? "")?.width ?? cover.width;
  const width = Math.min(stored, cover.width);
  return { url: absoluteUrl(siteUrl, cover.src), width, height: Math.round((cover.height * width) / cover.width), alt: cover.alt };
}

/**
 * schema.org NewsArticle, as JSON safe to put inside a <script> element ("<" escaped). `imageUrl`
 * is the picture the page shares (og:image), so search engines and chat apps show the same one.
 */
export function newsArticleJsonLd(siteUrl: string, siteName: string, article: SharedArticle, imageUrl?: string): string {
  const url = absoluteUrl(siteUrl, `/tin-tuc/${article.slug}`);
  const image = imageUrl ? { url: imageUrl } : shareImage(siteUrl, article.cover);
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    articleSection: article.categoryName,
    inLanguage: "vi",
    ...(image ? { image: [image.url] } : {}),
    author: article.byline ? { "@type": "Person", name: article.byline.replace(/^(tin|bài|ảnh|tin\s*&\s*ảnh|tin\s*và\s*ảnh)\s*:\s*/i, "") } : { "@type": "Organization", name: article.unitName },
    publisher: { "@type": "Organization", name: siteName, url: absoluteUrl(siteUrl, "/") },
  };
  return scriptJson(data);
}
