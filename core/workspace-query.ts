import { parsePageParam } from "./pagination";
import { articleStatuses, type ArticleStatus } from "./permissions";
import { recordIdFrom } from "./record-id";

/** The workspace's article table state in the URL: ?trang-thai=&chuyen-muc=&don-vi=&tac-gia=&q=&trang= */
export type WorkspaceQuery = {
  status?: ArticleStatus;
  categoryId?: number;
  unitId?: number;
  authorId?: number;
  titleQuery?: string;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function id(value: string | string[] | undefined): number | undefined {
  return recordIdFrom(single(value)) ?? undefined;
}

/** Unknown or malformed filters are ignored (the table shows everything), never an error page. */
export function parseWorkspaceQuery(params: Params): WorkspaceQuery {
  const status = single(params["trang-thai"]);
  return {
    status: articleStatuses.find((s) => s === status),
    categoryId: id(params["chuyen-muc"]),
    unitId: id(params["don-vi"]),
    authorId: id(params["tac-gia"]),
    titleQuery: single(params.q)?.slice(0, 200),
    page: parsePageParam(params.trang) ?? 1,
  };
}

/**
 * How many of the lists beside the title box narrow the table now (category, unit, author): the fold
 * that holds them on a phone stays open while any does.
 */
export function workspaceFiltersInUse(query: WorkspaceQuery): number {
  return [query.categoryId, query.unitId, query.authorId].filter((value) => value !== undefined).length;
}

/** The table's address; `base` is another workspace table with the same filters (/quan-tri/van-ban). */
export function workspaceHref(query: Partial<WorkspaceQuery>, base = "/quan-tri"): string {
  const search = new URLSearchParams();
  if (query.status) search.set("trang-thai", query.status);
  if (query.categoryId) search.set("chuyen-muc", String(query.categoryId));
  if (query.unitId) search.set("don-vi", String(query.unitId));
  if (query.authorId) search.set("tac-gia", String(query.authorId));
  if (query.titleQuery) search.set("q", query.titleQuery);
  if (query.page && query.page > 1) search.set("trang", String(query.page));
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
