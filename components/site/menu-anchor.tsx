import type { MenuLink } from "@/core/menu-links";

/**
 * One menu item's link. Every link of an item carries its key (and a top-level item its section),
 * which the header's island reads to mark the page being read (site-menu-enhancer.tsx). Another
 * site opens in a new tab, and says so.
 */
export function MenuAnchor({ link, section, className }: { link: MenuLink; section?: string; className: string }) {
  if (link.external) {
    return (
      <a href={link.href} target="_blank" rel="noopener noreferrer" className={className}>
        {link.label}
        <span className="sr-only"> (mở trong thẻ mới)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  }
  return (
    <a href={link.href} data-menu-key={link.key} data-menu-section={section} className={className}>
      {link.label}
    </a>
  );
}
