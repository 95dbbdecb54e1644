import Link from "next/link";
import type { CurrentMenuItem } from "@/core/menu-current";
import type { MenuLink } from "@/core/menu-links";

type MenuAnchorProps = { link: MenuLink; current: CurrentMenuItem | null; className: (state: { isCurrent: boolean }) => string; onNavigate?: () => void };

/**
 * One menu item's link. The item for the page being read says so to screen readers: "page" when it
 * is that very page, "true" when the page is under it (an article under "Tin tức"). Another site
 * opens in a new tab, and says so.
 */
export function MenuAnchor({ link, current, className, onNavigate }: MenuAnchorProps) {
  if (link.external) {
    return (
      <a href={link.href} target="_blank" rel="noopener noreferrer" className={className({ isCurrent: false })} onClick={onNavigate}>
        {link.label}
        <span className="sr-only"> (mở trong thẻ mới)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  }
  const isCurrent = current?.key === link.key;
  return (
    <Link href={link.href} aria-current={isCurrent ? (current.exact ? "page" : "true") : undefined} className={className({ isCurrent })} onClick={onNavigate}>
      {link.label}
    </Link>
  );
}
