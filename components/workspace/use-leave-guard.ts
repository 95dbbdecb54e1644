"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { linkLeavingPage } from "./leaving-link";

export const LEAVE_QUESTION = "Rời trang này? Những thay đổi chưa lưu sẽ mất.";

// The forms of the page holding changes not saved yet: one question for all of them, however many.
const unsavedForms = new Set<string>();

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  event.returnValue = "";
}

// The workspace's links navigate inside the app, where the browser asks nothing: ask here, before
// the link's own handler (next/link does nothing for a prevented click). A question the browser
// shows itself, as it does for closing the tab: it holds the click until answered.
function onClick(event: MouseEvent) {
  if (linkLeavingPage(event) && !window.confirm(LEAVE_QUESTION)) event.preventDefault();
}

function markUnsaved(id: string, unsaved: boolean) {
  const before = unsavedForms.size;
  if (unsaved) unsavedForms.add(id);
  else unsavedForms.delete(id);
  if (before === 0 && unsavedForms.size > 0) {
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, { capture: true });
  } else if (before > 0 && unsavedForms.size === 0) {
    window.removeEventListener("beforeunload", onBeforeUnload);
    document.removeEventListener("click", onClick, { capture: true });
  }
}

/** Asks before the page is left (closed, reloaded, or by a link) while `unsaved` holds. */
export function useAskBeforeLeaving(unsaved: boolean) {
  const id = useId();
  useEffect(() => {
    markUnsaved(id, unsaved);
    return () => markUnsaved(id, false);
  }, [id, unsaved]);
}

/** Marks a form's bookkeeping (the id, the version it was read at): not something typed, and it changes with every save. */
export const NOT_AN_EDIT = { "data-not-an-edit": "" } as const;

/**
 * What the form would send (its FormData) as it is now, for comparing with what it held when opened or last saved.
 * Fields sent empty are left out, so a row added and left blank (which the server skips) is no change;
 * an unnamed field (the photo picker's own caption) is not the form's, and a file is not compared (an upload is a request of its own).
 */
function formFingerprint(form: HTMLFormElement): string {
  const bookkeeping = new Set([...form.querySelectorAll("[data-not-an-edit]")].map((field) => field.getAttribute("name")));
  const entries = [...new FormData(form)].filter(([name, value]) => typeof value === "string" && value !== "" && !bookkeeping.has(name));
  return JSON.stringify(entries);
}

/**
 * A form without autosave that asks before it is left with changes: closing or reloading the page,
 * or following a link. `watchForm` is the form's ref. A change is what the form would send differing from
 * what it held when opened or last saved, however it came: typed, a row removed, a photo chosen from
 * the library; typing something back as it was is no change. `sending()` is called as a save leaves,
 * and what it returns once that save succeeded: what was sent becomes the saved state, so an edit
 * typed while it travelled stays unsaved.
 */
export function useLeaveGuard() {
  const [unsaved, setUnsaved] = useState(false);
  const form = useRef<HTMLFormElement | null>(null);
  const saved = useRef("");
  const check = useCallback(() => {
    if (form.current) setUnsaved(formFingerprint(form.current) !== saved.current);
  }, []);
  const watchForm = useCallback(
    (element: HTMLFormElement | null) => {
      if (!element) return;
      form.current = element;
      saved.current = formFingerprint(element);
      setUnsaved(false);
      // Typing, and what the form's own code changes: a hidden field's value, rows added or removed.
      const observer = new MutationObserver(check);
      observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ["value", "name", "disabled"] });
      element.addEventListener("input", check);
      element.addEventListener("change", check);
      return () => {
        observer.disconnect();
        element.removeEventListener("input", check);
        element.removeEventListener("change", check);
        if (form.current === element) form.current = null;
        setUnsaved(false);
      };
    },
    [check],
  );
  const sending = useCallback(() => {
    const sent = form.current ? formFingerprint(form.current) : "";
    return () => {
      saved.current = sent;
      check();
    };
  }, [check]);
  useAskBeforeLeaving(unsaved);
  return { watchForm, sending };
}
