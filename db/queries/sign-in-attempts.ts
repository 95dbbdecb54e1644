import { and, desc, eq, gt, max } from "drizzle-orm";
import type { Database } from "../client";
import { signInAttempts } from "../schema";

export function recordSignInAttempt(db: Database, attempt: { username: string; ip: string; succeeded: boolean; attemptedAt: Date }): void {
  db.insert(signInAttempts).values(attempt).run();
}

/** Failed attempts for a username since its last successful sign-in, newest first. */
export function recentFailuresForUsername(db: Database, username: string, since: Date, limit: number): Date[] {
  const lastSuccess = db
    .select({ at: max(signInAttempts.attemptedAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.username, username), eq(signInAttempts.succeeded, true)))
    .get()?.at;
  const from = lastSuccess && lastSuccess > since ? lastSuccess : since;
  return db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.username, username), eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, from)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit)
    .all()
    .map((row) => row.at);
}

/** Failed attempts from one address, newest first. */
export function recentFailuresForIp(db: Database, ip: string, since: Date, limit: number): Date[] {
  return db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit)
    .all()
    .map((row) => row.at);
}
