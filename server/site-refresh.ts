import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Units and categories appear in every page's navigation and in every listing: after a change
 * that succeeded, every page is rendered afresh. Such changes are rare, so the cost is too.
 */
export function refreshAllPagesOn<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** After a change that succeeded, the admin page that lists what changed shows it. */
export function refreshPageOn<R extends { ok: boolean }>(path: string, result: R): R {
  if (result.ok) revalidatePath(path);
  return result;
}
