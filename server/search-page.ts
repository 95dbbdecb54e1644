import "server-only";
import { ARTICLES_PER_PAGE, paginate, type Pagination } from "@/core/pagination";
import { parseSearchPageQuery, type SearchFormValues, searchFormValues, type SearchPageQuery, SHORTENED_MESSAGE, wasShortened } from "@/core/search-params";
import { parseSearchQuery } from "@/core/search-text";
import { searchPublishedArticles, searchPublishedPages, type PageSearchResult, type SearchResult } from "@/db/queries/search";
import { categoryBySlug, type CategoryLink, listCategories, listUnits, type UnitLink } from "@/db/queries/taxonomy";
import { documentRegisterPage, type DocumentListItem } from "@/db/queries/documents";
import { vietnamCalendarDay } from "@/core/vi-date";
import { getDatabase } from "./database";
import type { SearchParams } from "@/core/listing-query";

export type SearchPage = {
  values: SearchFormValues;
  categories: CategoryLink[];
  units: UnitLink[];
  /** What the reader should fix or know before any result: an empty query, a bad date, … */
  messages: string[];
  results: { query: SearchPageQuery; items: SearchResult[]; pagination: Pagination; capped: boolean; pages: PageSearchResult[]; documents: DocumentMatches } | null;
};

/** The first documents the register's own search finds, and how many it finds in all. */
export type DocumentMatches = { items: DocumentListItem[]; total: number };

/** A few are enough beside the articles: the block links to the register's search for the rest. */
const DOCUMENTS_IN_SEARCH = 5;

/**
 * Reads /tim-kiem's query string and runs the search; pages call it through
 * server/public-content.ts, which gives the cached page its tags. Whatever a reader types is
 * answered on the page with a Vietnamese message when it cannot be searched; only a malformed
 * ?trang is a 404 (null), as on the listings.
 */
export async function loadSearchPage(searchParams: SearchParams): Promise<SearchPage | null> {
  const db = getDatabase();
  const values = searchFormValues(searchParams);
  const categories = await listCategories(db);
  const units = await listUnits(db);
  const notes = wasShortened(searchParams) ? [SHORTENED_MESSAGE] : [];
  const page = (messages: string[], results: SearchPage["results"] = null): SearchPage => ({ values, categories, units, messages: [...notes, ...messages], results });

  const parsed = parseSearchPageQuery(searchParams);
  if (!parsed.ok && parsed.problem === "page") return null;
  if (!parsed.ok) return page(parsed.messages);
  const { query } = parsed;
  if (!query.q) return page(["Hãy nhập từ cần tìm, ví dụ: đại hội công đoàn."]);
  if (!parseSearchQuery(query.q)) return page(["Từ cần tìm chỉ có dấu câu hoặc ký hiệu. Hãy nhập chữ hoặc số, ví dụ: đại hội công đoàn."]);
  const category = query.categorySlug ? await categoryBySlug(db, query.categorySlug) : null;
  const unit = query.unitSlug ? units.find((u) => u.slug === query.unitSlug) : null;
  const unknown = [
    query.categorySlug && !category ? "Chuyên mục đã chọn không có trên trang. Hãy chọn lại." : null,
    query.unitSlug && !unit ? "Đơn vị đã chọn không có trên trang. Hãy chọn lại." : null,
  ].filter((message): message is string => message !== null);
  if (unknown.length > 0) return page(unknown);

  const { items, total, capped } = await searchPublishedArticles(
    db,
    { query: query.q, categoryId: category?.id, unitId: unit?.id, from: query.from, to: query.to },
    { offset: (query.page - 1) * ARTICLES_PER_PAGE, limit: ARTICLES_PER_PAGE },
  );
  const pagination = paginate(total, query.page);
  const messages = pagination.isPastEnd && total > 0 ? [`Trang ${query.page} không có kết quả: chỉ có ${pagination.totalPages} trang.`] : [];
  // The "about" pages have no category, unit or date: they answer the plain question, above the first page of articles.
  const filtered = Boolean(category || unit || query.from || query.to);
  const pages = query.page === 1 && !filtered ? await searchPublishedPages(db, query.q) : [];
  // Documents too answer the plain question, by the register's search (words of the abstract or a number).
  const documents = query.page === 1 && !filtered ? await documentRegisterPage(db, { query: query.q }, { offset: 0, limit: DOCUMENTS_IN_SEARCH }, vietnamCalendarDay(new Date())) : { items: [], total: 0 };
  return page(messages, { query, items, pagination, capped, pages, documents });
}
