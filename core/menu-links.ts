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
