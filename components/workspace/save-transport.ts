import type { ActionFailure } from "@/core/action-result";

export function formDataOf(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

// Browsers carry at most 64 KB of keepalive bodies at a time, and refuse a keepalive request past it.
const KEEPALIVE_MAX_BYTES = 64 * 1024;

function isActionResult(value: unknown): value is { ok: boolean } {
  return typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";
}

/**
 * The save sent when the page is hidden or left, to an autosave route (/api/bai-viet/tu-dong-luu,
 * /api/trang/tu-dong-luu): a route, not a server action, because only a plain fetch can be
 * `keepalive` and still arrive after the tab is closed. A body too large for keepalive goes as a
 * plain request, which still arrives when the tab was only switched. Rejects when the answer is
 * not a save result (the network failed, or something in front of the route refused the request),
 * as a failed server action does.
 */
export async function postAutosave<R extends { ok: boolean }>(path: string, request: Record<string, unknown>): Promise<R | ActionFailure> {
  const body = JSON.stringify(request);
  const response = await fetch(path, {
    method: "POST",
    body,
    keepalive: new Blob([body]).size <= KEEPALIVE_MAX_BYTES,
    headers: { "Content-Type": "application/json" },
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!isActionResult(answer)) throw new Error(`The autosave route ${path} answered ${response.status} without a save result.`);
  // The route answers with the same save result as the editor's action.
  return answer as R | ActionFailure;
}
