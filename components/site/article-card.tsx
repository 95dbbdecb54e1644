import { formatShortDate } from "@/core/vi-date";
import type { ArticleListItem } from "@/db/queries/public-articles";
import { ArticleFigure } from "./article-figure";
import { UnionEmblem } from "./union-emblem";

type ArticleCardProps = {
  article: ArticleListItem;
  /** "lead" is the large featured story at the top of the home page. */
  size?: "lead" | "normal" | "compact";
  headingLevel?: "h2" | "h3";
};

export function ArticleCard({ article, size = "normal", headingLevel: Heading = "h3" }: ArticleCardProps) {
  const lead = size === "lead";
  return (
    <article className={size === "compact" ? "flex gap-3" : "flex flex-col gap-3"}>
      {size !== "compact" &&
        (article.cardPhoto ? (
          <a href={`/tin-tuc/${article.slug}`} tabIndex={-1} aria-hidden="true">
            <ArticleFigure image={article.cardPhoto} sizes={lead ? "(min-width: 1024px) 720px, 100vw" : "(min-width: 768px) 360px, 100vw"} priority={lead} />
          </a>
        ) : (
          <div className="flex aspect-[8/5] items-center justify-center rounded-sm bg-brand-50" aria-hidden="true">
            <UnionEmblem className="h-16 w-16 opacity-60" />
          </div>
        ))}
      <div>
        <p className="text-xs text-neutral-600">
          <span className="font-semibold uppercase text-accent-700">{article.categoryName}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={article.publishedAt.toISOString()}>{formatShortDate(article.publishedAt)}</time>
        </p>
        <Heading className={`mt-1 font-bold leading-snug text-brand-900 ${lead ? "text-2xl sm:text-3xl" : size === "compact" ? "text-sm" : "text-base"}`}>
          <a href={`/tin-tuc/${article.slug}`} className="hover:text-accent-700 hover:underline">
            {article.title}
          </a>
        </Heading>
        {size !== "compact" && article.summary && (
          <p className={`mt-2 leading-6 text-neutral-700 ${lead ? "" : "line-clamp-3 text-sm"}`}>{article.summary}</p>
        )}
      </div>
    </article>
  );
}
