import "server-only";
import type { Metadata } from "next";
import { newsArticleJsonLd, shareImage } from "@/core/article-sharing";
import type { ImageSources } from "@/core/media-files";
import { absoluteUrl } from "@/core/xml";
import type { PublicArticle } from "@/db/queries/public-articles";
import { env } from "./env";
import { siteSettingsNow } from "./site-settings";

/** The union that heads the site, as feeds and previews name it: the name in the site settings. */
export function siteName(): string {
  return siteSettingsNow().name;
}

type OpenGraphImages = { url: string; width: number; height: number; alt: string }[] | undefined;

function openGraphImages(image: ImageSources | null, alt: string): OpenGraphImages {
  const shared = shareImage(env.SITE_URL, image);
  return shared ? [{ url: shared.url, width: shared.width, height: shared.height, alt: shared.alt || alt }] : undefined;
}

/** The sharing image of the site settings, for a page without a picture of its own (none if unset). */
export function defaultOpenGraphImages(image: ImageSources | null = siteSettingsNow().shareImage): OpenGraphImages {
  return openGraphImages(image, siteName());
}

/** Title, summary and cover (or the site's sharing image) for Zalo, Facebook and search engines, and the one canonical address. */
export function articleMetadata(article: PublicArticle): Metadata {
  const url = absoluteUrl(env.SITE_URL, `/tin-tuc/${article.slug}`);
  const images = article.cover ? openGraphImages(article.cover, article.title) : defaultOpenGraphImages();
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
    twitter: { card: images ? "summary_large_image" : "summary", title: article.title, description: article.summary, images: images?.map((image) => image.url) },
  };
}

/** The canonical address and a basic preview of a listing page (home, category, unit). */
export function listingMetadata(title: string, path: string, description?: string): Metadata {
  const url = absoluteUrl(env.SITE_URL, path);
  return { title, description, alternates: { canonical: url }, openGraph: { type: "website", url, title, description, siteName: siteName(), locale: "vi_VN", images: defaultOpenGraphImages() } };
}

export function articleJsonLd(article: PublicArticle): string {
  return newsArticleJsonLd(env.SITE_URL, siteName(), article);
}
