import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Suspense } from "react";
import { ArticleView } from "@/components/site/article-view";
import { JsonLd } from "@/components/site/json-ld";
import { MostRead } from "@/components/site/most-read";
import { PublishedList } from "@/components/site/published-list";
import { RelatedArticles } from "@/components/site/related-articles";
import { ViewCounter } from "@/components/site/view-counter";
import { isWellFormedSlug } from "@/core/slug";
import { redirectedSlug } from "@/db/queries/article-writes";
import { publishedArticleBySlug, publishedSeriesParts } from "@/db/queries/public-articles";
import { articleJsonLd, articleMetadata } from "@/server/article-metadata";
import { getDatabase } from "@/server/database";
import { loadPublishedListing, type SearchParams } from "@/server/published-listing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

function findArticle(slug: string) {
  if (!isWellFormedSlug(slug)) return null;
  const db = getDatabase();
  const article = publishedArticleBySlug(db, slug);
  if (article) return article;
  // An old address of an article whose slug changed moves for good to the new one.
  const moved = redirectedSlug(db, slug);
  if (moved) permanentRedirect(`/tin-tuc/${moved}`);
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = findArticle((await params).slug);
  if (!article) return { title: "Không tìm thấy tin" };
  return articleMetadata(article);
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const article = findArticle(slug);
  if (!article) notFound();
  const listing = loadPublishedListing(`/tin-tuc/${article.slug}`, await searchParams, { excludeId: article.id });
  const seriesParts = article.series ? publishedSeriesParts(getDatabase(), article.series.id) : [];

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <JsonLd json={articleJsonLd(article)} />
      <ArticleView article={{ ...article, seriesParts }} viewCount={<ViewCounter articleId={article.id} initialCount={article.viewCount} />} />
      <RelatedArticles article={{ ...article, seriesId: article.series?.id ?? null }} />
      <Suspense fallback={null}>
        <MostRead excludeId={article.id} />
      </Suspense>
      <PublishedList {...listing} />
    </div>
  );
}
