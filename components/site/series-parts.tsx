import Link from "next/link";
import type { SeriesPartLink } from "@/db/queries/public-articles";

/** The other parts of a loạt bài, in order, with the one being read marked. */
export function SeriesParts({ title, parts, currentSlug }: { title: string; parts: SeriesPartLink[]; currentSlug: string }) {
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
              <Link href={`/tin-tuc/${part.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                Kỳ {part.part}: {part.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
