"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type FocusEvent } from "react";
import { flushSync } from "react-dom";
import { useInBrowser } from "@/components/ui/use-in-browser";
import { currentMenuItem, type CurrentMenuItem } from "@/core/menu-current";
import type { MenuLink } from "@/core/menu-links";
import { MenuAnchor } from "./menu-anchor";
import { SiteMenuPanel } from "./site-menu-panel";

const groupId = (key: string) => `menu-nhom-${key}`;
const toggleId = (key: string) => `menu-mo-${key}`;
const PANEL_ID = "menu-dien-thoai";

const barClass = (marked: boolean) => `block px-3 py-3 hover:bg-brand-700 ${marked ? "bg-brand-700 shadow-[inset_0_-4px_0_var(--color-gold-400)]" : ""}`;
const dropdownClass = ({ isCurrent }: { isCurrent: boolean }) => `block border-l-4 px-4 py-2 hover:bg-brand-50 ${isCurrent ? "border-gold-400 bg-brand-50 font-bold" : "border-transparent font-semibold"}`;

/**
 * The header's navigation. Wide screens: a bar, sub-items in a drop-down that opens on hover, and
 * by its ▾ button for the keyboard and touch. Phones (under 768 px): a "Menu" button in the header's bar, opening a panel.
 */
export function SiteMenuNav({ links }: { links: MenuLink[] }) {
  const pathname = usePathname();
  // A cached public page is one render served to everyone who asks for it (the 404 page to every
  // missing address): the item for the page being read is worked out here, once hydrated.
  const inBrowser = useInBrowser();
  const current = inBrowser ? currentMenuItem(links, pathname) : null;
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  // An open drop-down closes on Escape (the focus back on its button) or on a click outside it.
  useEffect(() => {
    if (openKey === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenKey(null);
      document.getElementById(toggleId(openKey))?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Node && document.getElementById(groupId(openKey))?.contains(event.target))) setOpenKey(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClick);
    };
  }, [openKey]);

  const closePanel = (returnFocus: boolean) => {
    if (!returnFocus) return setPanelOpen(false);
    // Closed first, so that the panel no longer holds the focus the button takes back.
    flushSync(() => setPanelOpen(false));
    menuButton.current?.focus();
  };

  return (
    <nav aria-label="Menu chính" className="md:bg-brand-900 md:text-white">
      {/* Phones: the button sits at the right of the header's 64 px bar (site-header.tsx). */}
      <div className="absolute right-2 top-0 flex h-16 items-center md:hidden">
        {/* Disabled until hydrated, as the drop-down buttons: a tap before then would do nothing. */}
        <button
          ref={menuButton}
          type="button"
          disabled={!inBrowser}
          aria-haspopup="dialog"
          aria-expanded={panelOpen}
          aria-controls={panelOpen ? PANEL_ID : undefined}
          onClick={() => setPanelOpen(true)}
          className="flex min-h-11 items-center gap-2 rounded bg-brand-900 px-3 text-sm font-semibold text-white"
        >
          <span aria-hidden="true">☰</span> Menu
        </button>
      </div>
      <ul className="mx-auto hidden max-w-6xl flex-wrap px-2 text-sm font-semibold md:flex">
        {links.map((link) => (
          <BarItem key={link.key} link={link} current={current} ready={inBrowser} open={openKey === link.key} onOpen={(open) => setOpenKey(open ? link.key : null)} />
        ))}
      </ul>
      {panelOpen && <SiteMenuPanel id={PANEL_ID} links={links} current={current} onClose={closePanel} />}
    </nav>
  );
}

type BarItemProps = { link: MenuLink; current: CurrentMenuItem | null; ready: boolean; open: boolean; onOpen: (open: boolean) => void };

function BarItem({ link, current, ready, open, onOpen }: BarItemProps) {
  const inSection = current?.sectionKey === link.key;
  if (link.children.length === 0) {
    return (
      <li>
        <MenuAnchor link={link} current={current} className={() => barClass(inSection)} />
      </li>
    );
  }
  const leave = (event: FocusEvent<HTMLLIElement>) => {
    if (open && !(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) onOpen(false);
  };
  return (
    <li id={groupId(link.key)} className="group relative flex" onBlur={leave}>
      <MenuAnchor link={link} current={current} className={() => `${barClass(inSection)} pr-1`} onNavigate={() => onOpen(false)} />
      <button id={toggleId(link.key)} type="button" disabled={!ready} aria-expanded={open} aria-controls={`${groupId(link.key)}-con`} onClick={() => onOpen(!open)} className={`px-2 hover:bg-brand-700 ${inSection ? "bg-brand-700 shadow-[inset_0_-4px_0_var(--color-gold-400)]" : ""}`}>
        <span aria-hidden="true">▾</span>
        <span className="sr-only">Mục con của {link.label}</span>
      </button>
      <ul id={`${groupId(link.key)}-con`} className={`${open ? "block" : "hidden"} absolute left-0 top-full z-30 min-w-64 rounded-b bg-white py-1 text-brand-900 shadow-lg group-hover:block`}>
        {link.children.map((child) => (
          <li key={child.key}>
            <MenuAnchor link={child} current={current} className={dropdownClass} onNavigate={() => onOpen(false)} />
          </li>
        ))}
      </ul>
    </li>
  );
}
