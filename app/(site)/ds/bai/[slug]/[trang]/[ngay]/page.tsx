import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { Suspense } from "react";
import { AlbumStrip } from "@/components/site/album-strip";
import { ArticleView } from "@/components/site/article-view";
import { NotFoundPage } from "@/components/site/not-found-page";
import { JsonLd } from "@/components/site/json-ld";
import { MostRead } from "@/components/site/most-read";
import { RelatedArticles } from "@/components/site/related-articles";
import { RelatedDocuments } from "@/components/site/related-documents";
import { PublishedList } from "@/components/site/published-list";
import { ViewCounter } from "@/components/site/view-counter";
import { PrintMasthead } from "@/components/site/share-actions";
import { ShareBar } from "@/components/site/share-bar";
import { isWellFormedSlug } from "@/core/slug";
import { absoluteUrl } from "@/core/xml";
import { articleJsonLd, articleMetadata } from "@/server/article-metadata";
import { env } from "@/server/env";
import { followLegacyPath } from "@/server/legacy-redirect";
import { articleContent, articleLinksContent, siteSettingsContent } from "@/server/public-content";
import { loadPublishedListing, type ListingParams } from "@/server/published-listing";

type Props = { params: Promise<ListingParams & { slug: string }> };

async function findArticle(slug: string) {
  return isWellFormedSlug(slug) ? articleContent(slug) : { article: null, movedTo: null };
}

// /tin-tuc/[slug]?trang=&ngay= is rewritten here by proxy.ts (core/public-routes.ts).
// None at build time: each page is rendered on its first request and cached from then on.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await findArticle((await params).slug);
  if (!article) return { title: "Không tìm thấy tin" };
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { slug, ...listingParams } = await params;
  const { article, movedTo } = await findArticle(slug);
  // An old address of an article whose slug changed moves for good to the new one.
  if (movedTo) permanentRedirect(`/tin-tuc/${movedTo}`);
  if (!article) {
    // An old Joomla address under a category alias that is also ours (/tin-tuc/123-dai-hoi-cong-doan).
    if (isWellFormedSlug(slug)) await followLegacyPath(`/tin-tuc/${slug}`);
    // Not notFound(): without JavaScript it would leave an empty page (components/site/not-found-page.tsx).
    return <NotFoundPage />;
  }
  const { name } = await siteSettingsContent();
  const url = absoluteUrl(env.SITE_URL, `/tin-tuc/${article.slug}`);
  const listing = await loadPublishedListing(`/tin-tuc/${article.slug}`, listingParams, { excludeId: article.id });
  if (!listing) return <NotFoundPage />;
  const links = await articleLinksContent(article.id);

  // "Đã xem" is the count when the page was cached; the reader's own view brings the live one.
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <JsonLd json={await articleJsonLd(article)} />
      <PrintMasthead siteName={name} url={url} />
      <ArticleView article={article} viewCount={<ViewCounter articleId={article.id} initialCount={article.viewCount} />} sharing={<ShareBar url={url} />} />
      <RelatedDocuments documents={links.documents} />
      <AlbumStrip album={links.album} />
      <RelatedArticles article={{ ...article, seriesId: article.series?.id ?? null }} />
      <Suspense fallback={null}>
        <MostRead excludeId={article.id} />
      </Suspense>
      <PublishedList {...listing} />
    </div>
  );
}
