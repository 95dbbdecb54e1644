import { desc, eq, or } from "drizzle-orm";
import { mediaAddressPrefix, mediaKeysInHtml, type MediaUsage } from "@/core/media-usage";
import type { Database } from "../client";
import { containsText } from "../sql";
import { albumPhotos, albums, articles, pages } from "../schema";
import { siteSettingsState } from "./site-settings";

/**
 * Everything that uses an image now: articles of any status (cover or body), about pages (body),
 * albums of any status that hold it, and the current site settings (emblem, default sharing image). Bodies are searched for the
 * image's address with LIKE, then read back to rule out a longer key that starts the same.
 * Old revisions are not read: see docs/decisions/0013-deleting-images.md.
 */
export async function mediaUsage(db: Database, image: { id: number; storageKey: string }): Promise<MediaUsage> {
  const prefix = mediaAddressPrefix(image.storageKey);
  const inBody = (html: string) => mediaKeysInHtml(html).has(image.storageKey);
  const articleRows = await db
    .select({ id: articles.id, title: articles.title, status: articles.status, coverMediaId: articles.coverMediaId, bodyHtml: articles.bodyHtml })
    .from(articles)
    .where(or(eq(articles.coverMediaId, image.id), containsText(articles.bodyHtml, prefix)))
    .orderBy(desc(articles.updatedAt), desc(articles.id));
  const pageRows = await db
    .select({ id: pages.id, title: pages.title, bodyHtml: pages.bodyHtml })
    .from(pages)
    .where(containsText(pages.bodyHtml, prefix))
    .orderBy(pages.sortOrder, pages.id);
  const albumRows = await db
    .select({ id: albums.id, title: albums.title, status: albums.status })
    .from(albumPhotos)
    .innerJoin(albums, eq(albums.id, albumPhotos.albumId))
    .where(eq(albumPhotos.mediaId, image.id))
    .orderBy(desc(albums.takenOn), desc(albums.id));
  // The image fields do not depend on the slogan the settings fall back to.
  const { settings } = await siteSettingsState(db, "");
  return {
    articles: articleRows
      .map((row) => ({ id: row.id, title: row.title, asCover: row.coverMediaId === image.id, inBody: inBody(row.bodyHtml), published: row.status === "published" }))
      .filter((article) => article.asCover || article.inBody),
    pages: pageRows.filter((row) => inBody(row.bodyHtml)).map(({ id, title }) => ({ id, title })),
    albums: albumRows.map((row) => ({ id: row.id, title: row.title, published: row.status === "published" })),
    settings: [
      ...(settings.emblemMediaId === image.id ? (["emblem"] as const) : []),
      ...(settings.shareImageMediaId === image.id ? (["shareImage"] as const) : []),
    ],
  };
}
