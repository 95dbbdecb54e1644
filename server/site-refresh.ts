import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { cacheTags } from "./cache-tags";

/**
 * Units and categories appear in every public page's header and footer and in every listing:
 * after a change that succeeded, the cached public pages are expired, and the admin page shows
 * the change. Such changes are rare, so the cost is too.
 */
export function refreshAllPagesOn<R extends { ok: boolean }>(result: R): R {
  if (!result.ok) return result;
  updateTag(cacheTags.chrome);
  updateTag(cacheTags.articles);
  revalidatePath("/", "layout");
  return result;
}

/** After a change that succeeded, the admin page that lists what changed shows it. */
export function refreshPageOn<R extends { ok: boolean }>(path: string, result: R): R {
  if (result.ok) revalidatePath(path);
  return result;
}
