// @ts-check
// Next's cache handler when REDIS_URL is set (next.config.ts, docs/decisions/0021-shared-page-cache.md):
// the rendered public pages and the tags that expire them live in one Redis that every instance
// reads and writes, so a page expired by one instance is expired on all. Without REDIS_URL Next
// keeps its own in-memory cache (decision 0005) and this file is not loaded.
// Plain JavaScript: Next loads it by its path into the server process, outside the bundle.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";
import { trackExpiry } from "./expiries-under-way.mjs";

/** A cache read or write that takes longer is given up: the page is rendered here instead. */
const COMMAND_TIMEOUT_MS = 500;
/** How often a lost connection is tried again: Redis is used again this long after it is back. */
const RECONNECT_MS = 1000;

/**
 * The lifetime Next gave a page (revalidate, expire) travels with it: Next 16 (16.4, 16.5) reads it back from
 * the entry (`cacheControl`), and an instance that did not render the page itself knows it from
 * nowhere else. Without it, a page another instance rendered counts as stale after one second.
 */
const LIFETIME_FIELD = "banTinCacheControl";

/**
 * One line when the shared cache goes and one when it comes back, not one per failed command
 * or reconnection attempt.
 * @param {import("redis").RedisClientType} client
 * @param {string} where
 * @param {() => Promise<void>} onBack
 */
function reportAvailability(client, where, onBack) {
  /** @type {"starting" | "up" | "down"} */
  let state = "starting";
  client.on("error", (/** @type {Error} */ error) => {
    if (state === "down") return;
    state = "down";
    console.error(
      `Bộ nhớ đệm chung (Redis ${where}) không dùng được: ${error.message || error.name}. ` +
        "Các trang được dựng tại máy chủ này cho mỗi yêu cầu cho tới khi Redis trở lại.",
    );
  });
  client.on("ready", () => {
    const wasDown = state === "down";
    state = "up";
    if (!wasDown) return;
    console.error(`Bộ nhớ đệm chung (Redis ${where}) dùng lại được.`);
    onBack().catch(() => {
      // the next failure is reported by the "error" event
    });
  });
}

/**
 * Empties this build's entries after Redis was out of reach: a page expired meanwhile could not
 * be expired in Redis, and a Redis that was only unreachable (not restarted) still holds it.
 * @param {import("redis").RedisClientType} client
 * @param {string} keyPrefix
 */
async function forgetEntriesFrom(client, keyPrefix) {
  for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
    if (keys.length > 0) await client.unlink(keys);
  }
}

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL ?? "";
  const where = url.replace(/\/\/[^@/]*@/, "//"); // no password in the log
  // Each build has its own entries: a page rendered by the previous build refers to script
  // files the new one does not have.
  const keyPrefix = `ban-tin:${buildId ?? "dev"}:`;
  /** @type {import("redis").RedisClientType} */
  const client = createClient({
    url,
    // Refused at once while disconnected: the page is rendered here, not held in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: COMMAND_TIMEOUT_MS * 2, reconnectStrategy: RECONNECT_MS },
  });
  reportAvailability(client, where, () => forgetEntriesFrom(client, keyPrefix));
  const connected = client.connect().catch(() => {
    // reported by the "error" event; the client keeps trying
  });
  const handlers = [createRedisHandler({ client, keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS })];
  // The first request waits for the connection, briefly: without it, what this instance wrote or
  // expired in its first milliseconds would not reach Redis. An instance whose Redis is down
  // starts all the same and uses it once it answers.
  return Promise.race([connected, new Promise((resolve) => setTimeout(resolve, COMMAND_TIMEOUT_MS * 2))]).then(() => ({ handlers }));
});

export default class SharedPageCache extends CacheHandler {
  /** @type {CacheHandler["set"]} */
  async set(key, value, ctx) {
    const lifetime = ctx && "cacheControl" in ctx && !ctx.fetchCache ? ctx.cacheControl : undefined;
    return super.set(key, value && lifetime ? { ...value, [LIFETIME_FIELD]: lifetime } : value, ctx);
  }

  /**
   * Recorded while it runs: nginx's copies are renewed only once the old entries are gone from Redis
   * (server/expiries-under-way.mjs).
   * @type {CacheHandler["revalidateTag"]}
   */
  async revalidateTag(tag) {
    return trackExpiry(super.revalidateTag(tag));
  }

  /** @type {CacheHandler["get"]} */
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.value || !(LIFETIME_FIELD in entry.value)) return entry;
    const { [LIFETIME_FIELD]: cacheControl, ...value } = /** @type {Record<string, unknown>} */ (entry.value);
    return /** @type {typeof entry} */ ({ ...entry, value, cacheControl });
  }
}
