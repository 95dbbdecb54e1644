import { saveArticleCommand } from "@/server/article-commands";
import { autosaveRoute } from "@/server/autosave-route";
import { concernsReaders, expireArticlePages } from "@/server/cache-tags";

// The article editor's save on leaving the page (server/autosave-route.ts).
export const POST = autosaveRoute({
  idName: "articleId",
  save: (db, user, { id, baseVersion, fields }) => saveArticleCommand(db, user, { articleId: id, baseVersion, fields, intent: "autosave" }),
  // Autosaving a published article changes its public page.
  afterSave: async (db, result) => {
    if (await concernsReaders(db, result.articleId)) expireArticlePages(result.articleId, "route");
  },
});
