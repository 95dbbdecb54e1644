// The writes of the "about" pages; server/page-commands.ts decides whether and calls these inside its transaction.
import { and, asc, desc, eq, isNull, max, ne, sql } from "drizzle-orm";
import { foldsIntoLastRevision, type RevisionKind } from "@/core/editor-save";
import type { PageStatus } from "@/core/schemas/page";
import type { DatabaseOrTransaction } from "../client";
import { type Page, pageRevisions, pages } from "../schema";

/** The fields an editor writes; status and order are changed by their own commands. */
export type PageContent = Pick<Page, "title" | "slug" | "summary" | "bodyHtml" | "lang" | "parentId" | "showContacts">;

const siblingsOf = (parentId: number | null) => (parentId === null ? isNull(pages.parentId) : eq(pages.parentId, parentId));

export function pageSlugTaken(db: DatabaseOrTransaction, slug: string, exceptId: number | null): boolean {
  return Boolean(db.select({ id: pages.id }).from(pages).where(and(eq(pages.slug, slug), ne(pages.id, exceptId ?? -1))).get());
}

function lastSortOrder(db: DatabaseOrTransaction, parentId: number | null): number {
  return db.select({ order: max(pages.sortOrder) }).from(pages).where(siblingsOf(parentId)).get()?.order ?? 0;
}

function recordRevision(db: DatabaseOrTransaction, pageId: number, kind: RevisionKind, savedBy: number, now: Date) {
  const page = db.select().from(pages).where(eq(pages.id, pageId)).get();
  if (!page) return;
  const snapshot = { version: page.version, title: page.title, slug: page.slug, summary: page.summary, bodyHtml: page.bodyHtml, lang: page.lang, kind, savedBy, savedAt: now };
  const last = db.select().from(pageRevisions).where(eq(pageRevisions.pageId, pageId)).orderBy(desc(pageRevisions.id)).limit(1).get();
  if (last && foldsIntoLastRevision(last, { kind, savedBy, savedAt: now })) db.update(pageRevisions).set(snapshot).where(eq(pageRevisions.id, last.id)).run();
  else db.insert(pageRevisions).values({ pageId, ...snapshot }).run();
}

/** A new draft page, last among its siblings, with its first revision. */
export function createPage(db: DatabaseOrTransaction, content: PageContent, authorId: number, kind: RevisionKind, now: Date): { id: number; version: number } {
  return db.transaction((tx) => {
    const row = tx
      .insert(pages)
      .values({ ...content, status: "draft", sortOrder: lastSortOrder(tx, content.parentId) + 1, createdBy: authorId, updatedBy: authorId, createdAt: now, updatedAt: now })
      .returning({ id: pages.id, version: pages.version })
      .get();
    recordRevision(tx, row.id, kind, authorId, now);
    return row;
  });
}

export type PageSaveOutcome = { ok: true; version: number } | { ok: false };

/** Saves content only if nobody saved since `baseVersion` was read (never a silent overwrite), and keeps a revision. */
export function savePageContent(
  db: DatabaseOrTransaction,
  options: { id: number; baseVersion: number; content: PageContent; savedBy: number; kind: RevisionKind; now: Date },
): PageSaveOutcome {
  const { id, baseVersion, content, savedBy, kind, now } = options;
  return db.transaction((tx) => {
    const before = tx.select({ parentId: pages.parentId }).from(pages).where(eq(pages.id, id)).get();
    if (!before) return { ok: false } as const;
    // Moved under another parent, it goes last there.
    const moved = before.parentId !== content.parentId ? { sortOrder: lastSortOrder(tx, content.parentId) + 1 } : {};
    const updated = tx
      .update(pages)
      .set({ ...content, ...moved, updatedBy: savedBy, updatedAt: now, version: sql`${pages.version} + 1` })
      .where(and(eq(pages.id, id), eq(pages.version, baseVersion)))
      .returning({ version: pages.version })
      .get();
    if (!updated) return { ok: false } as const;
    recordRevision(tx, id, kind, savedBy, now);
    return { ok: true, version: updated.version } as const;
  });
}

export function setPageStatus(db: DatabaseOrTransaction, id: number, status: PageStatus, changedBy: number, now: Date): void {
  db.update(pages).set({ status, updatedBy: changedBy, updatedAt: now }).where(eq(pages.id, id)).run();
}

/** The page's siblings (itself included) in their order. */
export function pageSiblings(db: DatabaseOrTransaction, parentId: number | null): { id: number }[] {
  return db.select({ id: pages.id }).from(pages).where(siblingsOf(parentId)).orderBy(asc(pages.sortOrder), asc(pages.id)).all();
}

/** Renumbers siblings in the given order: equal sort orders (old data) can't make a move a no-op. */
export function writePageOrder(db: DatabaseOrTransaction, orderedIds: number[]): void {
  db.transaction((tx) => orderedIds.forEach((id, index) => tx.update(pages).set({ sortOrder: index + 1 }).where(eq(pages.id, id)).run()));
}

/** The titles of the pages directly under this one. */
export function childPageTitles(db: DatabaseOrTransaction, id: number): string[] {
  return db.select({ title: pages.title }).from(pages).where(eq(pages.parentId, id)).orderBy(asc(pages.sortOrder), asc(pages.id)).all().map((row) => row.title);
}

export function deletePageRow(db: DatabaseOrTransaction, id: number): boolean {
  return db.delete(pages).where(eq(pages.id, id)).run().changes > 0;
}
