import { and, desc, eq, gt, max } from "drizzle-orm";
import { LOCK_MS, lockedUntil, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_USERNAME, THROTTLE_WINDOW_MS } from "@/core/sign-in-throttle";
import type { Database, Transaction } from "../client";
import { onlyRow } from "../sql";
import { signInAttempts } from "../schema";

export type Admission =
  | { admitted: false; lockedUntil: Date }
  | { admitted: true; attemptId: number; usernameFailures: number; addressFailures: number };

/**
 * Decides whether an attempt may check a password and, if so, records it as a failure. Called
 * inside one write transaction (server/sign-in.ts): parallel attempts each see the ones admitted
 * before them, so no more than the limit are ever checked (the password check that follows is
 * slow and awaited). An unknown address (null) is never counted with others: only the username's
 * limit applies.
 */
export async function admitSignInAttempt(tx: Transaction, attempt: { username: string; ip: string | null; now: Date }): Promise<Admission> {
  const { username, ip, now } = attempt;
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS - LOCK_MS);
  const byUsername = await recentFailuresForUsername(tx, username, since, MAX_FAILURES_PER_USERNAME);
  const byAddress = ip === null ? [] : await recentFailuresForIp(tx, ip, since, MAX_FAILURES_PER_IP);
  const locked = lockedUntil(byUsername, MAX_FAILURES_PER_USERNAME, now) ?? lockedUntil(byAddress, MAX_FAILURES_PER_IP, now);
  if (locked) return { admitted: false, lockedUntil: locked };
  const { id: attemptId } = onlyRow(await tx.insert(signInAttempts).values({ username, ip: ip ?? UNKNOWN_ADDRESS, succeeded: false, attemptedAt: now }).returning({ id: signInAttempts.id }));
  return { admitted: true, attemptId, usernameFailures: byUsername.length, addressFailures: byAddress.length };
}

/** Stored for attempts whose address is unknown; never looked up as an address. */
const UNKNOWN_ADDRESS = "không rõ";

export async function markSignInAttemptSucceeded(tx: Transaction, id: number): Promise<void> {
  await tx.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, id));
}

/** Failed attempts for a username since its last successful sign-in, newest first. */
export async function recentFailuresForUsername(db: Database, username: string, since: Date, limit: number): Promise<Date[]> {
  const [success] = await db
    .select({ at: max(signInAttempts.attemptedAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.username, username), eq(signInAttempts.succeeded, true)));
  const lastSuccess = success?.at;
  const from = lastSuccess && lastSuccess > since ? lastSuccess : since;
  const rows = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.username, username), eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, from)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit);
  return rows.map((row) => row.at);
}

/** Failed attempts from one address, newest first. */
export async function recentFailuresForIp(db: Database, ip: string, since: Date, limit: number): Promise<Date[]> {
  const rows = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(limit);
  return rows.map((row) => row.at);
}
