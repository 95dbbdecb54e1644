// Which menu item is the page being read: the header's client island runs this in the browser, so
// it imports nothing but a type.
import type { MenuLink } from "./menu-links";

/** The item for the page being read, and the top-level item it is under. */
export type CurrentMenuItem = { key: string; exact: boolean; sectionKey: string };

/** An address's path, without its query, fragment or trailing slash: "/tin-tuc/?trang=2" is "/tin-tuc". */
export const pathOf = (href: string) => {
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
