import { parsePageParam } from "./pagination";
import { MAX_QUERY_CHARS } from "./search-text";

// The media library's URL state: /quan-tri/thu-vien-anh?q=…&trang=N, so a search can be shared and
// the Back button returns to it.

export type MediaLibraryQuery = {
  /** What to search for, as shown back in the box ("" for the whole library). */
  q: string;
  /** True when what was sent was longer than MAX_QUERY_CHARS and only its start is searched. */
  shortened: boolean;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** Nothing in the URL is an error: a malformed page is page 1, a pasted page of text is cut. */
export function parseMediaLibraryQuery(params: Params): MediaLibraryQuery {
  // Control characters mean nothing to the search; [...] cuts by characters, never inside a pair.
  const cleaned = first(params.q).replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  const characters = [...cleaned];
  return {
    q: characters.slice(0, MAX_QUERY_CHARS).join("").trim(),
    shortened: characters.length > MAX_QUERY_CHARS,
    page: parsePageParam(params.trang) ?? 1,
  };
}

export const MEDIA_LIBRARY_PATH = "/quan-tri/thu-vien-anh";

export function mediaLibraryHref(query: { q: string; page: number }): string {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.page > 1) search.set("trang", String(query.page));
  const text = search.toString();
  return text ? `${MEDIA_LIBRARY_PATH}?${text}` : MEDIA_LIBRARY_PATH;
}
