import { saveArticleCommand } from "@/server/article-commands";
import { autosaveRoute } from "@/server/autosave-route";
import { expireArticlePages } from "@/server/cache-tags";

// The article editor's save on leaving the page (server/autosave-route.ts).
export const POST = autosaveRoute({
  idName: "articleId",
  save: (db, user, { id, baseVersion, fields }) => saveArticleCommand(db, user, { articleId: id, baseVersion, fields, intent: "autosave" }),
  // Autosaving a published article changes its public page and the pages listing it.
  afterSave: (_db, result) => expireArticlePages(result.articleId, result.readers, "route"),
});
