import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { MAX_Q_CHARS } from "@/core/search-params";

/**
 * Wide screens: the search box, a GET form to /tim-kiem. Phones: a link to /tim-kiem, whose page
 * has the full search form; either works without JavaScript.
 */
export function HeaderSearch() {
  return (
    <>
      <a
        href="/tim-kiem"
        className="flex min-h-11 shrink-0 items-center gap-1 rounded px-2 text-sm font-semibold text-brand-900 hover:bg-brand-50 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        Tìm
        <span className="sr-only"> kiếm tin bài</span>
      </a>
      <form method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm trên trang" className="ml-auto hidden gap-2 md:flex">
        <label htmlFor="tim-kiem-nhanh" className="sr-only">
          Tìm tin bài
        </label>
        <Input id="tim-kiem-nhanh" type="search" name="q" required maxLength={MAX_Q_CHARS} placeholder="Tìm tin bài…" look="filter" className="w-64 min-w-0" />
        <Button type="submit" className="min-h-10 shrink-0 hover:bg-brand-700">
          Tìm
        </Button>
      </form>
    </>
  );
}
