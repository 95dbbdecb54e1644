// The "about" pages as readers see them: only published ones, with the way back up the tree and the pages under them.
import { and, asc, eq } from "drizzle-orm";
import { ancestorsOf } from "@/core/page-tree";
import type { PageLanguage, PageStatus } from "@/core/schemas/page";
import type { DatabaseOrTransaction } from "../client";
import { pages } from "../schema";

export type PageLinkView = { id: number; title: string; slug: string };

export type PageView = PageLinkView & {
  summary: string;
  bodyHtml: string;
  lang: PageLanguage;
  showContacts: boolean;
  updatedAt: Date;
  /** The published pages above it, from the top down: its breadcrumbs. */
  ancestors: PageLinkView[];
  /** The published pages directly under it, in their order. */
  children: (PageLinkView & { summary: string })[];
};

const isPublished = eq(pages.status, "published");
const viewColumns = { id: pages.id, title: pages.title, slug: pages.slug, summary: pages.summary, bodyHtml: pages.bodyHtml, lang: pages.lang, showContacts: pages.showContacts, updatedAt: pages.updatedAt };

function withTree(db: DatabaseOrTransaction, page: Omit<PageView, "ancestors" | "children">): PageView {
  // Pages are dozens at most: the whole tree is one small read.
  const tree = db.select({ id: pages.id, parentId: pages.parentId, title: pages.title, slug: pages.slug, status: pages.status }).from(pages).all();
  const ancestors = ancestorsOf(tree, page.id)
    .filter((ancestor) => ancestor.status === "published")
    .map(({ id, title, slug }) => ({ id, title, slug }));
  const children = db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, summary: pages.summary })
    .from(pages)
    .where(and(eq(pages.parentId, page.id), isPublished))
    .orderBy(asc(pages.sortOrder), asc(pages.id))
    .all();
  return { ...page, ancestors, children };
}

/** The published page at /gioi-thieu/<slug>, or null (missing, or a draft). */
export function publishedPageBySlug(db: DatabaseOrTransaction, slug: string): PageView | null {
  const page = db.select(viewColumns).from(pages).where(and(eq(pages.slug, slug), isPublished)).get();
  return page ? withTree(db, page) : null;
}

/** Any page as its public page would show it, draft or not, with its status: for the staff preview. */
export function pageAsPublished(db: DatabaseOrTransaction, id: number): { page: PageView; status: PageStatus } | null {
  const row = db.select({ ...viewColumns, status: pages.status }).from(pages).where(eq(pages.id, id)).get();
  if (!row) return null;
  const { status, ...page } = row;
  return { page: withTree(db, page), status };
}

export type PageText = PageLinkView & { summary: string; bodyHtml: string };

/** Every published page's text, in the admin's order, for the site search (pages are few: matched in code, core/search-text.ts). */
export function publishedPageTexts(db: DatabaseOrTransaction): PageText[] {
  return db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, summary: pages.summary, bodyHtml: pages.bodyHtml })
    .from(pages)
    .where(isPublished)
    .orderBy(asc(pages.sortOrder), asc(pages.id))
    .all();
}

/** The public addresses of the published pages, for the sitemap. */
export function publicPageAddresses(db: DatabaseOrTransaction): { slug: string; updatedAt: Date }[] {
  return db.select({ slug: pages.slug, updatedAt: pages.updatedAt }).from(pages).where(isPublished).orderBy(asc(pages.sortOrder), asc(pages.id)).all();
}
