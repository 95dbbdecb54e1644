/** How long a cached public page may be served: Next's cacheLife profile, in seconds. */
export type CacheLifetime = { stale: number; revalidate: number; expire: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * With nothing scheduled, tags decide freshness (every change a reader can see expires them), so
 * time only refreshes the page hourly in the background (it carries "Đã xem") and drops it after
 * 30 days without a visit. stale is how long a reader's browser reuses a page it already has.
 */
export const CALM_LIFETIME: CacheLifetime = { stale: 5 * MINUTE, revalidate: HOUR, expire: 30 * DAY };

/**
 * A page must not outlive the next moment its content changes by itself (a scheduled article
 * becoming public, a new year in the date filter): it expires then, and the next request renders
 * it again, so the article is neither shown early nor missed. Next requires revalidate < expire;
 * a lifetime under 5 minutes makes Next render that page per request until the moment has passed.
 */
export function lifetimeUntil(nextChange: Date | null, now: Date): CacheLifetime {
  if (!nextChange) return CALM_LIFETIME;
  const seconds = Math.ceil((nextChange.getTime() - now.getTime()) / 1000);
  if (seconds >= CALM_LIFETIME.expire) return CALM_LIFETIME;
  const expire = Math.max(1, seconds);
  return {
    stale: Math.min(CALM_LIFETIME.stale, expire),
    revalidate: Math.min(CALM_LIFETIME.revalidate, expire - 1),
    expire,
  };
}

/** The earlier of two moments, either of which may be unknown. */
export function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}
