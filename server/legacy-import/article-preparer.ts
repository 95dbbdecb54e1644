// Where an import prepares its old articles (core/legacy-article prepareForImport): parse5, the
// sanitiser and the search folding are about half of a text-only import's CPU, and the database's
// writes the other half, on the main thread. On a worker thread the two overlap on two cores.
import { prepareForImport, type ArticleForImport } from "@/core/legacy-article";
import type { LegacyArticle } from "@/core/legacy-import";
import { callsOnWorker } from "./worker-calls";

export type ArticlePreparer = {
  prepare(article: LegacyArticle): Promise<ArticleForImport>;
  close(): Promise<void>;
};

/** On the calling thread: the default of runImport (the tests), and the CLI's runs that store photos. */
export const preparedHere: ArticlePreparer = {
  prepare: async (article) => prepareForImport(article),
  close: async () => {},
};

/** On one worker thread (prepare-worker.ts). If the worker dies, every waiting article fails with its error, and so does the import. */
export function preparedOnWorker(): ArticlePreparer {
  const calls = callsOnWorker<LegacyArticle, ArticleForImport>(new URL("./prepare-worker.ts", import.meta.url).href, "Luồng chuẩn bị bài");
  return { prepare: (article) => calls.call(article), close: () => calls.close() };
}
