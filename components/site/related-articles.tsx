import { formatShortDate } from "@/core/vi-date";
import { relatedContent } from "@/server/public-content";

type RelatedArticlesProps = { article: { id: number; title: string; categoryId: number; seriesId: number | null } };

/** "Tin liên quan": the series first, then articles with similar words, the same category first. */
export async function RelatedArticles({ article }: RelatedArticlesProps) {
  const related = await relatedContent(article);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="tin-lien-quan" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="tin-lien-quan" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Tin liên quan
      </h2>
      <ul className="mt-2 divide-y divide-neutral-200">
        {related.map((item) => (
          <li key={item.id} className="py-2">
            <a href={`/tin-tuc/${item.slug}`} className="font-semibold text-brand-900 hover:text-accent-700 hover:underline">
              {item.title}
            </a>{" "}
            <time dateTime={item.publishedAt.toISOString()} className="text-xs text-neutral-600">
              ({formatShortDate(item.publishedAt)})
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
