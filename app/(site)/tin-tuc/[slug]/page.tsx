import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleFigure } from "@/components/site/article-figure";
import { PublishedList } from "@/components/site/published-list";
import { SeriesParts } from "@/components/site/series-parts";
import { ViewCounter } from "@/components/site/view-counter";
import { isWellFormedSlug } from "@/core/slug";
import { formatArticleDateTime } from "@/core/vi-date";
import { publishedArticleBySlug, publishedSeriesParts } from "@/db/queries/public-articles";
import { getDatabase } from "@/server/database";
import { loadPublishedListing, type SearchParams } from "@/server/published-listing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

function findArticle(slug: string) {
  return isWellFormedSlug(slug) ? publishedArticleBySlug(getDatabase(), slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = findArticle((await params).slug);
  if (!article) return { title: "Không tìm thấy tin" };
  return { title: article.title, description: article.summary };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const article = findArticle(slug);
  if (!article) notFound();
  const listing = loadPublishedListing(`/tin-tuc/${article.slug}`, await searchParams, { excludeId: article.id });
  const seriesParts = article.series ? publishedSeriesParts(getDatabase(), article.series.id) : [];

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <article className="rounded border border-neutral-200 bg-white p-4 sm:p-8" aria-labelledby="tieu-de">
        <p className="border-b-2 border-accent-700 pb-2 text-sm font-bold uppercase tracking-wide text-accent-700">
          <Link href={`/chuyen-muc/${article.categorySlug}`} className="hover:underline">
            {article.categoryName}
          </Link>
        </p>
        <h1 id="tieu-de" className="mt-4 text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
          {article.title}
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-700">
          <time dateTime={article.publishedAt.toISOString()} data-testid="ngay-dang">
            {formatArticleDateTime(article.publishedAt)}
          </time>
          <ViewCounter articleId={article.id} initialCount={article.viewCount} />
        </p>
        {article.summary && <p className="mt-5 text-base font-semibold leading-7 text-neutral-900 sm:text-lg sm:leading-8">{article.summary}</p>}
        {article.series && seriesParts.length > 1 && (
          <SeriesParts title={article.series.title} parts={seriesParts} currentSlug={article.slug} />
        )}
        {article.cover && (
          <div className="mt-6">
            <ArticleFigure image={article.cover} caption={article.coverCaption} sizes="(min-width: 1024px) 720px, 100vw" priority />
          </div>
        )}
        {/* Stored only after the server-side sanitiser: this HTML never carries scripts. */}
        <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <footer className="mt-8 border-t border-neutral-200 pt-4 text-right">
          {article.byline && <p className="font-semibold italic text-neutral-900">{article.byline}</p>}
          <p className="mt-1 text-sm">
            <Link href={`/don-vi/${article.unitSlug}`} className="font-semibold text-brand-700 hover:underline">
              {article.unitName}
            </Link>
          </p>
        </footer>
      </article>
      <PublishedList {...listing} />
    </div>
  );
}
