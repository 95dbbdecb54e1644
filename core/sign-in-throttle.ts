// Guessing passwords must be slow: too many failures for one username, or from one address,
// within a window lock further attempts for a while. Failures on unknown usernames count too,
// so the lock-out tells nothing about which accounts exist.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;

/**
 * Until when attempts are refused, given the failures newest first: locked when the newest
 * `limit` failures fall within the window, for LOCK_MS after the newest of them.
 */
export function lockedUntil(failuresNewestFirst: readonly Date[], limit: number, now: Date): Date | null {
  const newest = failuresNewestFirst[0];
  const oldestCounted = failuresNewestFirst[limit - 1];
  if (!newest || !oldestCounted) return null;
  if (newest.getTime() - oldestCounted.getTime() > THROTTLE_WINDOW_MS) return null;
  const until = new Date(newest.getTime() + LOCK_MS);
  return until > now ? until : null;
}

/**
 * How long to wait before checking a password, given the failures already counted for the username
 * and for the address: guessing gets slower with each failure (0.25 s, 0.5 s, 1 s, 2 s, then 4 s),
 * each request waits on its own, and nobody else is held up. A busy office behind one address
 * slows only after many failures there (every fourth counts as one of a username's).
 */
export function signInDelayMs(usernameFailures: number, addressFailures: number): number {
  const failures = Math.max(usernameFailures, Math.floor(addressFailures / 4));
  return failures <= 0 ? 0 : Math.min(250 * 2 ** (failures - 1), 4000);
}

/** Usernames are compared as typed, ignoring case and surrounding spaces. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}

/** The error code next-auth hands back to the sign-in form when attempts are locked. */
export const SIGN_IN_LOCKED = "dang-nhap-bi-tam-khoa";
