import "server-only";
import type { Metadata } from "next";
import { newsArticleJsonLd, shareImage } from "@/core/article-sharing";
import { absoluteUrl } from "@/core/xml";
import type { PublicArticle } from "@/db/queries/public-articles";
import { rootUnit } from "@/db/queries/taxonomy";
import { getDatabase } from "./database";
import { env } from "./env";

/** The union that heads the site, as feeds and previews name it. */
export function siteName(): string {
  return rootUnit(getDatabase())?.name ?? "Bản tin Công đoàn";
}

/** Title, summary and cover for Zalo, Facebook and search engines, and the one canonical address. */
export function articleMetadata(article: PublicArticle): Metadata {
  const url = absoluteUrl(env.SITE_URL, `/tin-tuc/${article.slug}`);
  const image = shareImage(env.SITE_URL, article.cover);
  const images = image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt || article.title }] : undefined;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description: article.summary,
      siteName: siteName(),
      locale: "vi_VN",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.categoryName,
      images,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: article.title, description: article.summary, images: image ? [image.url] : undefined },
  };
}

/** The canonical address and a basic preview of a listing page (home, category, unit). */
export function listingMetadata(title: string, path: string, description?: string): Metadata {
  const url = absoluteUrl(env.SITE_URL, path);
  return { title, description, alternates: { canonical: url }, openGraph: { type: "website", url, title, description, siteName: siteName(), locale: "vi_VN" } };
}

export function articleJsonLd(article: PublicArticle): string {
  return newsArticleJsonLd(env.SITE_URL, siteName(), article);
}
