import { desc, eq, or, sql } from "drizzle-orm";
import { mediaAddressPrefix, mediaKeysInHtml, type MediaUsage } from "@/core/media-usage";
import type { DatabaseOrTransaction } from "../client";
import { articles, pages } from "../schema";
import { siteSettingsState } from "./site-settings";

/**
 * Everything that uses an image now: articles of any status (cover or body), about pages (body)
 * and the current site settings (emblem, default sharing image). Bodies are searched for the
 * image's address with instr(), then read back to rule out a longer key that starts the same.
 * Old revisions are not read: see docs/decisions/0013-deleting-images.md.
 */
export function mediaUsage(db: DatabaseOrTransaction, image: { id: number; storageKey: string }): MediaUsage {
  const prefix = mediaAddressPrefix(image.storageKey);
  const inBody = (html: string) => mediaKeysInHtml(html).has(image.storageKey);
  const articleRows = db
    .select({ id: articles.id, title: articles.title, status: articles.status, coverMediaId: articles.coverMediaId, bodyHtml: articles.bodyHtml })
    .from(articles)
    .where(or(eq(articles.coverMediaId, image.id), sql`instr(${articles.bodyHtml}, ${prefix}) > 0`))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .all();
  const pageRows = db
    .select({ id: pages.id, title: pages.title, bodyHtml: pages.bodyHtml })
    .from(pages)
    .where(sql`instr(${pages.bodyHtml}, ${prefix}) > 0`)
    .orderBy(pages.sortOrder, pages.id)
    .all();
  // The image fields do not depend on the slogan the settings fall back to.
  const { settings } = siteSettingsState(db, "");
  return {
    articles: articleRows
      .map((row) => ({ id: row.id, title: row.title, asCover: row.coverMediaId === image.id, inBody: inBody(row.bodyHtml), published: row.status === "published" }))
      .filter((article) => article.asCover || article.inBody),
    pages: pageRows.filter((row) => inBody(row.bodyHtml)).map(({ id, title }) => ({ id, title })),
    settings: [
      ...(settings.emblemMediaId === image.id ? (["emblem"] as const) : []),
      ...(settings.shareImageMediaId === image.id ? (["shareImage"] as const) : []),
    ],
  };
}
