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

/**
 * glibc gives threads that allocate their own malloc arenas (up to 8 per core) and seldom hands
 * their freed memory back: libvips decodes uploads on worker threads, and the server kept 100+ MB
 * more after a burst of uploads. Two arenas: peak 511–548 → 413–422 MB under 20 phone photos and
 * 5 bombs at once (2026-11-30; the burst's time varied with the shared machine, not with this).
 * MALLOC_ARENA_MAX overrides it.
 */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" };
}
