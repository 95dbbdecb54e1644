// @ts-check
// The shared cache's expiries under way in this process (issue 19, decision 22). Next runs a route
// handler's revalidateTag after its answer has gone (through waitUntil), and that answer's after()
// callbacks at the same moment: the renewal of nginx's copies (server/page-cache-refresh.ts) could
// ask for a page while its old copy was still in Redis, and store that old copy in nginx for
// another second. So the cache handler (server/shared-page-cache.mjs) records each expiry here, and
// a renewal waits for those under way before it asks nginx. Next loads the handler by its path,
// outside the bundle, and the bundle has its own copy of this file: the one record is on globalThis.

const RECORD = Symbol.for("ban-tin.shared-cache.expiries-under-way");

/** @returns {Set<Promise<unknown>>} */
function record() {
  const holder = /** @type {{ [RECORD]?: Set<Promise<unknown>> }} */ (globalThis);
  holder[RECORD] ??= new Set();
  return holder[RECORD];
}

/**
 * Records an expiry until it ends, done or failed; gives it back unchanged.
 * @template T
 * @param {Promise<T>} expiry
 * @returns {Promise<T>}
 */
export function trackExpiry(expiry) {
  const underWay = record();
  underWay.add(expiry);
  const forget = () => underWay.delete(expiry);
  expiry.then(forget, forget);
  return expiry;
}

/**
 * Resolves once every expiry under way at the call has ended, done or failed.
 * @returns {Promise<void>}
 */
export async function expiriesUnderWay() {
  await Promise.allSettled([...record()]);
}
