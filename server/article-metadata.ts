import "server-only";
import type { Metadata } from "next";
import { newsArticleJsonLd } from "@/core/article-sharing";
import { firstBodyImageKey, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath, storageKeyOfSrc, type ShareImageName } from "@/core/share-image";
import type { ImageSources } from "@/core/media-files";
import { absoluteUrl } from "@/core/xml";
import type { PublicArticle } from "@/db/queries/public-articles";
import type { PublicSiteSettings } from "@/db/queries/public-site-settings";
import { env } from "./env";
import { siteSettingsContent } from "./public-content";
import { articleCardName, siteCardName } from "./share-image-response";
import { siteSettingsNow } from "./site-settings";

// Every public page's preview on Zalo and Facebook and its canonical address, built in one place:
// og:title, og:description, og:url, og:image (always 1200 × 630, core/share-image.ts),
// og:site_name, twitter:card and <link rel="canonical">. Next replaces a layout's openGraph
// whole when a page gives its own, so each page gives all of it through publicPageMetadata.

/** The union that heads the site, as feeds and previews name it: the name in the site settings. */
export async function siteName(): Promise<string> {
  return (await siteSettingsNow()).name;
}

type SharedPicture = { name: ShareImageName; alt: string };

/** The site's sharing image from the settings, cropped to 1200 × 630; else a card with the site name. */
function sitePicture(settings: PublicSiteSettings): SharedPicture {
  const key = settings.shareImage ? storageKeyOfSrc(settings.shareImage.src) : null;
  return key ? { name: { kind: "photo", storageKey: key }, alt: settings.shareImage?.alt || settings.name } : { name: siteCardName(settings), alt: settings.name };
}

/** A photo of the media library as a page's picture (an album's cover, a photo's own page); undefined for anything else. */
export function photoPicture(image: ImageSources | null | undefined, fallbackAlt: string): SharedPicture | undefined {
  const key = image ? storageKeyOfSrc(image.src) : null;
  return key ? { name: { kind: "photo", storageKey: key }, alt: image?.alt || fallbackAlt } : undefined;
}

/** An article's picture: its cover, else the first photo in its text, else a card with its title. */
function articlePicture(article: PublicArticle, settings: PublicSiteSettings): SharedPicture {
  const cover = photoPicture(article.cover, article.title);
  if (cover) return cover;
  const bodyKey = firstBodyImageKey(article.bodyHtml);
  if (bodyKey) return { name: { kind: "photo", storageKey: bodyKey }, alt: article.title };
  return { name: articleCardName(article.id, article.updatedAt, settings), alt: article.title };
}

type PageShare = {
  /** The page's own title; the browser tab adds the site name (the layout's template). */
  title: string;
  description?: string;
  /** The public address, e.g. "/chuyen-muc/hoat-dong" (not the internal /ds/ one). */
  path: string;
  picture?: SharedPicture;
  /** The home page's title is the site name alone, without the template. */
  absoluteTitle?: boolean;
  openGraph?: { type: "article"; publishedTime: string; modifiedTime: string; section: string } | { type: "website" };
};

/** The preview and canonical address of one public page. */
export async function publicPageMetadata(page: PageShare): Promise<Metadata> {
  const settings = await siteSettingsContent();
  const url = absoluteUrl(env.SITE_URL, page.path);
  const description = page.description || `Tin hoạt động công đoàn của ${settings.name}.`;
  const picture = page.picture ?? sitePicture(settings);
  const image = { url: absoluteUrl(env.SITE_URL, shareImagePath(picture.name)), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: picture.alt };
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description,
    alternates: { canonical: url },
    openGraph: { ...(page.openGraph ?? { type: "website" }), url, title: page.title, description, siteName: settings.name, locale: "vi_VN", images: [image] },
    twitter: { card: "summary_large_image", title: page.title, description, images: [image.url] },
  };
}

/** Title, summary and picture for Zalo, Facebook and search engines, and the one canonical address. */
export async function articleMetadata(article: PublicArticle): Promise<Metadata> {
  const settings = await siteSettingsContent();
  return publicPageMetadata({
    title: article.title,
    description: article.summary,
    path: `/tin-tuc/${article.slug}`,
    picture: articlePicture(article, settings),
    openGraph: { type: "article", publishedTime: article.publishedAt.toISOString(), modifiedTime: article.updatedAt.toISOString(), section: article.categoryName },
  });
}

export async function articleJsonLd(article: PublicArticle): Promise<string> {
  const settings = await siteSettingsNow();
  const picture = articlePicture(article, settings);
  return newsArticleJsonLd(env.SITE_URL, settings.name, article, absoluteUrl(env.SITE_URL, shareImagePath(picture.name)));
}
