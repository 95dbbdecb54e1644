"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useInBrowser } from "@/components/ui/use-in-browser";
import { currentWorkspaceSection, type WorkspaceSection } from "@/core/workspace-sections";

const PANEL_ID = "menu-quan-tri";
const linkClass = "block whitespace-nowrap rounded px-3 py-3 hover:bg-white/10 aria-[current=page]:bg-white/15 aria-[current=page]:shadow-[inset_0_-3px_0_var(--color-gold-400)] lg:py-2";

/**
 * The workspace's menu (the sections the layout gives this account) and the signed-in account
 * (`children`). Wide screens (1024 px and up): always in the header's bar. Phones and tablets: a
 * "Menu" button at the right of the bar, so a page starts in the first screen instead of under up
 * to sixteen links; it opens them below the bar, and choosing one, Escape or the button closes
 * them. The section of the page being read is marked; the number of articles waiting for review
 * shows beside "Chờ duyệt" and on the button. Disabled until its script runs, like the public
 * menu's button: a tap before then would do nothing.
 */
export function WorkspaceMenu({ sections, waiting, children }: { sections: WorkspaceSection[]; waiting: number; children: ReactNode }) {
  const ready = useInBrowser();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openOn, setOpenOn] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  const current = currentWorkspaceSection(sections, pathname);
  // A new page (a link, the browser's Back) closes the menu.
  if (openOn !== pathname) {
    setOpenOn(pathname);
    setOpen(false);
  }

  function closeOnLink(event: MouseEvent<HTMLDivElement>) {
    if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
  }

  // Where the focus is while the menu is open: on its button, or on a link in it.
  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        disabled={!ready}
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
        className="ml-auto flex min-h-11 items-center gap-2 rounded px-3 text-sm font-semibold hover:bg-white/10 lg:hidden"
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span> Menu
        {waiting > 0 && (
          <span className="rounded-full bg-gold-400 px-2 py-0.5 text-xs font-bold text-brand-900">
            {waiting}
            <span className="sr-only"> bài chờ duyệt</span>
          </span>
        )}
      </button>
      <div
        id={PANEL_ID}
        onClick={closeOnLink}
        onKeyDown={closeOnEscape}
        className={`${open ? "flex" : "hidden"} basis-full flex-col gap-2 border-t border-white/20 py-2 lg:flex lg:min-w-0 lg:flex-1 lg:basis-0 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-4 lg:border-0 lg:py-0`}
      >
        <nav aria-label="Quản trị" className="lg:min-w-0 lg:flex-1">
          {/* Opened on a phone: two columns (three on a tablet); wide screens: one wrapping row. */}
          <ul className="grid grid-cols-2 gap-1 text-sm font-semibold sm:grid-cols-3 lg:flex lg:flex-wrap">
            {sections.map((section) => (
              <li key={section.href}>
                <SectionLink section={section} current={section.href === current} waiting={waiting} />
              </li>
            ))}
          </ul>
        </nav>
        {children}
      </div>
    </>
  );
}

function SectionLink({ section, current, waiting }: { section: WorkspaceSection; current: boolean; waiting: number }) {
  // The public site, as readers get it: a document from the page cache, not a prefetched payload (decision 14).
  if (section.kind === "site") return <a href={section.href} className={linkClass}>{section.label}</a>;
  return (
    <Link href={section.href} aria-current={current ? "page" : undefined} className={linkClass}>
      {section.label}
      {section.kind === "review" && (
        <>
          {" "}
          <span className="ml-1 rounded-full bg-gold-400 px-2 py-0.5 text-xs font-bold text-brand-900" aria-label={`${waiting} bài chờ duyệt`}>
            {waiting}
          </span>
        </>
      )}
    </Link>
  );
}
