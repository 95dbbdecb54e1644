import { buttonClasses } from "@/components/ui/button";
import { Picture } from "@/components/ui/picture";
import { DOCUMENT_FILE_KINDS, DOCUMENT_PREVIEW_WIDTHS, documentFileHref } from "@/core/document-files";
import { documentStatusLabels, documentTitle } from "@/core/documents";
import type { Crumb } from "@/core/json-ld";
import { mediaUrl } from "@/core/media-files";
import { formatCalendarDay, type CalendarDay } from "@/core/vi-date";
import { formatNumber, formatFileSize } from "@/core/vi-number";
import type { DocumentDetail } from "@/db/queries/documents";
import { Breadcrumbs } from "./breadcrumbs";
import { ShareBar } from "./share-bar";

const day = (value: CalendarDay | null) => (value ? formatCalendarDay(value) : "—");

/** The fields NĐ 42/2022 asks a portal to show for a document, in the order readers expect them. */
function fieldRows(document: DocumentDetail): [string, React.ReactNode][] {
  return [
    ["Số/ký hiệu", document.number || "—"],
    ["Loại văn bản", document.formName],
    ["Cơ quan ban hành", document.issuerName],
    ["Ngày ban hành", day(document.issuedOn)],
    ["Ngày có hiệu lực", day(document.inForceOn ?? document.issuedOn)],
    ...(document.ceasesOn ? [["Ngày hết hiệu lực", day(document.ceasesOn)] as [string, React.ReactNode]] : []),
    ["Người ký", document.signer || "—"],
    ["Lĩnh vực", document.field || "—"],
    ["Trích yếu", document.abstract],
    ["Tình trạng hiệu lực", documentStatusLabels[document.legalStatus]],
  ];
}

/** The preview of the first PDF whose first page could be drawn (server/pdf-preview.ts). */
function Preview({ document }: { document: DocumentDetail }) {
  const file = document.files.find((candidate) => candidate.kind === "pdf" && candidate.previewKey);
  if (!file?.previewKey) return null;
  const key = file.previewKey;
  const srcSet = DOCUMENT_PREVIEW_WIDTHS.map((width) => `${mediaUrl(key, width, "webp")} ${width}w`).join(", ");
  // The JPEG, for browsers without WebP, exists at the largest width only (server/media-storage.ts).
  const fallback = mediaUrl(key, DOCUMENT_PREVIEW_WIDTHS[1], "jpg");
  return (
    <figure className="rounded border border-neutral-200 bg-white p-3">
      <Picture
        src={fallback}
        srcSet={srcSet}
        sizes="(min-width: 768px) 480px, 100vw"
        alt={`Trang đầu của ${documentTitle(document)}`}
        loading="lazy"
        className="mx-auto h-auto w-full max-w-md border border-neutral-200"
      />
      <figcaption className="mt-2 text-center text-sm text-neutral-700">Trang đầu của văn bản (tệp PDF)</figcaption>
    </figure>
  );
}

/** `shareUrl`: the document's canonical address, which its share links carry. */
export function DocumentView({ document, crumbs, shareUrl }: { document: DocumentDetail; crumbs: Crumb[]; shareUrl: string }) {
  return (
    <article className="flex flex-col gap-5">
      <Breadcrumbs crumbs={crumbs} />
      <header>
        <h1 className="text-xl font-bold leading-snug text-brand-900 sm:text-2xl">{documentTitle(document)}</h1>
        <p className="mt-2 text-neutral-800">{document.abstract}</p>
        <ShareBar url={shareUrl} what="văn bản" print={false} />
      </header>
      <div className="overflow-hidden rounded border border-neutral-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Thông tin văn bản</caption>
          <tbody className="divide-y divide-neutral-200">
            {fieldRows(document).map(([label, value]) => (
              <tr key={label} className="align-top">
                <th scope="row" className="w-[38%] bg-neutral-50 px-3 py-2 font-semibold text-neutral-800 sm:w-56">{label}</th>
                <td className="px-3 py-2 wrap-anywhere">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="tep-dinh-kem" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
        <h2 id="tep-dinh-kem" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">Tệp đính kèm</h2>
        {document.files.length === 0 ? (
          <p className="mt-3 text-neutral-800">Văn bản này chưa có tệp đính kèm.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {document.files.map((file) => (
              <li key={file.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <a href={documentFileHref(file.id)} download={file.fileName} className={buttonClasses()}>
                  Tải về {DOCUMENT_FILE_KINDS[file.kind].label} ({formatFileSize(file.sizeBytes)})
                </a>
                <span className="text-sm text-neutral-700 wrap-anywhere">{file.fileName}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm text-neutral-700" data-testid="luot-tai">Lượt tải: {formatNumber(document.downloadCount)}</p>
      </section>
      <Preview document={document} />
    </article>
  );
}
