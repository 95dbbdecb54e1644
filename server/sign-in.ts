import { normaliseUsername, signInDelayMs } from "@/core/sign-in-throttle";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { admitSignInAttempt, markSignInAttemptSucceeded } from "@/db/queries/sign-in-attempts";
import { signInCandidate, type SessionUser } from "@/db/queries/users";
import { writeTransaction } from "@/db/transaction";
import { hashPassword, verifyPassword } from "./password";

export type SignInOutcome = { ok: true; user: SessionUser } | { ok: false; lockedUntil: Date | null };

type Options = { now?: Date; wait?: (ms: number) => Promise<void> };

// Verified against when the username does not exist, so both answers take as long.
let dummyHash: Promise<string> | null = null;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks credentials, refusing while a username or an address is locked out. An unknown name, a
 * wrong password and a disabled account give the same answer, after the same work. The attempt is
 * admitted and recorded before the password is checked (db/queries/sign-in-attempts.ts), so
 * parallel guesses cannot outrun the limit; each waits a little longer the more failures precede it.
 */
export async function authenticate(db: Database, typedUsername: string, password: string, ip: string | null, options: Options = {}): Promise<SignInOutcome> {
  const { now = new Date(), wait = sleep } = options;
  const username = normaliseUsername(typedUsername);
  const auditIp = ip ?? "không rõ";
  const admission = await writeTransaction(db, async (tx) => {
    const decided = await admitSignInAttempt(tx, { username, ip, now });
    if (!decided.admitted) {
      await recordAudit(tx, { actorId: null, actorName: username, action: "sign-in-failed", target: `Tài khoản: ${username}`, detail: "Đang tạm khóa vì sai nhiều lần", ip: auditIp, at: now });
    }
    return decided;
  });
  if (!admission.admitted) return { ok: false, lockedUntil: admission.lockedUntil };

  const delay = signInDelayMs(admission.usernameFailures, admission.addressFailures);
  if (delay > 0) await wait(delay);
  const candidate = await signInCandidate(db, username);
  dummyHash ??= hashPassword("mat-khau-khong-ton-tai");
  const passwordMatches = await verifyPassword(candidate?.passwordHash ?? (await dummyHash), password);
  const succeeded = Boolean(candidate && passwordMatches && candidate.isActive);
  await writeTransaction(db, async (tx) => {
    if (succeeded) await markSignInAttemptSucceeded(tx, admission.attemptId);
    await recordAudit(tx, {
      actorId: succeeded && candidate ? candidate.id : null,
      actorName: succeeded && candidate ? candidate.displayName : username,
      action: succeeded ? "sign-in" : "sign-in-failed",
      target: `Tài khoản: ${username}`,
      ip: auditIp,
      at: now,
    });
  });
  if (!candidate || !succeeded) return { ok: false, lockedUntil: null };
  const { passwordHash: _hash, ...user } = candidate;
  return { ok: true, user };
}
