import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionFailure, FieldErrors } from "@/core/action-result";
import { FIX_MARKED_FIELDS, type SaveIntent, type SaveResult, type SaveSuccess } from "@/core/article-save";
import { editedArticle, saveSizeProblem } from "@/core/editor-save";
import type { ArticleStatus } from "@/core/permissions";
import type { EditorActions, EditorArticle, EditorFields } from "./article-editor-types";
import { fieldValues, formDataOf, postAutosave } from "./article-save-transport";
import type { ConflictVersion } from "./conflict-panel";

const AUTOSAVE_IDLE_MS = 3000;
const RETRY_AT_MOST_MS = 60_000;

const SAVE_UNREACHABLE =
  "Chưa lưu được vì mất kết nối hoặc máy chủ không nhận yêu cầu. Nội dung vẫn còn trên trang: hãy kiểm tra mạng rồi bấm Lưu lần nữa.";

/** What a click adds to a save: the publication time for "publish", the comment for "return". */
export type SaveOptions = { baseVersion?: number; publishAt?: string; comment?: string };

type SaveCall = SaveOptions & { intent: SaveIntent; via: "action" | "leave" };

/** What the next save sends. In a ref: a save waits its turn and must send what is current then, not when it was asked for. */
type Latest = { fields: EditorFields; articleId: number | null; version: number | null; conflict: boolean; closed: boolean };

const isBlankNew = (state: Pick<Latest, "fields" | "articleId">) =>
  state.articleId === null && !state.fields.title.trim() && !state.fields.bodyHtml.replace(/<[^>]*>/g, "").trim();

/**
 * The editor's saving, one save at a time: the saves asked for by a click, the autosave after a
 * few idle seconds, and the save made when the page is hidden (switching to another app, locking
 * the phone) or left. Each waits for the one before, then sends the newest fields with the version
 * and article id that save returned, so the editor never conflicts with itself nor makes a second
 * draft. A save that does not reach the server says so and leaves the changes marked unsaved.
 */
export function useArticleSaving({ article, initialFields, actions }: { article: EditorArticle | null; initialFields: EditorFields; actions: EditorActions }) {
  const [fields, setFields] = useState(initialFields);
  const [articleId, setArticleId] = useState<number | null>(article?.id ?? null);
  const [status, setStatus] = useState<ArticleStatus>(article?.status ?? "draft");
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<ConflictVersion | null>(null);
  const [failures, setFailures] = useState(0);

  const latest = useRef<Latest>({ fields: initialFields, articleId: article?.id ?? null, version: article?.version ?? null, conflict: false, closed: false });
  // Counts the editor's changes: a save clears "unsaved" only if nothing changed while it travelled.
  const changeCount = useRef(0);
  const savedChange = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const update = useCallback((change: Partial<EditorFields>) => {
    changeCount.current += 1;
    latest.current.fields = { ...latest.current.fields, ...change };
    setFields(latest.current.fields);
    setDirty(true);
  }, []);

  const applied = useCallback((result: SaveSuccess & { message?: string }, sentAtChange: number, sentSlug: string) => {
    const current = latest.current;
    current.version = result.version;
    if (current.articleId === null) {
      current.articleId = result.articleId;
      setArticleId(result.articleId);
      // Change the address without leaving the page, so the editor keeps its state.
      window.history.replaceState(null, "", `/quan-tri/bai-viet/${result.articleId}`);
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
  }, []);

  const perform = useCallback(
    async ({ intent, via, baseVersion, publishAt, comment }: SaveCall): Promise<SaveSuccess | null> => {
      const current = latest.current;
      if (current.closed) return null;
      const background = intent === "autosave";
      if (background && (current.conflict || changeCount.current === savedChange.current || isBlankNew(current))) return null;
      const sentAtChange = changeCount.current;
      const sentSlug = current.fields.slug;
      const values = fieldValues(current.fields);
      const tooLarge = saveSizeProblem(values, editedArticle);
      if (tooLarge) {
        setFormError(FIX_MARKED_FIELDS);
        setFieldErrors({ bodyHtml: [tooLarge] });
        return null;
      }
      const version = baseVersion ?? current.version;
      let result: SaveResult | ActionFailure;
      try {
        if (via === "leave") {
          result = await postAutosave({ articleId: current.articleId, baseVersion: version, fields: values });
        } else {
          const form = formDataOf({ ...values, intent, articleId: current.articleId ? String(current.articleId) : "", baseVersion: version ? String(version) : "" });
          if (publishAt !== undefined) form.set("publishAt", publishAt);
          if (comment !== undefined) form.set("comment", comment);
          result = await actions.save(form);
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
      setFormError(result.formError ?? "Chưa lưu được bài.");
      setFieldErrors(result.fieldErrors ?? {});
      if (theirs) {
        current.conflict = true;
        setConflict(theirs);
      }
      return null;
    },
    [actions, applied],
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
  const save = useCallback((intent: SaveIntent, options: SaveOptions = {}) => enqueue({ ...options, intent, via: "action" }), [enqueue]);

  /** No save after this: the page is being left on purpose (taking the other version, deleting the article). */
  const close = useCallback(() => {
    latest.current.closed = true;
  }, []);

  // Autosave after a few seconds of idle typing; not while a conflict waits for a decision. After a
  // failed save it tries again by itself, waiting longer each time, up to a minute.
  useEffect(() => {
    if (!dirty || conflict || isBlankNew({ fields, articleId })) return;
    const delay = Math.min(AUTOSAVE_IDLE_MS * 2 ** failures, RETRY_AT_MOST_MS);
    const timer = window.setTimeout(() => void enqueue({ intent: "autosave", via: "action" }), delay);
    return () => window.clearTimeout(timer);
  }, [dirty, conflict, fields, articleId, failures, enqueue]);

  // Hiding the page is often the last thing a phone lets it do: save then, by keepalive, and again
  // on pagehide only if something changed since. Closing with unsaved changes still asks first.
  useEffect(() => {
    const unsaved = () => changeCount.current !== savedChange.current;
    const saveOnLeave = () => {
      if (unsaved() && !latest.current.closed) void enqueue({ intent: "autosave", via: "leave" });
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === "hidden") saveOnLeave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved() || latest.current.closed) return;
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
  }, [enqueue]);

  return { fields, update, articleId, status, dirty, message, formError, setFormError, fieldErrors, conflict, save, close };
}
