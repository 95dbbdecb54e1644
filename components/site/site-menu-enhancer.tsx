"use client";

import { useEffect } from "react";
import { currentMenuItem } from "@/core/menu-current";
import type { MenuLink } from "@/core/menu-links";

// The header menu's behaviour, on the markup site-menu.tsx draws on the server: a few listeners
// rather than a React tree, so that a reader's phone downloads no copy of the menu.

const FOCUSABLE = "a[href], button:not([disabled])";
const attribute = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

/**
 * A cached public page is one render served to everyone who asks for it (the 404 page to every
 * missing address): the item for the page being read is marked here, in the browser. The item
 * itself says so to screen readers: "page" when it is that very page, "true" when the page is
 * under it (an article under "Tin tức").
 */
function markCurrent(nav: HTMLElement, links: MenuLink[], pathname: string) {
  const current = currentMenuItem(links, pathname);
  if (!current) return;
  for (const link of nav.querySelectorAll(attribute("data-menu-key", current.key))) {
    link.setAttribute("aria-current", current.exact ? "page" : "true");
    link.setAttribute("data-current", "");
  }
  for (const element of nav.querySelectorAll(attribute("data-menu-section", current.sectionKey))) element.setAttribute("data-marked", "");
}

/** Wide screens: a drop-down opens by its ▾ button, and closes on Escape (the focus back on the button), a click or the focus elsewhere. */
function workDropDowns(nav: HTMLElement): () => void {
  const toggles = [...nav.querySelectorAll<HTMLButtonElement>("[data-menu-toggle]")];
  const setOpen = (toggle: HTMLButtonElement, open: boolean) => toggle.setAttribute("aria-expanded", String(open));
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    for (const toggle of toggles) {
      if (target && toggle.contains(target)) setOpen(toggle, toggle.getAttribute("aria-expanded") !== "true");
      else if (!(target && toggle.parentElement?.contains(target))) setOpen(toggle, false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const open = toggles.find((toggle) => toggle.getAttribute("aria-expanded") === "true");
    if (event.key !== "Escape" || !open) return;
    setOpen(open, false);
    open.focus();
  };
  const onFocusOut = (event: FocusEvent) => {
    const group = event.currentTarget as HTMLElement;
    const toggle = group.querySelector<HTMLButtonElement>("[data-menu-toggle]");
    if (toggle && !(event.relatedTarget instanceof Node && group.contains(event.relatedTarget))) setOpen(toggle, false);
  };
  const groups = toggles.map((toggle) => toggle.parentElement).filter((group): group is HTMLElement => group !== null);
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeyDown);
  for (const group of groups) group.addEventListener("focusout", onFocusOut);
  return () => {
    document.removeEventListener("click", onClick);
    document.removeEventListener("keydown", onKeyDown);
    for (const group of groups) group.removeEventListener("focusout", onFocusOut);
  };
}

/**
 * Phones: the "Menu" button opens the panel as a modal dialog (the page behind it inert, Escape
 * closes it). Tab and Shift+Tab go round inside it; Escape, the close button or a tap beside it
 * close it and put the focus back on the "Menu" button.
 */
function workPanel(nav: HTMLElement): () => void {
  const button = nav.querySelector<HTMLButtonElement>("[data-menu-open]");
  const panel = nav.querySelector("dialog");
  if (!button || !panel) return () => {};
  const body = document.body.style;
  let overflow = "";
  const open = () => {
    overflow = body.overflow;
    body.overflow = "hidden";
    panel.showModal();
    panel.querySelector<HTMLElement>("[data-menu-close]")?.focus();
    button.setAttribute("aria-expanded", "true");
  };
  const onClose = () => {
    body.overflow = overflow;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  };
  // A tap on the backdrop lands on the dialog itself; its content covers the rest of it.
  const onClick = (event: MouseEvent) => {
    if (event.target === panel || (event.target instanceof Element && event.target.closest("[data-menu-close]"))) panel.close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Tab") return;
    const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
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
  button.addEventListener("click", open);
  panel.addEventListener("close", onClose);
  panel.addEventListener("click", onClick);
  panel.addEventListener("keydown", onKeyDown);
  return () => {
    button.removeEventListener("click", open);
    panel.removeEventListener("close", onClose);
    panel.removeEventListener("click", onClick);
    panel.removeEventListener("keydown", onKeyDown);
  };
}

/** Marks the current item and enables the menu's buttons once this script runs; renders nothing. */
export function SiteMenuEnhancer({ navId, links }: { navId: string; links: MenuLink[] }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav) return;
    markCurrent(nav, links, window.location.pathname);
    const buttons = [...nav.querySelectorAll<HTMLButtonElement>("button[disabled]")];
    for (const button of buttons) button.disabled = false;
    const stopDropDowns = workDropDowns(nav);
    const stopPanel = workPanel(nav);
    return () => {
      stopDropDowns();
      stopPanel();
      for (const button of buttons) button.disabled = true;
    };
  }, [navId, links]);
  return null;
}
