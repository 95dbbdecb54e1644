import { pageWindow, type Pagination } from "@/core/pagination";

type PagerProps = { pagination: Pagination; hrefForPage: (page: number) => string };

const linkClass = "inline-flex min-h-10 min-w-10 items-center justify-center rounded border border-neutral-300 bg-white px-3 text-sm hover:border-brand-700 hover:text-brand-700";
const currentClass = "inline-flex min-h-10 min-w-10 items-center justify-center rounded border border-brand-900 bg-brand-900 px-3 text-sm font-semibold text-white";
const disabledClass = "inline-flex min-h-10 min-w-10 items-center justify-center rounded border border-neutral-200 px-3 text-sm text-neutral-500";

function Step({ page, label, title, enabled, hrefForPage }: { page: number; label: string; title: string; enabled: boolean; hrefForPage: (page: number) => string }) {
  if (!enabled) return <span className={disabledClass} aria-hidden="true">{label}</span>;
  return (
    <a href={hrefForPage(page)} className={linkClass} aria-label={title} title={title}>
      {label}
    </a>
  );
}

// Phones: first, previous, three numbers, next, last fit one line of 390 px (the widest window does not).
const PHONE_WINDOW = 3;

/** First, previous, the numbers around the current page, next, last: on one line, a phone's included. */
export function Pager({ pagination, hrefForPage }: PagerProps) {
  const { page, totalPages, hasPrevious, hasNext, pageNumbers } = pagination;
  if (totalPages <= 1) return null;
  const onPhones = new Set(pageWindow(Math.min(page, totalPages), totalPages, PHONE_WINDOW));
  return (
    <nav aria-label="Phân trang" className="mt-4">
      <ul className="flex flex-nowrap items-center gap-1.5">
        <li><Step page={1} label="«" title="Trang đầu" enabled={hasPrevious} hrefForPage={hrefForPage} /></li>
        <li><Step page={page - 1} label="‹" title="Trang trước" enabled={hasPrevious} hrefForPage={hrefForPage} /></li>
        {pageNumbers.map((number) => (
          <li key={number} className={onPhones.has(number) ? undefined : "max-sm:hidden"}>
            {number === page ? (
              <span className={currentClass} aria-current="page">{number}</span>
            ) : (
              <a href={hrefForPage(number)} className={linkClass} aria-label={`Trang ${number}`}>
                {number}
              </a>
            )}
          </li>
        ))}
        <li><Step page={page + 1} label="›" title="Trang sau" enabled={hasNext} hrefForPage={hrefForPage} /></li>
        <li><Step page={totalPages} label="»" title="Trang cuối" enabled={hasNext} hrefForPage={hrefForPage} /></li>
      </ul>
    </nav>
  );
}
