import type { SeriesPartLink } from "@/db/queries/public-articles";

/**
 * The parts of a loạt bài, in order, with the one being read marked, and "Kỳ trước / Kỳ sau" to
 * step through them. "Tin liên quan" leaves them out (db/queries/search.ts).
 */
export function SeriesParts({ title, parts, currentSlug }: { title: string; parts: SeriesPartLink[]; currentSlug: string }) {
  const index = parts.findIndex((part) => part.slug === currentSlug);
  const previous = index > 0 ? parts[index - 1] : undefined;
  const next = index >= 0 ? parts[index + 1] : undefined;
  return (
    <nav aria-label="Các bài trong loạt bài" className="mt-6 rounded border-l-4 border-gold-400 bg-brand-50 p-4">
      <p className="text-sm font-bold text-brand-900">Loạt bài: {title}</p>
      <ol className="mt-2 space-y-1 text-sm">
        {parts.map((part) => (
          <li key={part.slug}>
            {part.slug === currentSlug ? (
              <span aria-current="page" className="font-semibold text-neutral-900">
                Kỳ {part.part}: {part.title} (đang đọc)
              </span>
            ) : (
              <a href={`/tin-tuc/${part.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                Kỳ {part.part}: {part.title}
              </a>
            )}
          </li>
        ))}
      </ol>
      {(previous || next) && (
        <p className="mt-3 flex flex-wrap justify-between gap-2 border-t border-gold-400 pt-3 text-sm font-semibold">
          {previous ? (
            <a href={`/tin-tuc/${previous.slug}`} rel="prev" className="text-brand-700 hover:underline">
              ‹ Kỳ trước<span className="sr-only">: Kỳ {previous.part}, {previous.title}</span>
            </a>
          ) : <span />}
          {next && (
            <a href={`/tin-tuc/${next.slug}`} rel="next" className="text-brand-700 hover:underline">
              Kỳ sau<span className="sr-only">: Kỳ {next.part}, {next.title}</span> ›
            </a>
          )}
        </p>
      )}
    </nav>
  );
}
