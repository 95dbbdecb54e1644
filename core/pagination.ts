export const ARTICLES_PER_PAGE = 10;
/** The albums' grid: twelve fill rows of two, three and four columns alike. */
export const ALBUMS_PER_PAGE = 12;

// Enough to jump a few pages either way without crowding a phone screen.
const PAGE_WINDOW = 5;

export type Pagination = {
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  offset: number;
  isPastEnd: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  pageNumbers: number[];
};

function assertCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`paginate: ${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

/**
 * Up to `width` pages around the current one, slid inward at either end: page 1 of 9 → 1..5.
 * A phone shows a window of three, so that the pager's links stay on one line.
 */
export function pageWindow(current: number, totalPages: number, width = PAGE_WINDOW): number[] {
  const size = Math.min(width, totalPages);
  const first = Math.min(Math.max(1, current - Math.floor(width / 2)), totalPages - size + 1);
  return Array.from({ length: size }, (_, i) => first + i);
}

/** Where page `page` of `total` items sits; an empty listing is still page 1 of 1. */
export function paginate(total: number, page: number, perPage = ARTICLES_PER_PAGE): Pagination {
  // Callers pass parsePageParam's result and a count from the database: anything else is a bug.
  assertCount("total", total, 0);
  assertCount("page", page, 1);
  assertCount("perPage", perPage, 1);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    page,
    perPage,
    total,
    totalPages,
    offset: (page - 1) * perPage,
    isPastEnd: page > totalPages,
    hasPrevious: page > 1,
    hasNext: page < totalPages,
    pageNumbers: pageWindow(Math.min(page, totalPages), totalPages),
  };
}

/**
 * The ?trang= value as a page number: absent means page 1; anything but a plain
 * positive number ("01", "-1", "1.5", " 2", repeated) is null, so one page has one URL.
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  // Nine digits at most keeps the offset far inside safe integers.
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
