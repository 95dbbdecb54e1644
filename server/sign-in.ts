import { LOCK_MS, lockedUntil, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_USERNAME, normaliseUsername, THROTTLE_WINDOW_MS } from "@/core/sign-in-throttle";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { recentFailuresForIp, recentFailuresForUsername, recordSignInAttempt } from "@/db/queries/sign-in-attempts";
import { signInCandidate, type SessionUser } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "./password";

export type SignInOutcome = { ok: true; user: SessionUser } | { ok: false; lockedUntil: Date | null };

// Verified against when the username does not exist, so both answers take as long.
let dummyHash: Promise<string> | null = null;

/**
 * Checks credentials, refusing while a username or an address is locked out. An unknown name, a
 * wrong password and a disabled account give the same answer, after the same work.
 */
export async function authenticate(db: Database, typedUsername: string, password: string, ip: string, now = new Date()): Promise<SignInOutcome> {
  const username = normaliseUsername(typedUsername);
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS - LOCK_MS);
  const locked =
    lockedUntil(recentFailuresForUsername(db, username, since, MAX_FAILURES_PER_USERNAME), MAX_FAILURES_PER_USERNAME, now) ??
    lockedUntil(recentFailuresForIp(db, ip, since, MAX_FAILURES_PER_IP), MAX_FAILURES_PER_IP, now);
  if (locked) {
    recordAudit(db, { actorId: null, actorName: username, action: "sign-in-failed", target: `Tài khoản: ${username}`, detail: "Đang tạm khóa vì sai nhiều lần", ip, at: now });
    return { ok: false, lockedUntil: locked };
  }

  const candidate = signInCandidate(db, username);
  dummyHash ??= hashPassword("mat-khau-khong-ton-tai");
  const passwordMatches = await verifyPassword(candidate?.passwordHash ?? (await dummyHash), password);
  const succeeded = Boolean(candidate && passwordMatches && candidate.isActive);
  recordSignInAttempt(db, { username, ip, succeeded, attemptedAt: now });
  recordAudit(db, {
    actorId: succeeded && candidate ? candidate.id : null,
    actorName: succeeded && candidate ? candidate.displayName : username,
    action: succeeded ? "sign-in" : "sign-in-failed",
    target: `Tài khoản: ${username}`,
    ip,
    at: now,
  });
  if (!candidate || !succeeded) return { ok: false, lockedUntil: null };
  const { passwordHash: _hash, ...user } = candidate;
  return { ok: true, user };
}
