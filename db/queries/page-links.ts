import { asc } from "drizzle-orm";
import type { Database } from "../client";
import { pages } from "../schema";

/** A page as a link: the footer, the menu picker and the menu's dead-target check read these. */
export type PageLink = { id: number; title: string; slug: string; parentId: number | null; isPublished: boolean };

/** Every page, in the admin's order (top-level pages and their children alike). */
export async function pageLinks(db: Database): Promise<PageLink[]> {
  const rows = await db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, parentId: pages.parentId, status: pages.status })
    .from(pages)
    .orderBy(asc(pages.sortOrder), asc(pages.id));
  return rows.map(({ status, ...page }) => ({ ...page, isPublished: status === "published" }));
}
