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

/**
 * A form without autosave that asks before it is left with changes: closing or reloading the page,
 * or following a link. `onInput` goes on the form; `sending()` is called as a save leaves, and what
 * it returns once that save succeeded (an edit typed while it travelled stays unsaved).
 */
export function useLeaveGuard() {
  const edits = useRef(0);
  const [unsaved, setUnsaved] = useState(false);
  const onInput = useCallback(() => {
    edits.current += 1;
    setUnsaved(true);
  }, []);
  const sending = useCallback(() => {
    const sentAt = edits.current;
    return () => {
      if (edits.current === sentAt) setUnsaved(false);
    };
  }, []);
  useAskBeforeLeaving(unsaved);
  return { unsaved, onInput, sending };
}
