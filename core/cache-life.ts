/**
 * With nothing scheduled, tags decide freshness (every change a reader can see expires them), so
 * time only refreshes a cached page hourly, in the background: it carries "Đã xem".
 */
export const CALM_REVALIDATE_SECONDS = 60 * 60;

/**
 * How long a cached public page may be served before Next renders it again: never past the next
 * moment its content changes by itself (a scheduled article becoming public, a new year in the
 * date filter). After that moment the next request is answered from the old copy while a new one
 * is rendered, so server/publication-timer.ts also expires the pages at that very moment.
 * 2026-11-23T03:00:00Z with an article due at 03:00:04.2 → 5 (rounded up: never early).
 */
export function revalidateSecondsUntil(nextChange: Date | null, now: Date): number {
  if (!nextChange) return CALM_REVALIDATE_SECONDS;
  const seconds = Math.ceil((nextChange.getTime() - now.getTime()) / 1000);
  return Math.min(CALM_REVALIDATE_SECONDS, Math.max(1, seconds));
}

/** The earlier of two moments, either of which may be unknown. */
export function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}
