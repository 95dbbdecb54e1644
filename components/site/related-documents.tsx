import { documentPath } from "@/core/public-routes";
import { formatCalendarDay } from "@/core/vi-date";
import type { DocumentListItem } from "@/db/queries/documents";

/** "Văn bản liên quan" under an article: its published documents, in the order the editor set. */
export function RelatedDocuments({ documents }: { documents: DocumentListItem[] }) {
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="van-ban-lien-quan" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="van-ban-lien-quan" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Văn bản liên quan
      </h2>
      <ul className="mt-2 divide-y divide-neutral-200">
        {documents.map((document) => (
          <li key={document.id} className="py-2">
            <p className="text-sm font-semibold text-neutral-800">
              {document.formName} số {document.number}
              <span className="font-normal text-neutral-600"> · ban hành ngày {formatCalendarDay(document.issuedOn)}</span>
            </p>
            <a href={documentPath(document.slug)} className="text-brand-900 hover:text-accent-700 hover:underline">
              {document.abstract}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
