"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";
import type { CurrentMenuItem } from "@/core/menu-current";
import type { MenuLink } from "@/core/menu-links";
import { MenuAnchor } from "./menu-anchor";

type SiteMenuPanelProps = { id: string; links: MenuLink[]; current: CurrentMenuItem | null; onClose: (returnFocus: boolean) => void };

const FOCUSABLE = "a[href], button:not([disabled])";

const itemClass = (marked: boolean, sub: boolean) =>
  `block border-l-4 py-3 pr-4 ${sub ? "pl-9 text-sm" : "pl-4 font-semibold"} ${marked ? "border-gold-400 bg-brand-50 font-bold" : "border-transparent"} hover:bg-brand-50`;

/**
 * The phone's menu: every item and sub-item in one column, over the page. While it is open, Tab
 * and Shift+Tab stay inside it; Escape, the close button or a tap beside it close it and put the
 * focus back on the "Menu" button.
 */
export function SiteMenuPanel({ id, links, current, onClose }: SiteMenuPanelProps) {
  const panel = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeButton.current?.focus();
    const body = document.body.style;
    const overflow = body.overflow;
    body.overflow = "hidden";
    // Focus that lands behind the panel (a click there, a screen reader's jump) comes back to it.
    const keepFocus = (event: FocusEvent) => {
      if (panel.current && event.target instanceof Node && !panel.current.contains(event.target)) closeButton.current?.focus();
    };
    document.addEventListener("focusin", keepFocus);
    return () => {
      body.overflow = overflow;
      document.removeEventListener("focusin", keepFocus);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose(true);
      return;
    }
    if (event.key !== "Tab" || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="fixed inset-0 z-50 md:hidden">
      <div className="absolute inset-0 bg-black/50" aria-hidden="true" onClick={() => onClose(true)} />
      <div ref={panel} id={id} role="dialog" aria-modal="true" aria-labelledby={`${id}-tieu-de`} onKeyDown={onKeyDown} className="relative flex h-full w-[min(100%,22rem)] flex-col overflow-y-auto bg-white text-brand-900 shadow-xl">
        <div className="flex items-center justify-between border-b border-neutral-200 px-4 py-2">
          <h2 id={`${id}-tieu-de`} className="text-lg font-bold">Menu</h2>
          <button ref={closeButton} type="button" onClick={() => onClose(true)} className="min-h-11 rounded border border-neutral-300 px-3 text-sm font-semibold">
            Đóng menu
          </button>
        </div>
        <ul className="py-2">
          {links.map((link) => (
            <li key={link.key}>
              <MenuAnchor link={link} current={current} onNavigate={() => onClose(false)} className={({ isCurrent }) => itemClass(isCurrent || current?.sectionKey === link.key, false)} />
              {link.children.length > 0 && (
                <ul aria-label={`Mục con của ${link.label}`}>
                  {link.children.map((child) => (
                    <li key={child.key}>
                      <MenuAnchor link={child} current={current} onNavigate={() => onClose(false)} className={({ isCurrent }) => itemClass(isCurrent, true)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
