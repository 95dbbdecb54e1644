// How `npm start` and `npm run bench` run the server: the same way, so the bench measures what serves.
import path from "node:path";

/** Next's request handler behind our own HTTP server (why: scripts/serve.mjs). */
export const serverScript = path.join(import.meta.dirname, "serve.mjs");

/**
 * V8 grows its old space lazily toward gigabytes on a large machine: under load the server held
 * 400+ MB it did not need. A 256 MB heap kept it near 230 MB at the same speed (bench, 2026-11-23).
 * SERVER_HEAP_MB raises it for a site that needs more.
 */
export function serverNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const heapMb = Number(env.SERVER_HEAP_MB ?? 256);
  if (!Number.isInteger(heapMb) || heapMb < 64) {
    console.error(`SERVER_HEAP_MB phải là số nguyên từ 64 trở lên, nhận được "${env.SERVER_HEAP_MB}".`);
    process.exit(2);
  }
  return [`--max-old-space-size=${heapMb}`];
}
