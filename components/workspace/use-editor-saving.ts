import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionFailure, FieldErrors } from "@/core/action-result";
import { fixMarkedFields, saveSizeProblem, type ConflictInfo, type EditedThing, type SaveOutcome } from "@/core/editor-save";
import { linkLeavingPage, linkShowingEdited } from "./leaving-link";
import { formDataOf, postAutosave } from "./save-transport";

const AUTOSAVE_IDLE_MS = 3000;
const RETRY_AT_MOST_MS = 60_000;

const SAVE_UNREACHABLE =
  "Chưa lưu được vì mất kết nối hoặc máy chủ không nhận yêu cầu. Nội dung vẫn còn trên trang: hãy kiểm tra mạng rồi bấm Lưu lần nữa.";

/** What every edited thing (an article, a page) has. */
export type EditedContent = { title: string; slug: string; summary: string; bodyHtml: string };

/** What a save returns to the editor, besides the id under the target's `idName`. */
export type SavedState<S extends string> = { version: number; slug: string; status: S };

/** What the editor's saving needs to know of what it saves: articles and pages each have one. */
export type SaveTarget<F, K extends string> = {
  thing: EditedThing;
  /** The id's name in the save form, the autosave body and the save result: "articleId", "pageId". */
  idName: K;
  /** Where something new is edited once its first save gave it an id. */
  editPath: (id: number) => string;
  /** The keepalive route that saves when the page is hidden or left. */
  autosavePath: string;
  /** The fields as the save action and the autosave route read them: strings, "" for none. */
  values: (fields: F) => Record<string, string>;
};

/** What a click adds to a save: the base version when keeping one's own text over another's, and fields of its own (a publication time, a comment). */
export type SaveOptions = { baseVersion?: number; extra?: Record<string, string> };

/** ifChanged: only if something changed since the last save sent (a link followed while a save is on its way). */
type SaveCall = SaveOptions & { intent: string; via: "action" | "leave"; ifChanged?: boolean };

/** What the next save sends. In a ref: a save waits its turn and must send what is current then, not when it was asked for. */
type Latest<F> = { fields: F; savedId: number | null; version: number | null; conflict: boolean; closed: boolean };

const isBlankNew = (state: { fields: EditedContent; savedId: number | null }) =>
  state.savedId === null && !state.fields.title.trim() && !state.fields.bodyHtml.replace(/<[^>]*>/g, "").trim();

type SavingOptions<F, S extends string, K extends string, R extends object> = {
  target: SaveTarget<F, K>;
  /** What is being edited as last saved, or null for something new. */
  saved: { id: number; version: number; status: S } | null;
  initialFields: F;
  initialStatus: S;
  /** The server action that saves (and, with an intent other than "save", moves it on). */
  save: (formData: FormData) => Promise<SaveOutcome<R> | ActionFailure>;
};

/**
 * The editor's saving, one save at a time: the saves asked for by a click, the autosave after a
 * few idle seconds, and the save made when the page is hidden (switching to another app, locking
 * the phone) or left. Each waits for the one before, then sends the newest fields with the version
 * and id that save returned, so the editor never conflicts with itself nor makes a second draft.
 * A save that does not reach the server says so and leaves the changes marked unsaved.
 */
export function useEditorSaving<F extends EditedContent, S extends string, K extends string, R extends SavedState<S> & Record<K, number>>({
  target,
  saved,
  initialFields,
  initialStatus,
  save: saveAction,
}: SavingOptions<F, S, K, R>) {
  const [fields, setFields] = useState(initialFields);
  const [savedId, setSavedId] = useState<number | null>(saved?.id ?? null);
  const [status, setStatus] = useState<S>(saved?.status ?? initialStatus);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [failures, setFailures] = useState(0);

  const latest = useRef<Latest<F>>({ fields: initialFields, savedId: saved?.id ?? null, version: saved?.version ?? null, conflict: false, closed: false });
  // Counts the editor's changes: a save clears "unsaved" only if nothing changed while it travelled.
  const changeCount = useRef(0);
  const savedChange = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const update = useCallback((change: Partial<F>) => {
    changeCount.current += 1;
    latest.current.fields = { ...latest.current.fields, ...change };
    setFields(latest.current.fields);
    setDirty(true);
  }, []);

  const applied = useCallback(
    (result: R & { message?: string }, sentAtChange: number, sentSlug: string) => {
      const current = latest.current;
      current.version = result.version;
      if (current.savedId === null) {
        const id: number = result[target.idName];
        current.savedId = id;
        setSavedId(id);
        // Change the address without leaving the page, so the editor keeps its state.
        window.history.replaceState(null, "", target.editPath(id));
      }
      // The server may have made the slug unique; a slug edited since the save left stays as typed.
      if (current.fields.slug === sentSlug && result.slug !== sentSlug) {
        current.fields = { ...current.fields, slug: result.slug };
        setFields(current.fields);
      }
      savedChange.current = sentAtChange;
      if (changeCount.current === sentAtChange) setDirty(false);
      current.conflict = false;
      setConflict(null);
      setFormError(null);
      setFieldErrors({});
      setFailures(0);
      setMessage(result.message ?? null);
      setStatus(result.status);
    },
    [target],
  );

  const perform = useCallback(
    async ({ intent, via, baseVersion, extra, ifChanged }: SaveCall): Promise<R | null> => {
      const current = latest.current;
      if (current.closed) return null;
      const background = intent === "autosave";
      if ((background || ifChanged) && changeCount.current === savedChange.current) return null;
      if (background && (current.conflict || isBlankNew(current))) return null;
      const sentAtChange = changeCount.current;
      const sentSlug = current.fields.slug;
      const values = target.values(current.fields);
      const tooLarge = saveSizeProblem(values, target.thing);
      if (tooLarge) {
        setFormError(fixMarkedFields(target.thing));
        setFieldErrors({ bodyHtml: [tooLarge] });
        return null;
      }
      const version = baseVersion ?? current.version;
      let result: SaveOutcome<R> | ActionFailure;
      try {
        if (via === "leave") {
          result = await postAutosave<SaveOutcome<R>>(target.autosavePath, { [target.idName]: current.savedId, baseVersion: version, fields: values });
        } else {
          const form = formDataOf({ ...values, ...extra, intent, [target.idName]: current.savedId ? String(current.savedId) : "", baseVersion: version ? String(version) : "" });
          result = await saveAction(form);
        }
      } catch {
        // The request failed or was refused before our code answered (413, 400, 403): the text is
        // still here and still unsaved, and the autosave tries again, less often each time.
        setFormError(SAVE_UNREACHABLE);
        setFailures((count) => count + 1);
        return null;
      }
      if (result.ok) {
        applied(result, sentAtChange, sentSlug);
        return result;
      }
      const theirs = "conflict" in result ? result.conflict : undefined;
      if (background && !theirs) return null; // refused for its content: a quiet retry on the next change
      setFormError(result.formError ?? `Chưa lưu được ${target.thing.noun}.`);
      setFieldErrors(result.fieldErrors ?? {});
      if (theirs) {
        current.conflict = true;
        setConflict(theirs);
      }
      return null;
    },
    [target, saveAction, applied],
  );

  const enqueue = useCallback(
    (call: SaveCall) => {
      const run = queue.current.then(() => perform(call));
      queue.current = run.catch(() => undefined);
      return run;
    },
    [perform],
  );

  /** A save asked for by a click; resolves with the saved result, or null when it was refused or failed (the editor shows why). */
  const save = useCallback((intent: string, options: SaveOptions = {}) => enqueue({ ...options, intent, via: "action" }), [enqueue]);

  /** No save after this: the page is being left on purpose (taking the other version, deleting). */
  const close = useCallback(() => {
    latest.current.closed = true;
  }, []);

  // Autosave after a few seconds of idle typing; not while a conflict waits for a decision. After a
  // failed save it tries again by itself, waiting longer each time, up to a minute.
  useEffect(() => {
    if (!dirty || conflict || isBlankNew({ fields, savedId })) return;
    const delay = Math.min(AUTOSAVE_IDLE_MS * 2 ** failures, RETRY_AT_MOST_MS);
    const timer = window.setTimeout(() => void enqueue({ intent: "autosave", via: "action" }), delay);
    return () => window.clearTimeout(timer);
  }, [dirty, conflict, fields, savedId, failures, enqueue]);

  const unsaved = useCallback(() => changeCount.current !== savedChange.current && !latest.current.closed, []);
  const saveOnLeave = useCallback(() => {
    if (unsaved()) void enqueue({ intent: "autosave", via: "leave" });
  }, [unsaved, enqueue]);

  // Hiding the page is often the last thing a phone lets it do: save then, by keepalive, and again
  // on pagehide only if something changed since. Closing with unsaved changes still asks first.
  useEffect(() => {
    const onVisibilityChange = () => {
      if (document.visibilityState === "hidden") saveOnLeave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    document.addEventListener("visibilitychange", onVisibilityChange);
    window.addEventListener("pagehide", saveOnLeave);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibilityChange);
      window.removeEventListener("pagehide", saveOnLeave);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [unsaved, saveOnLeave]);

  // A link of the workspace (its menu, "Lịch sử các lần lưu") leaves without closing the page, so
  // neither the question above nor pagehide comes, and the editor's last seconds of typing were
  // lost. The click waits for the save, then goes; a save refused or failed keeps the editor open
  // with the reason. Listened to on the document before the links' own handlers, which a
  // prevented click stops (next/link checks defaultPrevented).
  useEffect(() => {
    // "Xem trước" right after typing showed the last save: the new tab's request came before it. The
    // tab is opened at the click (later, a browser would block it), says it is waiting, and is sent
    // to the page once the save is in; a save refused or failed closes it, and the editor says why.
    const showAfterSave = (href: string) => {
      const shown = window.open("", "_blank");
      if (shown) {
        shown.opener = null;
        shown.document.documentElement.lang = "vi";
        shown.document.title = "Đang lưu…";
        shown.document.body.textContent = "Đang lưu những thay đổi vừa gõ, trang sẽ mở ngay sau đó…";
      }
      void enqueue({ intent: "save", via: "action", ifChanged: true }).then(() => {
        if (unsaved()) shown?.close();
        else if (shown) shown.location.href = href;
        else window.open(href, "_blank", "noreferrer");
      });
    };
    const onClick = (event: MouseEvent) => {
      // Something new still blank has nothing to keep: no empty draft is made on the way out.
      if (!unsaved() || isBlankNew(latest.current)) return;
      const showing = linkShowingEdited(event);
      if (showing) {
        showAfterSave(showing.href);
        event.preventDefault();
        return;
      }
      const link = linkLeavingPage(event);
      if (!link) return;
      event.preventDefault();
      void enqueue({ intent: "save", via: "action", ifChanged: true }).then(() => {
        if (unsaved()) return;
        // The phone's menu takes its links away as it closes; such a link is followed by its address.
        if (link.isConnected) link.click();
        else window.location.assign(link.href);
      });
    };
    document.addEventListener("click", onClick, { capture: true });
    return () => document.removeEventListener("click", onClick, { capture: true });
  }, [unsaved, enqueue]);

  // Leaving some other way inside the app (the browser's Back) unmounts the editor: save as on pagehide.
  const saveOnLeaveRef = useRef(saveOnLeave);
  useEffect(() => {
    saveOnLeaveRef.current = saveOnLeave;
  }, [saveOnLeave]);
  useEffect(() => () => saveOnLeaveRef.current(), []);

  return { fields, update, savedId, status, dirty, message, formError, setFormError, fieldErrors, conflict, save, close };
}
