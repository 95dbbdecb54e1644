import { canManagePages } from "@/core/permissions";
import { autosaveRoute } from "@/server/autosave-route";
import { expirePagePages } from "@/server/cache-tags";
import { PAGE_MANAGERS_ONLY, savePageCommand } from "@/server/page-commands";

// The page editor's save on leaving the page (server/autosave-route.ts).
export const POST = autosaveRoute({
  idName: "pageId",
  refusal: (user) => (canManagePages(user) ? null : PAGE_MANAGERS_ONLY),
  save: (db, user, { id, baseVersion, fields }) => savePageCommand(db, user, { pageId: id, baseVersion, fields, intent: "autosave" }),
  // Autosaving a published page changes what readers see.
  afterSave: (_db, result) => expirePagePages(result.pageId, result.publicChange, "route"),
});
