import type { ImageSources } from "@/core/media-files";
import { formatArticleDateTime } from "@/core/vi-date";
import type { SeriesPartLink } from "@/db/queries/public-articles";
import { ArticleBody } from "./article-body";
import { ArticleFigure } from "./article-figure";
import { SeriesParts } from "./series-parts";

export type ArticleViewModel = {
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  categoryName: string;
  categorySlug: string;
  publishedAt: Date;
  cover: ImageSources | null;
  coverCaption: string;
  byline: string;
  unitName: string;
  unitSlug: string;
  series: { title: string } | null;
  seriesParts: SeriesPartLink[];
};

/** An article as readers see it; the preview shows the same component (without `sharing`), so the two cannot differ. */
export function ArticleView({ article, viewCount, sharing }: { article: ArticleViewModel; viewCount: React.ReactNode; sharing?: React.ReactNode }) {
  return (
    <article className="rounded border border-neutral-200 bg-white p-4 sm:p-8" aria-labelledby="tieu-de">
      <p className="border-b-2 border-accent-700 pb-2 text-sm font-bold uppercase tracking-wide text-accent-700">
        <a href={`/chuyen-muc/${article.categorySlug}`} className="hover:underline">
          {article.categoryName}
        </a>
      </p>
      <h1 id="tieu-de" className="mt-4 text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
        {article.title}
      </h1>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-700">
        <time dateTime={article.publishedAt.toISOString()} data-testid="ngay-dang">
          {formatArticleDateTime(article.publishedAt)}
        </time>
        {viewCount}
      </p>
      {sharing}
      {article.summary && <p className="mt-5 text-base font-semibold leading-7 text-neutral-900 sm:text-lg sm:leading-8">{article.summary}</p>}
      {article.series && article.seriesParts.length > 1 && (
        <SeriesParts title={article.series.title} parts={article.seriesParts} currentSlug={article.slug} />
      )}
      {article.cover && (
        <div className="mt-6">
          <ArticleFigure image={article.cover} caption={article.coverCaption} sizes="(min-width: 1024px) 720px, 100vw" priority />
        </div>
      )}
      <ArticleBody html={article.bodyHtml} />
      <footer className="mt-8 border-t border-neutral-200 pt-4 text-right">
        {article.byline && <p className="font-semibold italic text-neutral-900">{article.byline}</p>}
        <p className="mt-1 text-sm">
          <a href={`/don-vi/${article.unitSlug}`} className="font-semibold text-brand-700 hover:underline">
            {article.unitName}
          </a>
        </p>
      </footer>
    </article>
  );
}
