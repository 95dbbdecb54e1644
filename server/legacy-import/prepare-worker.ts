// The worker thread of server/legacy-import/article-preparer.ts: prepares old articles as asked.
import { prepareForImport } from "@/core/legacy-article";
import { answerCalls } from "./worker-calls";

answerCalls(import.meta.url, prepareForImport);
