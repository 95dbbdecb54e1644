import { MAX_Q_CHARS } from "@/core/search-params";

/** The search box in the header of every public page: a GET form to /tim-kiem, no JavaScript needed. */
export function HeaderSearch() {
  return (
    <form method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm trên trang" className="flex w-full gap-2 sm:ml-auto sm:w-auto">
      <label htmlFor="tim-kiem-nhanh" className="sr-only">
        Tìm tin bài
      </label>
      <input
        id="tim-kiem-nhanh"
        type="search"
        name="q"
        required
        maxLength={MAX_Q_CHARS}
        placeholder="Tìm tin bài…"
        className="min-h-10 min-w-0 flex-1 rounded border border-neutral-400 bg-white px-3 text-sm sm:w-64"
      />
      <button type="submit" className="min-h-10 shrink-0 rounded bg-brand-900 px-4 text-sm font-semibold text-white hover:bg-brand-700">
        Tìm
      </button>
    </form>
  );
}
