import type { SearchParams } from "./listing-query";
import { parsePageParam } from "./pagination";
import { type CalendarDay, dayKey, readDayFilter } from "./vi-date";

// The URL state of /tim-kiem: ?q=…&chuyen-muc=slug&don-vi=slug&tu-ngay=…&den-ngay=…&trang=P. The form sends
// the days as typed (dd/mm/yyyy); the links it makes carry them as YYYY-MM-DD. Both are read.
// Empty fields are what a submitted form sends for "all": they mean no filter.

export type SearchPageQuery = {
  q: string;
  categorySlug: string | null;
  unitSlug: string | null;
  from: CalendarDay | null;
  to: CalendarDay | null;
  page: number;
};

/** The raw text of each field, as the form shows it back to the reader. */
export type SearchFormValues = { q: string; categorySlug: string; unitSlug: string; from: string; to: string };

/** How many of the search's filters (category, unit, the two days) are set; the words are not counted. */
export function searchFiltersInUse(values: SearchFormValues): number {
  return [values.categorySlug, values.unitSlug, values.from, values.to].filter(Boolean).length;
}

/** A query-string field as one trimmed string: a repeated key counts by its first value. */
export const firstValue = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
export const upTo = (text: string, max: number) => (text.length > max ? [...text].slice(0, max).join("") : text);

/**
 * A pasted page in the box is still answered, but only its start is read back or searched: the
 * whole search travels in one path segment (below), which a proxy in front must be able to carry.
 */
export const MAX_Q_CHARS = 200;
// As long as any slug or date the form offers; a longer one is cut, and then matches nothing.
const MAX_SLUG_CHARS = 80;
const MAX_DATE_CHARS = 10;
/** Set on the internal page when the reader's query was cut to MAX_Q_CHARS, so the page can say so. */
const SHORTENED = "rut-gon";

/** What a reader typed in a search box, as it is searched and shown back: trimmed and cut to MAX_Q_CHARS. */
export function searchBoxText(value: string | string[] | undefined): string {
  // Control characters mean nothing to the search and would only lengthen the segment.
  return upTo(firstValue(value).replace(/[\u0000-\u001f\u007f]+/g, " ").trim(), MAX_Q_CHARS).trim();
}

export function searchFormValues(params: SearchParams): SearchFormValues {
  return {
    q: searchBoxText(params.q),
    categorySlug: upTo(firstValue(params["chuyen-muc"]), MAX_SLUG_CHARS),
    unitSlug: upTo(firstValue(params["don-vi"]), MAX_SLUG_CHARS),
    from: upTo(firstValue(params["tu-ngay"]), MAX_DATE_CHARS),
    to: upTo(firstValue(params["den-ngay"]), MAX_DATE_CHARS),
  };
}

/** True when the reader's query was longer than MAX_Q_CHARS and only its start is searched. */
export function wasShortened(params: SearchParams): boolean {
  return firstValue(params[SHORTENED]) === "1" || [...firstValue(params.q)].length > MAX_Q_CHARS;
}

export const SHORTENED_MESSAGE = `Từ cần tìm dài hơn ${MAX_Q_CHARS} ký tự: chỉ ${MAX_Q_CHARS} ký tự đầu được dùng để tìm.`;

/**
 * Checks the search page's query string. Problems are sentences for the reader (a mistyped date
 * is a message on the page, never an error); a malformed ?trang is "page", as on the listings.
 */
export function parseSearchPageQuery(
  params: SearchParams,
): { ok: true; query: SearchPageQuery } | { ok: false; problem: "page" } | { ok: false; problem: "input"; messages: string[] } {
  const page = parsePageParam(params.trang);
  if (page === null) return { ok: false, problem: "page" };
  const values = searchFormValues(params);
  const messages: string[] = [];
  const [fromRead, toRead] = [readDayFilter(values.from), readDayFilter(values.to)];
  if (!fromRead.ok) messages.push(`“Từ ngày”: ${fromRead.problem}`);
  if (!toRead.ok) messages.push(`“Đến ngày”: ${toRead.problem}`);
  const from = fromRead.ok ? fromRead.day : null;
  const to = toRead.ok ? toRead.day : null;
  // "YYYY-MM-DD" keys sort as the days do.
  if (from && to && dayKey(from) > dayKey(to)) messages.push("“Từ ngày” phải trước hoặc trùng “Đến ngày”.");
  if (messages.length > 0) return { ok: false, problem: "input", messages };
  return {
    ok: true,
    query: { q: values.q, categorySlug: values.categorySlug || null, unitSlug: values.unitSlug || null, from, to, page },
  };
}

/** The address of a page of results with the same filters; page 1 and empty filters are left out. */
export function searchHref(query: Omit<SearchPageQuery, "page">, page = 1): string {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.categorySlug) search.set("chuyen-muc", query.categorySlug);
  if (query.unitSlug) search.set("don-vi", query.unitSlug);
  if (query.from) search.set("tu-ngay", dayKey(query.from));
  if (query.to) search.set("den-ngay", dayKey(query.to));
  if (page !== 1) search.set("trang", String(page));
  const queryString = search.toString();
  return queryString ? `/tim-kiem?${queryString}` : "/tim-kiem";
}

// The whole search state as one path segment, so that proxy.ts can send /tim-kiem?… to a page
// Next renders once and caches (core/public-routes.ts): base64url of the canonical state as JSON
// (percent-encoding would triple every Vietnamese letter). Only the form's fields are kept, trimmed
// and cut as the form reads them, so each search has one entry and the segment stays under about
// 1.4 KB whatever the query (Next also sends it back as the x-middleware-rewrite header).
const EMPTY_SEARCH_SEGMENT = "-";

type CanonicalState = [q: string, categorySlug: string, unitSlug: string, from: string, to: string, page: number, shortened: 0 | 1];

/** Text → base64url without padding: a path segment that carries any text compactly. */
export function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The segment back to its text; null when it is not base64url of UTF-8. */
export function fromBase64Url(segment: string): string | null {
  try {
    const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** A state written as base64url JSON (a cached page's path segment) back to its value; null for anything else. */
export function stateFromSegment(segment: string, maxLength = 2000): unknown {
  if (segment.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  const text = fromBase64Url(segment);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** /tim-kiem's query string → the internal page's segment; null when ?trang is malformed (a 404). */
export function searchStateSegment(params: SearchParams): string | null {
  const page = parsePageParam(params.trang);
  if (page === null) return null;
  const values = searchFormValues(params);
  const state: CanonicalState = [values.q, values.categorySlug, values.unitSlug, values.from, values.to, page, wasShortened(params) ? 1 : 0];
  const empty = state.slice(0, 5).every((value) => value === "") && page === 1;
  return empty ? EMPTY_SEARCH_SEGMENT : toBase64Url(JSON.stringify(state));
}

/** The segment back to the query string's fields; null for any segment searchStateSegment would not make. */
export function searchParamsFromSegment(segment: string): SearchParams | null {
  if (segment === EMPTY_SEARCH_SEGMENT) return {};
  const state = stateFromSegment(segment);
  if (!Array.isArray(state) || state.length !== 7) return null;
  const [q, categorySlug, unitSlug, from, to, page, shortened] = state as unknown[];
  if (![q, categorySlug, unitSlug, from, to].every((value) => typeof value === "string") || typeof page !== "number") return null;
  const fields: [string, unknown][] = [
    ["q", q],
    ["chuyen-muc", categorySlug],
    ["don-vi", unitSlug],
    ["tu-ngay", from],
    ["den-ngay", to],
    ["trang", page === 1 ? "" : String(page)],
    [SHORTENED, shortened === 1 ? "1" : ""],
  ];
  const params: Record<string, string> = {};
  for (const [key, value] of fields) if (value) params[key] = String(value);
  return searchStateSegment(params) === segment ? params : null;
}
