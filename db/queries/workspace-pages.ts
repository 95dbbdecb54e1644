import type { RevisionKind } from "@/core/editor-save";
// The "about" pages as the workspace shows them: the tree, one page to edit, its revisions.
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { PageLanguage, PageStatus } from "@/core/schemas/page";
import type { Database } from "../client";
import { pageRevisions, pages, users } from "../schema";
import type { PageContent } from "./page-writes";

const lastEditor = alias(users, "last_editor");

export type EditablePage = PageContent & { id: number; status: PageStatus; version: number; updatedAt: Date; updatedByName: string | null };

export async function editablePage(db: Database, id: number): Promise<EditablePage | null> {
  const [row] = await db
    .select({
      id: pages.id,
      title: pages.title,
      slug: pages.slug,
      summary: pages.summary,
      bodyHtml: pages.bodyHtml,
      lang: pages.lang,
      parentId: pages.parentId,
      showContacts: pages.showContacts,
      status: pages.status,
      version: pages.version,
      updatedAt: pages.updatedAt,
      updatedByName: lastEditor.displayName,
    })
    .from(pages)
    .leftJoin(lastEditor, eq(lastEditor.id, pages.updatedBy))
    .where(eq(pages.id, id));
  return row ?? null;
}

/** A page in the workspace's list: where it sits in the tree, whether readers see it, who saved it last and when. */
export type AdminPage = { id: number; parentId: number | null; title: string; slug: string; status: PageStatus; lang: PageLanguage; updatedAt: Date; updatedByName: string | null };

/** Every page, siblings in their order (core/unit-tree.ts treeOrder nests them). */
export async function adminPages(db: Database): Promise<AdminPage[]> {
  return db
    .select({
      id: pages.id,
      parentId: pages.parentId,
      title: pages.title,
      slug: pages.slug,
      status: pages.status,
      lang: pages.lang,
      updatedAt: pages.updatedAt,
      updatedByName: lastEditor.displayName,
    })
    .from(pages)
    .leftJoin(lastEditor, eq(lastEditor.id, pages.updatedBy))
    .orderBy(asc(pages.sortOrder), asc(pages.id));
}

export type PageRevisionSummary = { id: number; version: number; kind: RevisionKind; savedAt: Date; savedByName: string | null };

export async function revisionsOfPage(db: Database, pageId: number): Promise<PageRevisionSummary[]> {
  return db
    .select({ id: pageRevisions.id, version: pageRevisions.version, kind: pageRevisions.kind, savedAt: pageRevisions.savedAt, savedByName: users.displayName })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.savedBy))
    .where(eq(pageRevisions.pageId, pageId))
    .orderBy(desc(pageRevisions.id));
}

export type PageRevisionView = PageRevisionSummary & Pick<PageContent, "title" | "slug" | "summary" | "bodyHtml" | "lang">;

/** One revision of this page with what it saved; null when it is not one of this page's. */
export async function revisionOfPage(db: Database, pageId: number, revisionId: number): Promise<PageRevisionView | null> {
  const [row] = await db
      .select({
        id: pageRevisions.id,
        version: pageRevisions.version,
        kind: pageRevisions.kind,
        savedAt: pageRevisions.savedAt,
        savedByName: users.displayName,
        title: pageRevisions.title,
        slug: pageRevisions.slug,
        summary: pageRevisions.summary,
        bodyHtml: pageRevisions.bodyHtml,
        lang: pageRevisions.lang,
      })
      .from(pageRevisions)
      .leftJoin(users, eq(users.id, pageRevisions.savedBy))
      .where(and(eq(pageRevisions.pageId, pageId), eq(pageRevisions.id, revisionId)));
  return row ?? null;
}
