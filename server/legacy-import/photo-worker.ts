// The worker thread of server/legacy-import/photo-maker.ts: makes the old site's photos as asked,
// three at a time (photo-maker.ts IMPORT_PHOTOS_AT_ONCE, counted in this thread).
import { makePhoto } from "./photo-maker";
import { answerCalls } from "./worker-calls";

answerCalls(import.meta.url, makePhoto);
