// Where an import prepares its old articles (core/legacy-article prepareForImport): parse5, the
// sanitiser and the search folding are about half of a text-only import's CPU, and the database's
// writes the other half, on the main thread. On a worker thread the two overlap on two cores.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { prepareForImport, type ArticleForImport } from "@/core/legacy-article";
import type { LegacyArticle } from "@/core/legacy-import";

export type ArticlePreparer = {
  prepare(article: LegacyArticle): Promise<ArticleForImport>;
  close(): Promise<void>;
};

/** On the calling thread: the default of runImport (the tests), and the CLI's runs that store photos. */
export const preparedHere: ArticlePreparer = {
  prepare: async (article) => prepareForImport(article),
  close: async () => {},
};

export type PrepareRequest = { id: number; article: LegacyArticle };
export type PrepareReply = { id: number; ok: true; value: ArticleForImport } | { id: number; ok: false; message: string };

const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "prepare-worker.ts");

/**
 * On one worker thread, answered in the order asked. The worker loads TypeScript through tsx's
 * own loader, which it registers itself (a worker does not inherit the parent's loader hooks).
 * If the worker dies, every waiting article fails with its error, and so does the import.
 */
export function preparedOnWorker(): ArticlePreparer {
  const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)}); });`;
  const worker = new Worker(source, { eval: true });
  const waiting = new Map<number, { resolve: (value: ArticleForImport) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: PrepareReply) => {
    const waiter = waiting.get(reply.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.message));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => {
    if (waiting.size > 0) failAll(new Error(`Luồng chuẩn bị bài dừng với mã ${code}.`));
  });
  return {
    prepare(article) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<ArticleForImport>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, article } satisfies PrepareRequest);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
