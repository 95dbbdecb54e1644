import { menuFlagOf, targetOf, type MenuNode, type MenuTargets } from "./menu-tree";
import { pagePath } from "./public-routes";

/** An item as readers get it: where it goes, and whether that is another site (a new tab). */
export type MenuLink = { key: string; label: string; href: string; external: boolean; children: MenuLink[] };

function hrefOf(node: MenuNode, targets: MenuTargets): string | null {
  if (node.kind === "home") return "/";
  if (node.kind === "path" || node.kind === "external") return node.url || null;
  if (menuFlagOf(node, targets)) return null;
  const target = targetOf(node, targets);
  if (!target) return null;
  if (node.kind === "category") return `/chuyen-muc/${target.slug}`;
  if (node.kind === "unit") return `/don-vi/${target.slug}`;
  return pagePath(target.slug);
}

/**
 * The stored menu as readers see it. An item whose category, unit or page was deleted, or whose
 * page is not published, is left out, and its sub-items with it: they were arranged under it.
 */
export function menuLinks(tree: readonly MenuNode[], targets: MenuTargets): MenuLink[] {
  const link = (node: MenuNode): MenuLink | null => {
    const href = hrefOf(node, targets);
    if (!href) return null;
    const children = node.children.map(link).filter((child): child is MenuLink => child !== null);
    return { key: node.key, label: node.label, href, external: node.kind === "external", children };
  };
  return tree.map(link).filter((item): item is MenuLink => item !== null);
}

/** A site whose admin has not arranged a menu yet shows what the header always showed. */
export function fallbackMenuLinks(categories: readonly { id: number; name: string; slug: string }[]): MenuLink[] {
  const plain = (key: string, label: string, href: string): MenuLink => ({ key, label, href, external: false, children: [] });
  return [plain("trang-chu", "Trang chủ", "/"), plain("tat-ca-tin", "Tất cả tin", "/tin-tuc"), ...categories.map((c) => plain(`chuyen-muc-${c.id}`, c.name, `/chuyen-muc/${c.slug}`))];
}

/** The item for the page being read, and the top-level item it is under. */
export type CurrentMenuItem = { key: string; exact: boolean; sectionKey: string };

const pathOf = (href: string) => {
  const path = href.split(/[?#]/, 1)[0] ?? "";
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
};

/**
 * Which item to mark for the address being read: the one pointing at exactly this path; else the
 * one whose path this address is under (/tin-tuc for /tin-tuc/dai-hoi-…), the longest such. The
 * home page marks only itself. External links mark nothing.
 */
export function currentMenuItem(links: readonly MenuLink[], pathname: string): CurrentMenuItem | null {
  const here = pathOf(pathname);
  const candidates = links.flatMap((top) => [top, ...top.children].filter((link) => !link.external).map((link) => ({ link, sectionKey: top.key, path: pathOf(link.href) })));
  const exact = candidates.find((candidate) => candidate.path === here);
  if (exact) return { key: exact.link.key, exact: true, sectionKey: exact.sectionKey };
  const under = candidates
    .filter((candidate) => candidate.path !== "/" && here.startsWith(`${candidate.path}/`))
    .reduce<(typeof candidates)[number] | null>((best, candidate) => (!best || candidate.path.length > best.path.length ? candidate : best), null);
  return under ? { key: under.link.key, exact: false, sectionKey: under.sectionKey } : null;
}
