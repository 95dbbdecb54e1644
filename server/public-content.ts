import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CALM_REVALIDATE_SECONDS, earliest, revalidateSecondsUntil } from "@/core/cache-life";
import { type CalendarDay, vietnamCalendarDay, vietnamDayRange } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { linksOfArticle, publishedAlbumOfArticle } from "@/db/queries/article-links";
import { legacyRedirectTarget } from "@/db/queries/legacy-redirects";
import { movedSlugTarget } from "@/db/queries/moved-slugs";
import { redirectedSlug } from "@/db/queries/article-writes";
import { documentsOfArticle } from "@/db/queries/documents";
import { publicMenu } from "@/db/queries/menu";
import {
  latestPublishedArticles,
  nextScheduledPublication,
  publishedArticleBySlug,
  publishedArticlesPage,
  publishedSeriesParts,
  publishedYearRange,
  type PublicListingFilter,
} from "@/db/queries/public-articles";
import { mostReadArticles } from "@/db/queries/article-views";
import { pageLinks } from "@/db/queries/page-links";
import { relatedArticles } from "@/db/queries/search";
import { publishedAlbumBySlug, publishedAlbumPhoto, publishedAlbumsPage } from "@/db/queries/albums";
import { publishedVideoBySlug, publishedVideosPage } from "@/db/queries/videos";
import { publishedPageBySlug } from "@/db/queries/public-pages";
import { listCategories, listUnits, rootUnit } from "@/db/queries/taxonomy";
import type { SearchParams } from "@/core/listing-query";
import type { MovedSlugSection } from "@/core/moved-slugs";
import { DOCUMENTS_PER_PAGE, registerProblemMessages, type ParsedRegisterQuery } from "@/core/document-register-query";
import { paginate } from "@/core/pagination";
import { addCalendarDays } from "@/core/vi-date";
import { documentRegisterChoices, documentRegisterPage, publishedDocumentBySlug } from "@/db/queries/documents";
import { cacheTags } from "./cache-tags";
import { getDatabase } from "./database";
import { armPublicationTimer } from "./publication-timer";
import { loadSearchPage } from "./search-page";
import { siteSettingsNow } from "./site-settings";
import { siteContacts } from "./site-contacts";

// The public pages' data. Each page is cached whole by Next (its HTML and RSC, per URL) and
// rendered again only when a tag it carries is expired (server/cache-tags.ts) or its time is up.
// Every read of the database a public page makes goes through here, so that the page carries
// the right tags: SQLite answers synchronously, and Next cannot see a read it is not told about.

/**
 * Gives the page being rendered these tags and this lifetime. Next learns them from the
 * unstable_cache calls made while a page renders; this one caches only a constant and exists
 * for that. The data itself is read fresh each time the page is rendered.
 */
async function markPage(tags: string[], revalidateSeconds: number) {
  // Next keeps 128 tags of one call and drops the rest with a warning; a page collects every call's.
  for (let from = 0; from < tags.length; from += TAGS_PER_MARK) {
    await unstable_cache(async () => true, ["ban-tin:trang-cong-khai"], { tags: tags.slice(from, from + TAGS_PER_MARK), revalidate: revalidateSeconds })();
  }
}
const TAGS_PER_MARK = 100;

/**
 * Gives the page the tags of the articles it shows as cards (`article-card:<id>`) or names by their
 * titles alone (`article-link:<id>`), so that an edit of one that leaves the lists as they are
 * renews the pages showing what changed and no other (server/cache-tags.ts).
 */
async function markArticles(as: "card" | "link", articles: { id: number }[], revalidateSeconds: number) {
  const tag = as === "card" ? cacheTags.articleCard : cacheTags.articleLink;
  await markPage([...new Set(articles.map((article) => tag(article.id)))], revalidateSeconds);
}

/**
 * Until when public content stays true by itself: the next scheduled article, or the new year
 * that adds a year to the date filter (Vietnam time).
 */
async function publicRevalidateSeconds(db: Database, now: Date): Promise<number> {
  const nextPublication = await nextScheduledPublication(db, now);
  armPublicationTimer(nextPublication, now);
  const nextYear = vietnamDayRange({ year: vietnamCalendarDay(now).year + 1, month: 1, day: 1 }).start;
  return revalidateSecondsUntil(earliest(nextPublication, nextYear), now);
}

/** The union, categories and units: the header, the footer and the category and unit pages. */
export const siteTaxonomy = cache(async () => {
  await markPage([cacheTags.chrome], CALM_REVALIDATE_SECONDS);
  const db = getDatabase();
  return { union: await rootUnit(db), categories: await listCategories(db), units: await listUnits(db) };
});

/**
 * The union's name, slogan, emblem, contacts and links: every page's header and footer. With
 * rotating slogans the page lives only until the next Vietnam midnight, when the banner changes.
 */
export const siteSettingsContent = cache(async () => {
  const now = new Date();
  const settings = await siteSettingsNow(now);
  await markPage([cacheTags.chrome], revalidateSecondsUntil(settings.sloganChangesAt, now));
  return settings;
});

/** The published top-level "about" pages, linked from every page's footer. */
export const footerPageLinks = cache(async () => {
  await markPage([cacheTags.chrome], CALM_REVALIDATE_SECONDS);
  return (await pageLinks(getDatabase())).filter((page) => page.isPublished && page.parentId === null);
});

/**
 * The header's navigation, as the admin arranged it on /quan-tri/menu (items pointing at
 * something deleted or unpublished left out), or the categories while no menu is arranged.
 */
export const siteMenuContent = cache(async () => {
  await markPage([cacheTags.chrome], CALM_REVALIDATE_SECONDS);
  return await publicMenu(getDatabase());
});

/** The home page: featured, newest, and the latest of each category. */
export const homeContent = cache(async () => {
  const db = getDatabase();
  const now = new Date();
  const revalidateSeconds = await publicRevalidateSeconds(db, now);
  await markPage([cacheTags.articles, cacheTags.chrome], revalidateSeconds);
  const featured = await latestPublishedArticles(db, { limit: 3, featuredOnly: true }, now);
  const latest = await latestPublishedArticles(db, { limit: 9 }, now);
  const sections = await Promise.all(
    (await listCategories(db)).map(async (category) => ({
      category,
      articles: await latestPublishedArticles(db, { limit: 4, categoryId: category.id }, now),
    })),
  );
  await markArticles("card", [...featured, ...latest, ...sections.flatMap((section) => section.articles)], revalidateSeconds);
  return { featured, latest, sections };
});

/** The latest news the 404 page lists (components/site/not-found-content.tsx). */
export const latestContent = cache(async (limit: number) => {
  const db = getDatabase();
  const now = new Date();
  const revalidateSeconds = await publicRevalidateSeconds(db, now);
  await markPage([cacheTags.articles], revalidateSeconds);
  const latest = await latestPublishedArticles(db, { limit }, now);
  // Shown as compact cards: the title, the category and the date, no summary or photo.
  await markArticles("link", latest, revalidateSeconds);
  return latest;
});

/** One page of "CÁC TIN ĐÃ ĐĂNG" with its total, and the years and current year of the date filter. */
export async function listingContent(filter: Omit<PublicListingFilter, "day">, page: number, perPage: number, day: CalendarDay | null) {
  const db = getDatabase();
  const now = new Date();
  const revalidateSeconds = await publicRevalidateSeconds(db, now);
  await markPage([cacheTags.articles], revalidateSeconds);
  const { items, total } = await publishedArticlesPage(db, { ...filter, day }, { offset: (page - 1) * perPage, limit: perPage }, now);
  await markArticles("card", items, revalidateSeconds);
  return { items, total, years: await publishedYearRange(db, now), currentYear: vietnamCalendarDay(now).year };
}

/** A public article with its series, or where its old address moved, or nothing. */
export const articleContent = cache(async (slug: string) => {
  const db = getDatabase();
  const now = new Date();
  const revalidateSeconds = await publicRevalidateSeconds(db, now);
  const article = await publishedArticleBySlug(db, slug, now);
  await markPage(article ? [cacheTags.articles, cacheTags.article(article.id)] : [cacheTags.articles], revalidateSeconds);
  if (!article) return { article: null, movedTo: await redirectedSlug(db, slug, now) };
  const seriesParts = article.series ? await publishedSeriesParts(db, article.series.id, now) : [];
  await markArticles("link", seriesParts, revalidateSeconds);
  return { article: { ...article, seriesParts }, movedTo: null };
});

/** "Tin liên quan" under an article: the series first, then articles with similar words in their titles. */
export async function relatedContent(article: { id: number; title: string; categoryId: number; seriesId: number | null }) {
  const related = await relatedArticles(getDatabase(), article);
  await markArticles("link", related, CALM_REVALIDATE_SECONDS);
  return related;
}

/**
 * "Tin xem nhiều": the public articles read most in the last 30 days. Views change it without
 * expiring anything: the page's hourly renewal in the background brings the new order.
 */
export async function mostReadContent(excludeId?: number) {
  const items = await mostReadArticles(getDatabase(), { limit: 5, excludeId });
  await markArticles("link", items, CALM_REVALIDATE_SECONDS);
  return items;
}

/**
 * Where an old portal's address leads now (its candidate keys, core/legacy-routes.ts), or nothing.
 * The answer changes with an import (`legacy-redirects`), the article it leads to (a new slug, a
 * take-down: `article:<id>`), a category's or unit's slug (`chrome`), and an article not public
 * yet becoming public (`articles`, which the publication timer expires).
 */
export const legacyRedirectContent = cache(async (keys: string[]) => {
  const { target, articleIds } = await legacyRedirectTarget(getDatabase(), keys, new Date());
  const waiting = articleIds.some((id) => target?.kind !== "article" || target.id !== id);
  const tags = [cacheTags.legacyRedirects, ...articleIds.map(cacheTags.article), ...(target && target.kind !== "article" ? [cacheTags.chrome] : []), ...(waiting ? [cacheTags.articles] : [])];
  await markPage(tags, CALM_REVALIDATE_SECONDS);
  return target;
});

/**
 * Where an address of ours that found nothing now leads, when a page, album, document or video had
 * that slug before its slug changed. The answer changes when one of the section's published things
 * changes its address or is taken down, which expires the section's tag.
 */
export const movedSlugContent = cache(async (section: MovedSlugSection, slug: string) => {
  const sectionTags = { page: cacheTags.chrome, album: cacheTags.albums, document: cacheTags.documents, video: cacheTags.videos } as const;
  await markPage([sectionTags[section]], CALM_REVALIDATE_SECONDS);
  return await movedSlugTarget(getDatabase(), section, slug);
});

/**
 * "Văn bản liên quan" and "Xem thêm ảnh" under an article. The page carries the tags of everything
 * it links, published or not, so that publishing, editing or taking one down shows at once; a
 * change of the links themselves is a save of the article, which expires `article:<id>`.
 */
export const articleLinksContent = cache(async (articleId: number) => {
  const db = getDatabase();
  const linked = await linksOfArticle(db, articleId);
  const tags = [cacheTags.article(articleId), ...linked.documentIds.map(cacheTags.document), ...(linked.albumId === null ? [] : [cacheTags.album(linked.albumId)])];
  await markPage(tags, CALM_REVALIDATE_SECONDS);
  return { documents: await documentsOfArticle(db, articleId, vietnamCalendarDay(new Date())), album: await publishedAlbumOfArticle(db, articleId) };
});

/**
 * A published "about" page, or nothing. It changes with its own text and its sub-pages' (listed
 * under it), and with `chrome`: a page that appears or goes, the breadcrumbs' titles, the contacts.
 * A missing slug is marked `chrome` too, so publishing a page at that address shows it at once.
 */
export const pageContent = cache(async (slug: string) => {
  const page = await publishedPageBySlug(getDatabase(), slug);
  const tags = page ? [cacheTags.chrome, cacheTags.page(page.id), ...page.children.map((child) => cacheTags.page(child.id))] : [cacheTags.chrome];
  await markPage(tags, CALM_REVALIDATE_SECONDS);
  return { page, contacts: page?.showContacts ? await siteContacts() : null };
});

/** /tim-kiem: its results change with any article, page or document, and its filters list the units and categories. */
export async function searchContent(searchParams: SearchParams) {
  const db = getDatabase();
  await markPage([cacheTags.articles, cacheTags.search, cacheTags.pages, cacheTags.documents, cacheTags.chrome], await publicRevalidateSeconds(db, new Date()));
  return await loadSearchPage(searchParams);
}

/** One page of the albums' grid with the total: it changes with any album readers can see. */
export async function albumsContent(page: number, perPage: number) {
  await markPage([cacheTags.albums], CALM_REVALIDATE_SECONDS);
  return await publishedAlbumsPage(getDatabase(), { offset: (page - 1) * perPage, limit: perPage });
}

/**
 * A published album with its photos, or nothing. A missing slug is marked `albums`, which every
 * album's publication expires, so an album published at that address shows at once.
 */
export const albumContent = cache(async (slug: string) => {
  const album = await publishedAlbumBySlug(getDatabase(), slug);
  await markPage(album ? [cacheTags.album(album.id)] : [cacheTags.albums], CALM_REVALIDATE_SECONDS);
  return album;
});

/** One photo of a published album with its neighbours, or nothing; marked like its album. */
export const albumPhotoContent = cache(async (slug: string, photoId: number) => {
  const found = await publishedAlbumPhoto(getDatabase(), slug, photoId);
  await markPage(found ? [cacheTags.album(found.album.id)] : [cacheTags.albums], CALM_REVALIDATE_SECONDS);
  return found;
});

/** Videos a page of /video shows. */
export const VIDEOS_PER_PAGE = 12;

/** A page of the videos, newest first, and how many there are. */
export async function videosPageContent(page: number) {
  await markPage([cacheTags.videos], CALM_REVALIDATE_SECONDS);
  return publishedVideosPage(getDatabase(), { offset: (page - 1) * VIDEOS_PER_PAGE, limit: VIDEOS_PER_PAGE });
}

/** A published video's page; null when there is none at that address. */
export async function videoContent(slug: string) {
  await markPage([cacheTags.videos], CALM_REVALIDATE_SECONDS);
  return publishedVideoBySlug(getDatabase(), slug);
}

/**
 * A document is out of force from its day of ceasing (core/documents.ts): a page that shows the
 * status lives until the next Vietnam midnight, when a status may change by itself.
 */
function untilVietnamMidnight(now: Date): number {
  return revalidateSecondsUntil(vietnamDayRange(addCalendarDays(vietnamCalendarDay(now), 1)).start, now);
}

/**
 * /van-ban: one page of the register with the filters' choices. A form or issuer that is not in
 * the lists (a stale link) is dropped from the filter with a message, as a malformed value is.
 */
export async function documentRegisterContent({ query, problems }: ParsedRegisterQuery) {
  const db = getDatabase();
  const now = new Date();
  await markPage([cacheTags.documents], untilVietnamMidnight(now));
  const choices = await documentRegisterChoices(db);
  const messages = problems.map((problem) => registerProblemMessages[problem]);
  const formId = query.formId && choices.forms.some((form) => form.id === query.formId) ? query.formId : null;
  const issuerId = query.issuerId && choices.issuers.some((issuer) => issuer.id === query.issuerId) ? query.issuerId : null;
  if (query.formId && !formId) messages.push(registerProblemMessages.loai);
  if (query.issuerId && !issuerId) messages.push(registerProblemMessages["co-quan"]);
  const filter = { ...query, formId, issuerId };
  const { items, total } = await documentRegisterPage(
    db,
    { query: filter.q, formId: formId ?? undefined, issuerId: issuerId ?? undefined, year: filter.year ?? undefined, field: filter.field || undefined, legalStatus: filter.legalStatus ?? undefined },
    { offset: (query.page - 1) * DOCUMENTS_PER_PAGE, limit: DOCUMENTS_PER_PAGE },
    vietnamCalendarDay(now),
  );
  const pagination = paginate(total, query.page, DOCUMENTS_PER_PAGE);
  if (pagination.isPastEnd && total > 0) messages.push(`Trang ${query.page} không có văn bản nào: chỉ có ${pagination.totalPages} trang.`);
  return { query: filter, choices, messages, items, pagination };
}

/** A published document's page, or nothing; a missing slug is marked `documents`, so publishing it shows it at once. */
export const documentContent = cache(async (slug: string) => {
  const now = new Date();
  const document = await publishedDocumentBySlug(getDatabase(), slug, vietnamCalendarDay(now));
  await markPage(document ? [cacheTags.documents, cacheTags.document(document.id)] : [cacheTags.documents], untilVietnamMidnight(now));
  return document;
});
