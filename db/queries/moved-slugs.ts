// The old addresses of pages, albums, documents and videos (core/moved-slugs.ts): kept by the save
// that changes a slug, read when a public address finds nothing at its slug.
import { and, eq, like, ne } from "drizzle-orm";
import type { MovedSlugSection } from "@/core/moved-slugs";
import { slugStem } from "@/core/slug";
import type { Database, Transaction } from "../client";
import { albums, documents, movedSlugs, pages, videos } from "../schema";

const ownerColumn = { page: "pageId", album: "albumId", document: "documentId", video: "videoId" } as const satisfies Record<MovedSlugSection, keyof typeof movedSlugs.$inferSelect>;

const owners = (section: MovedSlugSection, id: number) => ({ pageId: null, albumId: null, documentId: null, videoId: null, [ownerColumn[section]]: id });

/**
 * After a save that may have changed a thing's slug, in its transaction: the new slug is the thing's
 * own (an old address of anything else there goes), and the slug it leaves leads to it if readers
 * could have had it: the thing was published then, or published once and taken down ("unpublished";
 * a page taken down is a draft again, and its address is kept only while published).
 */
export async function keepMovedSlug(tx: Transaction, section: MovedSlugSection, id: number, change: { from: string; to: string; statusBefore: string }, now: Date): Promise<void> {
  if (change.from === change.to) return;
  await tx.delete(movedSlugs).where(and(eq(movedSlugs.section, section), eq(movedSlugs.slug, change.to)));
  if (change.statusBefore !== "published" && change.statusBefore !== "unpublished") return;
  await tx
    .insert(movedSlugs)
    .values({ section, slug: change.from, ...owners(section, id), createdAt: now })
    .onConflictDoUpdate({ target: [movedSlugs.section, movedSlugs.slug], set: owners(section, id) });
}

/**
 * The old slugs of the section's other things that a slug numbered from `base` could take: a new
 * album, document or video must not take an address readers have for another one.
 */
export async function movedSlugsOfOthers(db: Database | Transaction, section: MovedSlugSection, base: string, exceptId: number | null): Promise<string[]> {
  const rows = await db
    .select({ slug: movedSlugs.slug })
    .from(movedSlugs)
    .where(and(eq(movedSlugs.section, section), like(movedSlugs.slug, `${slugStem(base)}%`), ne(movedSlugs[ownerColumn[section]], exceptId ?? -1)));
  return rows.map((row) => row.slug);
}

/** Where an old address of the section now leads (the thing's slug today), if the thing is published. */
export async function movedSlugTarget(db: Database, section: MovedSlugSection, oldSlug: string): Promise<string | null> {
  const at = and(eq(movedSlugs.section, section), eq(movedSlugs.slug, oldSlug));
  const query = () => {
    switch (section) {
      case "page":
        return db.select({ slug: pages.slug }).from(movedSlugs).innerJoin(pages, eq(pages.id, movedSlugs.pageId)).where(and(at, eq(pages.status, "published")));
      case "album":
        return db.select({ slug: albums.slug }).from(movedSlugs).innerJoin(albums, eq(albums.id, movedSlugs.albumId)).where(and(at, eq(albums.status, "published")));
      case "document":
        return db.select({ slug: documents.slug }).from(movedSlugs).innerJoin(documents, eq(documents.id, movedSlugs.documentId)).where(and(at, eq(documents.status, "published")));
      case "video":
        return db.select({ slug: videos.slug }).from(movedSlugs).innerJoin(videos, eq(videos.id, movedSlugs.videoId)).where(and(at, eq(videos.status, "published")));
    }
  };
  const [row] = await query();
  return row?.slug ?? null;
}
