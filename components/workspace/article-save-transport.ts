import type { ActionFailure } from "@/core/action-result";
import type { SaveResult } from "@/core/article-save";
import type { EditorFields } from "./article-editor-types";

/** The editor's fields as the save action and the autosave route read them: strings, "" for none. */
export function fieldValues(fields: EditorFields): Record<string, string> {
  return {
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    bodyHtml: fields.bodyHtml,
    coverMediaId: fields.coverMediaId ? String(fields.coverMediaId) : "",
    coverCaption: fields.coverCaption,
    byline: fields.byline,
    categoryId: String(fields.categoryId),
    unitId: String(fields.unitId),
    seriesId: fields.seriesId ? String(fields.seriesId) : "",
    seriesPart: fields.seriesPart ? String(fields.seriesPart) : "",
    isFeatured: fields.isFeatured ? "on" : "",
  };
}

export function formDataOf(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

// Browsers carry at most 64 KB of keepalive bodies at a time, and refuse a keepalive request past it.
const KEEPALIVE_MAX_BYTES = 64 * 1024;

function isSaveResult(value: unknown): value is SaveResult | ActionFailure {
  return typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";
}

/**
 * The save sent when the page is hidden or left: a route, not a server action, because only a
 * plain fetch can be `keepalive` and still arrive after the tab is closed. A body too large for
 * keepalive goes as a plain request, which still arrives when the tab was only switched.
 * Rejects when the answer is not a save result (the network failed, or something in front of
 * the route refused the request), as a failed server action does.
 */
export async function postAutosave(request: { articleId: number | null; baseVersion: number | null; fields: Record<string, string> }): Promise<SaveResult | ActionFailure> {
  const body = JSON.stringify(request);
  const response = await fetch("/api/bai-viet/tu-dong-luu", {
    method: "POST",
    body,
    keepalive: new Blob([body]).size <= KEEPALIVE_MAX_BYTES,
    headers: { "Content-Type": "application/json" },
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!isSaveResult(answer)) throw new Error(`The autosave route answered ${response.status} without a save result.`);
  return answer;
}
