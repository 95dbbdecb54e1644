"use client";

import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useInBrowser } from "@/components/ui/use-in-browser";

const PANEL_ID = "menu-quan-tri";

/**
 * The workspace's menu and the signed-in account (`children`, drawn by the layout). Wide screens
 * (1024 px and up): always in the header's bar. Phones and tablets: a "Menu" button at the right of
 * the bar, so a page starts in the first screen instead of under up to sixteen links; it opens them
 * below the bar, and choosing one, Escape or the button closes them. The number of articles waiting
 * for review shows on the button too. Disabled until its script runs, like the public menu's
 * button: a tap before then would do nothing.
 */
export function WorkspaceMenu({ waiting, children }: { waiting: number; children: ReactNode }) {
  const ready = useInBrowser();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openOn, setOpenOn] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
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
        {children}
      </div>
    </>
  );
}
