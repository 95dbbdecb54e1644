import { formatShortDate } from "@/core/vi-date";
import { MOST_READ_DAYS } from "@/db/queries/article-views";
import { mostReadContent } from "@/server/public-content";

/** "Tin xem nhiều": the five public articles read most in the last 30 days, numbered. */
export async function MostRead({ excludeId }: { excludeId?: number }) {
  const items = await mostReadContent(excludeId);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="tin-xem-nhieu" className="rounded border border-neutral-200 bg-white p-4">
      <h2 id="tin-xem-nhieu" className="border-b-2 border-accent-700 pb-2 font-bold uppercase text-brand-900">
        Tin xem nhiều
      </h2>
      <p className="sr-only">Các tin được đọc nhiều nhất trong {MOST_READ_DAYS} ngày qua</p>
      <ol className="mt-3 space-y-3">
        {items.map((item, index) => (
          <li key={item.id} className="flex gap-3">
            <span aria-hidden="true" className="w-6 shrink-0 text-xl font-bold leading-6 text-accent-700">
              {index + 1}
            </span>
            <div>
              <a href={`/tin-tuc/${item.slug}`} className="text-sm font-semibold leading-snug text-brand-900 hover:text-accent-700 hover:underline">
                {item.title}
              </a>
              <p className="mt-0.5 text-xs text-neutral-600">
                <time dateTime={item.publishedAt.toISOString()}>{formatShortDate(item.publishedAt)}</time>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
