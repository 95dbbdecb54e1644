// What an article links to below its text (issue 16): "Văn bản liên quan" and "Xem thêm ảnh". The
// links are written with the article's save; readers see only what is published.
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { ALBUM_STRIP_PHOTOS, type AlbumChoice, type ArticleLinks, type DocumentChoice, type LinkTarget } from "@/core/article-links";
import { imageSources, type ImageSources } from "@/core/media-files";
import { MAX_QUERY_WORDS, normaliseForSearch, searchWords } from "@/core/search-text";
import { type CalendarDay, formatCalendarDay, storedDay } from "@/core/vi-date";
import type { Database, Transaction } from "../client";
import { albumPhotos, albums, articleAlbums, articleDocuments, documents, media } from "../schema";
import { documentRegisterPage } from "./documents";

/** The ids an article links to now, documents in order. */
export async function linksOfArticle(db: Database | Transaction, articleId: number): Promise<ArticleLinks> {
  const linked = await db
    .select({ id: articleDocuments.documentId })
    .from(articleDocuments)
    .where(eq(articleDocuments.articleId, articleId))
    .orderBy(asc(articleDocuments.sortOrder), asc(articleDocuments.documentId));
  const [album] = await db.select({ id: articleAlbums.albumId }).from(articleAlbums).where(eq(articleAlbums.articleId, articleId)).limit(1);
  return { documentIds: linked.map((row) => row.id), albumId: album?.id ?? null };
}

/** What a save checks of the documents and album it names: whether each exists, and is published. */
export async function linkTargets(db: Database | Transaction, links: ArticleLinks): Promise<{ documents: LinkTarget[]; album: LinkTarget | null }> {
  const found =
    links.documentIds.length === 0
      ? []
      : await db.select({ id: documents.id, label: documents.number, status: documents.status }).from(documents).where(inArray(documents.id, links.documentIds));
  const [album] =
    links.albumId === null ? [] : await db.select({ id: albums.id, label: albums.title, status: albums.status }).from(albums).where(eq(albums.id, links.albumId));
  const target = ({ id, label, status }: { id: number; label: string; status: string }): LinkTarget => ({ id, label, published: status === "published" });
  return { documents: found.map(target), album: album ? target(album) : null };
}

/** Replaces the article's links with these, in this order: inside the transaction of the article's save. */
export async function replaceArticleLinks(tx: Transaction, articleId: number, links: ArticleLinks): Promise<void> {
  await tx.delete(articleDocuments).where(eq(articleDocuments.articleId, articleId));
  if (links.documentIds.length > 0) {
    await tx.insert(articleDocuments).values(links.documentIds.map((documentId, sortOrder) => ({ articleId, documentId, sortOrder })));
  }
  await tx.delete(articleAlbums).where(eq(articleAlbums.articleId, articleId));
  if (links.albumId !== null) await tx.insert(articleAlbums).values({ articleId, albumId: links.albumId });
}

const shownDay = (key: string) => formatCalendarDay(storedDay(key));

/** The editor's view of an article's links: every linked document and album, a taken-down one marked. */
export async function articleLinkChoices(db: Database, articleId: number): Promise<{ documents: DocumentChoice[]; album: AlbumChoice | null }> {
  const linked = await db
    .select({ id: documents.id, number: documents.number, abstract: documents.abstract, issuedOn: documents.issuedOn, status: documents.status })
    .from(articleDocuments)
    .innerJoin(documents, eq(documents.id, articleDocuments.documentId))
    .where(eq(articleDocuments.articleId, articleId))
    .orderBy(asc(articleDocuments.sortOrder), asc(documents.id));
  const [album] = await db
    .select({ id: albums.id, title: albums.title, takenOn: albums.takenOn, status: albums.status })
    .from(articleAlbums)
    .innerJoin(albums, eq(albums.id, articleAlbums.albumId))
    .where(eq(articleAlbums.articleId, articleId))
    .limit(1);
  return {
    documents: linked.map(({ status, issuedOn, ...row }) => ({ ...row, issuedOn: shownDay(issuedOn), published: status === "published" })),
    album: album ? { id: album.id, title: album.title, takenOn: shownDay(album.takenOn), published: album.status === "published" } : null,
  };
}

export const LINK_CHOICES_SHOWN = 10;

/** Published documents found by number or words of the abstract, as the register's search box finds them; the newest without a query. */
export async function documentChoices(db: Database, query: string, today: CalendarDay): Promise<DocumentChoice[]> {
  const { items } = await documentRegisterPage(db, { query }, { offset: 0, limit: LINK_CHOICES_SHOWN }, today);
  return items.map((item) => ({ id: item.id, number: item.number, abstract: item.abstract, issuedOn: formatCalendarDay(item.issuedOn), published: true }));
}

/**
 * Published albums whose title has every word typed at the start of one of its words, without tone
 * marks ("dai hoi" finds "Đại hội"); the newest without a query. Titles are matched here rather
 * than in SQL: albums have no normalised column, and a site's few thousand titles are read in a moment.
 */
export async function albumChoices(db: Database, query: string): Promise<AlbumChoice[]> {
  const words = searchWords(query).slice(0, MAX_QUERY_WORDS);
  const published = db
    .select({ id: albums.id, title: albums.title, takenOn: albums.takenOn })
    .from(albums)
    .where(eq(albums.status, "published"))
    .orderBy(desc(albums.takenOn), desc(albums.id));
  const rows = words.length === 0 ? await published.limit(LINK_CHOICES_SHOWN) : await published;
  const matches = (title: string) => {
    const text = ` ${normaliseForSearch(title)}`;
    return words.every((word) => text.includes(` ${word}`));
  };
  return rows
    .filter((row) => matches(row.title))
    .slice(0, LINK_CHOICES_SHOWN)
    .map((row) => ({ id: row.id, title: row.title, takenOn: shownDay(row.takenOn), published: true }));
}

/** "Xem thêm ảnh" under an article: its album if published, with its first photos in order and how many it has. */
export type ArticleAlbum = {
  id: number;
  slug: string;
  title: string;
  photoCount: number;
  photos: { id: number; image: ImageSources }[];
};

export async function publishedAlbumOfArticle(db: Database, articleId: number): Promise<ArticleAlbum | null> {
  const [album] = await db
    .select({ id: albums.id, slug: albums.slug, title: albums.title })
    .from(articleAlbums)
    .innerJoin(albums, and(eq(albums.id, articleAlbums.albumId), eq(albums.status, "published")))
    .where(eq(articleAlbums.articleId, articleId))
    .limit(1);
  if (!album) return null;
  const photos = await db
    .select({
      id: albumPhotos.id,
      caption: albumPhotos.caption,
      storageKey: media.storageKey,
      variantWidths: media.variantWidths,
      width: media.width,
      height: media.height,
      alt: media.alt,
    })
    .from(albumPhotos)
    .innerJoin(media, eq(media.id, albumPhotos.mediaId))
    .where(eq(albumPhotos.albumId, album.id))
    .orderBy(asc(albumPhotos.sortOrder), asc(albumPhotos.id))
    .limit(ALBUM_STRIP_PHOTOS);
  const [counted] = await db.select({ n: count() }).from(albumPhotos).where(eq(albumPhotos.albumId, album.id));
  return {
    ...album,
    photoCount: counted?.n ?? 0,
    // A photo's caption says what it shows better than the library's description, which is its fallback.
    photos: photos.map(({ id, caption, ...image }) => ({ id, image: imageSources({ ...image, alt: caption || image.alt }) })),
  };
}
