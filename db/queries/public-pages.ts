// The "about" pages as readers see them: only published ones, with the way back up the tree and the pages under them.
import { and, asc, eq } from "drizzle-orm";
import { ancestorsOf } from "@/core/page-tree";
import type { PageLanguage, PageStatus } from "@/core/schemas/page";
import type { Database } from "../client";
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

async function withTree(db: Database, page: Omit<PageView, "ancestors" | "children">): Promise<PageView> {
  // Pages are dozens at most: the whole tree is one small read.
  const tree = await db.select({ id: pages.id, parentId: pages.parentId, title: pages.title, slug: pages.slug, status: pages.status }).from(pages);
  const ancestors = ancestorsOf(tree, page.id)
    .filter((ancestor) => ancestor.status === "published")
    .map(({ id, title, slug }) => ({ id, title, slug }));
  const children = await db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, summary: pages.summary })
    .from(pages)
    .where(and(eq(pages.parentId, page.id), isPublished))
    .orderBy(asc(pages.sortOrder), asc(pages.id));
  return { ...page, ancestors, children };
}

/** The published page at /gioi-thieu/<slug>, or null (missing, or a draft). */
export async function publishedPageBySlug(db: Database, slug: string): Promise<PageView | null> {
  const [page] = await db.select(viewColumns).from(pages).where(and(eq(pages.slug, slug), isPublished));
  return page ? withTree(db, page) : null;
}

/** Any page as its public page would show it, draft or not, with its status: for the staff preview. */
export async function pageAsPublished(db: Database, id: number): Promise<{ page: PageView; status: PageStatus } | null> {
  const [row] = await db.select({ ...viewColumns, status: pages.status }).from(pages).where(eq(pages.id, id));
  if (!row) return null;
  const { status, ...page } = row;
  return { page: await withTree(db, page), status };
}

export type PageText = PageLinkView & { summary: string; bodyHtml: string };

/** Every published page's text, in the admin's order, for the site search (pages are few: matched in code, core/search-text.ts). */
export async function publishedPageTexts(db: Database): Promise<PageText[]> {
  return db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, summary: pages.summary, bodyHtml: pages.bodyHtml })
    .from(pages)
    .where(isPublished)
    .orderBy(asc(pages.sortOrder), asc(pages.id));
}

/** The public addresses of the published pages, for the sitemap. */
export async function publicPageAddresses(db: Database): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.select({ slug: pages.slug, updatedAt: pages.updatedAt }).from(pages).where(isPublished).orderBy(asc(pages.sortOrder), asc(pages.id));
}
