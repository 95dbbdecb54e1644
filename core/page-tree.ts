import type { Crumb } from "./json-ld";
import { pagePath } from "./public-routes";
import { wouldCreateCycle } from "./unit-tree";

// The "about" pages form a tree (Giới thiệu › Lịch sử truyền thống): the rules that keep it one.

export type PageNode = { id: number; parentId: number | null };

/**
 * Why `parentId` cannot be the parent of page `pageId` (null for a page not yet saved), or null
 * when it can: it must be another page that exists, and not the page itself or one of its own
 * sub-pages, or the page would be its own ancestor and drop out of the tree.
 */
export function parentProblem(pages: readonly PageNode[], pageId: number | null, parentId: number | null): string | null {
  if (parentId === null) return null;
  if (parentId === pageId) return "Một trang không thể là trang cha của chính nó.";
  if (!pages.some((page) => page.id === parentId)) return "Trang cha đã chọn không còn. Hãy chọn lại.";
  if (pageId !== null && wouldCreateCycle(pages, pageId, parentId)) return "Không thể đặt trang dưới một trang con của chính nó.";
  return null;
}

/** The pages that may become this page's parent: every other page but its own sub-pages. */
export function possibleParents<T extends PageNode>(pages: readonly T[], pageId: number | null): T[] {
  return pages.filter((page) => parentProblem(pages, pageId, page.id) === null);
}

/** The page's ancestors, from the top of the tree down to its parent; stops on a tree that loops. */
export function ancestorsOf<T extends PageNode>(pages: readonly T[], pageId: number): T[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const chain: T[] = [];
  const seen = new Set([pageId]);
  for (let parentId = byId.get(pageId)?.parentId ?? null; parentId !== null && !seen.has(parentId); ) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain;
}

/** Trang chủ › Giới thiệu › Lịch sử truyền thống: the home page, the page's ancestors, then the page. */
export function breadcrumbsOf(page: { title: string; slug: string; ancestors: readonly { title: string; slug: string }[] }): Crumb[] {
  return [{ name: "Trang chủ", path: "/" }, ...page.ancestors.map((ancestor) => ({ name: ancestor.title, path: pagePath(ancestor.slug) })), { name: page.title, path: pagePath(page.slug) }];
}
