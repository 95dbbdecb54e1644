// The writes of the "about" pages; server/page-commands.ts decides whether and calls these inside its transaction.
import { and, asc, desc, eq, isNull, max, ne, sql } from "drizzle-orm";
import { foldsIntoLastRevision, type RevisionKind } from "@/core/editor-save";
import type { PageStatus } from "@/core/schemas/page";
import type { Database, Transaction } from "../client";
import { onlyRow } from "../sql";
import { type Page, pageRevisions, pages } from "../schema";
import { keepMovedSlug } from "./moved-slugs";

/** The fields an editor writes; status and order are changed by their own commands. */
export type PageContent = Pick<Page, "title" | "slug" | "summary" | "bodyHtml" | "lang" | "parentId" | "showContacts">;

const siblingsOf = (parentId: number | null) => (parentId === null ? isNull(pages.parentId) : eq(pages.parentId, parentId));

export async function pageSlugTaken(db: Database, slug: string, exceptId: number | null): Promise<boolean> {
  const found = await db.select({ id: pages.id }).from(pages).where(and(eq(pages.slug, slug), ne(pages.id, exceptId ?? -1))).limit(1);
  return found.length > 0;
}

async function lastSortOrder(db: Database, parentId: number | null): Promise<number> {
  const [row] = await db.select({ order: max(pages.sortOrder) }).from(pages).where(siblingsOf(parentId));
  return row?.order ?? 0;
}

async function recordRevision(tx: Transaction, pageId: number, kind: RevisionKind, savedBy: number, now: Date) {
  const [page] = await tx.select().from(pages).where(eq(pages.id, pageId));
  if (!page) return;
  const snapshot = { version: page.version, title: page.title, slug: page.slug, summary: page.summary, bodyHtml: page.bodyHtml, lang: page.lang, kind, savedBy, savedAt: now };
  const [last] = await tx.select().from(pageRevisions).where(eq(pageRevisions.pageId, pageId)).orderBy(desc(pageRevisions.id)).limit(1);
  if (last && foldsIntoLastRevision(last, { kind, savedBy, savedAt: now })) await tx.update(pageRevisions).set(snapshot).where(eq(pageRevisions.id, last.id));
  else await tx.insert(pageRevisions).values({ pageId, ...snapshot });
}

/** A new draft page, last among its siblings, with its first revision. */
export async function createPage(tx: Transaction, content: PageContent, authorId: number, kind: RevisionKind, now: Date): Promise<{ id: number; version: number }> {
  const sortOrder = (await lastSortOrder(tx, content.parentId)) + 1;
  const row = onlyRow(
    await tx
      .insert(pages)
      .values({ ...content, status: "draft", sortOrder, createdBy: authorId, updatedBy: authorId, createdAt: now, updatedAt: now })
      .returning({ id: pages.id, version: pages.version }),
  );
  await recordRevision(tx, row.id, kind, authorId, now);
  return row;
}

export type PageSaveOutcome = { ok: true; version: number } | { ok: false };

/**
 * Saves content only if nobody saved since `baseVersion` was read (never a silent overwrite), keeps a
 * revision, and keeps the old address of a published page as a permanent redirect: links to it
 * already shared (Zalo, Facebook, other sites) keep reaching it.
 */
export async function savePageContent(
  tx: Transaction,
  options: { id: number; baseVersion: number; content: PageContent; savedBy: number; kind: RevisionKind; now: Date },
): Promise<PageSaveOutcome> {
  const { id, baseVersion, content, savedBy, kind, now } = options;
  const [before] = await tx.select({ parentId: pages.parentId, slug: pages.slug, status: pages.status }).from(pages).where(eq(pages.id, id));
  if (!before) return { ok: false };
  // Moved under another parent, it goes last there.
  const moved = before.parentId !== content.parentId ? { sortOrder: (await lastSortOrder(tx, content.parentId)) + 1 } : {};
  const [updated] = await tx
    .update(pages)
    .set({ ...content, ...moved, updatedBy: savedBy, updatedAt: now, version: sql`${pages.version} + 1` })
    .where(and(eq(pages.id, id), eq(pages.version, baseVersion)))
    .returning({ version: pages.version });
  if (!updated) return { ok: false };
  await keepMovedSlug(tx, "page", id, { from: before.slug, to: content.slug, statusBefore: before.status }, now);
  await recordRevision(tx, id, kind, savedBy, now);
  return { ok: true, version: updated.version };
}

export async function setPageStatus(tx: Transaction, id: number, status: PageStatus, changedBy: number, now: Date): Promise<void> {
  await tx.update(pages).set({ status, updatedBy: changedBy, updatedAt: now }).where(eq(pages.id, id));
}

/** The page's siblings (itself included) in their order. */
export async function pageSiblings(db: Database, parentId: number | null): Promise<{ id: number }[]> {
  return db.select({ id: pages.id }).from(pages).where(siblingsOf(parentId)).orderBy(asc(pages.sortOrder), asc(pages.id));
}

/** Renumbers siblings in the given order: equal sort orders (old data) can't make a move a no-op. */
export async function writePageOrder(tx: Transaction, orderedIds: number[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) await tx.update(pages).set({ sortOrder: index + 1 }).where(eq(pages.id, id));
}

/** The titles of the pages directly under this one. */
export async function childPageTitles(db: Database, id: number): Promise<string[]> {
  const rows = await db.select({ title: pages.title }).from(pages).where(eq(pages.parentId, id)).orderBy(asc(pages.sortOrder), asc(pages.id));
  return rows.map((row) => row.title);
}

export async function deletePageRow(tx: Transaction, id: number): Promise<boolean> {
  return (await tx.delete(pages).where(eq(pages.id, id)).returning({ id: pages.id })).length > 0;
}
