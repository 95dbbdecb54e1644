import { and, eq, gte, inArray, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import { htmlToText } from "@/core/html-text";
import { excerptAround, highlightText, openingText } from "@/core/search-highlight";
import { normaliseForSearch, parseSearchQuery, queryWordsIn, similarityScores, textMatchesQuery } from "@/core/search-text";
import { type CalendarDay, vietnamDayRange } from "@/core/vi-date";
import type { Database } from "../client";
import { articles, categories, media, units } from "../schema";
import { publishedPageTexts } from "./public-pages";
import { type ArticleListItem, isPublicAt, listItemColumns, toListItem, toListItems } from "./public-articles";
import { fullTextIndex } from "./full-text-dialect";

export type SearchFilter = {
  /** What the reader typed; parsed here into a safe FTS5 expression. */
  query: string;
  categoryId?: number;
  unitId?: number;
  /** Vietnam calendar days, both included. */
  from?: CalendarDay | null;
  to?: CalendarDay | null;
};

export type SearchResult = ArticleListItem & {
  /** Safe HTML: the escaped title with the matched words in <mark>. */
  titleHtml: string;
  /** Safe HTML: escaped text around the first match, from the summary or else the body. */
  excerptHtml: string;
};

function filterConditions(filter: SearchFilter, now: Date): SQL {
  // The index holds scheduled articles too: visibility is decided here, at read time.
  const conditions: SQL[] = [isPublicAt(now)];
  if (filter.categoryId !== undefined) conditions.push(eq(articles.categoryId, filter.categoryId));
  if (filter.unitId !== undefined) conditions.push(eq(articles.unitId, filter.unitId));
  if (filter.from) conditions.push(gte(articles.publishedAt, vietnamDayRange(filter.from).start));
  if (filter.to) conditions.push(lt(articles.publishedAt, vietnamDayRange(filter.to).end));
  return and(...conditions) as SQL;
}

function excerptOf(summary: string, bodyText: string, words: string[]): string {
  return excerptAround(summary, words) ?? excerptAround(bodyText, words) ?? openingText(summary || bodyText);
}

/**
 * How many matches are ranked at most: the newest this many that pass the filters. A word in
 * nearly every article ("công đoàn") would otherwise have bm25 weigh all of them on each search,
 * about a second at 100,000 articles with the event loop held; the newest 2,000 take ~15 ms.
 */
export const SEARCH_RANKING_WINDOW = 2000;

export type SearchOutcome = {
  items: SearchResult[];
  /** The matches ranked: all of them, or the ranking window when `capped`. */
  total: number;
  /** More articles match than were ranked: the reader may narrow the search to reach older ones. */
  capped: boolean;
};

/**
 * One page of published articles matching a reader's query, most relevant first: exact spelling
 * (when the query has marks), then the most of its words in the title, then bm25, then the newest.
 * The title comes before bm25 because bm25 weighs a word by its rarity and favours short texts:
 * when every word the reader typed is common ("đại hội công đoàn viên chức tỉnh"), a long article
 * titled with them would rank below any short one that has them here and there. An empty or
 * unsearchable query finds nothing. Only the newest `window` matches are ranked (SEARCH_RANKING_WINDOW).
 */
export async function searchPublishedArticles(
  db: Database,
  filter: SearchFilter,
  page: { offset: number; limit: number },
  now: Date = new Date(),
  window: number = SEARCH_RANKING_WINDOW,
): Promise<SearchOutcome> {
  const query = parseSearchQuery(filter.query);
  if (!query) return { items: [], total: 0, capped: false };
  const index = fullTextIndex();
  const found = await index.newestMatches(db, query, filterConditions(filter, now), window + 1);
  const capped = found.length > window;
  const candidates = found.slice(0, window);
  if (candidates.length === 0) return { items: [], total: 0, capped: false };
  // Newest first: the last candidate has the lowest id, which bounds the exact-spelling lookup.
  const lowestId = candidates.at(-1)?.id ?? 0;
  const exactSpelling = new Set(await index.exactSpellingIds(db, query, lowestId));
  const wordsInTitle = new Map(candidates.map(({ id, title }) => [id, queryWordsIn(query, normaliseForSearch(title))]));
  const ids = candidates
    .sort(
      (a, b) =>
        Number(exactSpelling.has(b.id)) - Number(exactSpelling.has(a.id)) ||
        (wordsInTitle.get(b.id) ?? 0) - (wordsInTitle.get(a.id) ?? 0) ||
        a.score - b.score ||
        b.publishedAt - a.publishedAt ||
        b.id - a.id,
    )
    .slice(page.offset, page.offset + page.limit)
    .map((candidate) => candidate.id);
  const pageRows = await db
    .select({ ...listItemColumns, bodyHtml: articles.bodyHtml })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(units, eq(units.id, articles.unitId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(inArray(articles.id, ids));
  const byId = new Map(pageRows.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const listed = await toListItems(db, rows);
  const items = rows.map((row, index) => ({
    ...(listed[index] ?? toListItem(row)),
    titleHtml: highlightText(row.title, query.words),
    excerptHtml: excerptOf(row.summary, htmlToText(row.bodyHtml), query.words),
  }));
  return { items, total: candidates.length, capped };
}

export type PageSearchResult = {
  id: number;
  slug: string;
  /** Safe HTML, as an article result's. */
  titleHtml: string;
  excerptHtml: string;
};

/**
 * The published "about" pages matching a reader's query, those with a word in their title first,
 * then in the admin's order. Pages are dozens, not thousands: their text is normalised and matched
 * here, the way the index matches articles (core/search-text.ts), with no index of their own to
 * keep in step with every save.
 */
export async function searchPublishedPages(db: Database, input: string): Promise<PageSearchResult[]> {
  const query = parseSearchQuery(input);
  if (!query) return [];
  const found = (await publishedPageTexts(db))
    .map((page) => ({ page, bodyText: htmlToText(page.bodyHtml) }))
    .filter(({ page, bodyText }) => textMatchesQuery(query, [page.title, page.summary, bodyText]));
  const inTitle = (title: string) => queryWordsIn(query, normaliseForSearch(title)) > 0;
  return found
    .map((match, order) => ({ ...match, order, titleFirst: inTitle(match.page.title) ? 0 : 1 }))
    .sort((a, b) => a.titleFirst - b.titleFirst || a.order - b.order)
    .map(({ page, bodyText }) => ({
      id: page.id,
      slug: page.slug,
      titleHtml: highlightText(page.title, query.words),
      excerptHtml: excerptOf(page.summary, bodyText, query.words),
    }));
}

/** How many of the newest articles sharing words with the title are weighed for "Tin liên quan". */
const RELATED_CANDIDATES = 300;

export type RelatedArticle = { id: number; slug: string; title: string; publishedAt: Date };

const relatedColumns = { id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt };
const toRelated = (row: { id: number; slug: string; title: string; publishedAt: Date | null }): RelatedArticle => ({
  ...row,
  publishedAt: row.publishedAt ?? new Date(0),
});

/**
 * "Tin liên quan": articles sharing words with the article's title (in their title or summary),
 * those of the same category first. Its series' parts are listed beside it (SeriesParts), not here.
 */
export async function relatedArticles(
  db: Database,
  article: { id: number; title: string; categoryId: number; seriesId: number | null },
  limit = 5,
  now: Date = new Date(),
): Promise<RelatedArticle[]> {
  // Candidates are the newest matches only: the index is walked from its newest entry and stops,
  // instead of ranking every article that shares a common word ("công đoàn" is in nearly all of them).
  const outsideSeries = article.seriesId === null ? undefined : or(isNull(articles.seriesId), ne(articles.seriesId, article.seriesId));
  const indexed = await fullTextIndex().newestTitleMatches(db, article.title, RELATED_CANDIDATES);
  if (indexed.length === 0) return [];
  const scores = similarityScores(
    article.title,
    indexed.map((row) => ({ id: row.id, titleWords: row.title.split(" "), summaryWords: row.summary.split(" ") })),
  );
  const candidates = await db
    .select({ ...relatedColumns, categoryId: articles.categoryId })
    .from(articles)
    .where(and(inArray(articles.id, [...scores.keys()]), isPublicAt(now), ne(articles.id, article.id), outsideSeries));
  const similar = candidates
    .sort(
      (a, b) =>
        Number(b.categoryId === article.categoryId) - Number(a.categoryId === article.categoryId) ||
        (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) ||
        (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0),
    )
    .slice(0, limit)
    .map(({ categoryId: _categoryId, ...row }) => row);
  return similar.map(toRelated);
}
