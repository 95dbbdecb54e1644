// The worker thread of server/legacy-import/article-preparer.ts: prepares old articles as asked.
import { parentPort } from "node:worker_threads";
import { prepareForImport } from "@/core/legacy-article";
import type { PrepareReply, PrepareRequest } from "./article-preparer";

const port = parentPort;
if (!port) throw new Error("prepare-worker.ts runs only as a worker thread");
port.on("message", ({ id, article }: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id, ok: true, value: prepareForImport(article) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
