import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, closeDatabase } from "@/db/client";
import { auditLog, signInAttempts, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/test-database";
import { hashPassword } from "./password";
import { authenticate } from "./sign-in";
import { writeTransaction } from "@/db/transaction";

let handle: TestDatabase;
const NOW = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
// The growing delay is real in production; here it is recorded and skipped, as the clock is given.
let waits: number[] = [];
const wait = async (ms: number) => {
  waits.push(ms);
};
const signIn = async (username: string, password: string, ip: string | null, now = NOW) => await authenticate(handle.db, username, password, ip, { now, wait });

beforeEach(async () => {
  waits = [];
  handle = await createTestDatabase();
  const passwordHash = await hashPassword("Dung-mat-khau-1");
  await writeTransaction(handle.db, (tx) => tx.insert(users).values({ username: "bientap", displayName: "Biên tập", role: "editor", passwordHash }));
});
afterEach(() => handle.close());

async function failTimes(times: number, username: string, ip: string, start = 0) {
  for (let i = 0; i < times; i++) await signIn(username, "sai-mat-khau", ip, at(start + i * 0.1));
}

describe("authenticate", () => {
  it("signs in with the right password, whatever the case of the username", async () => {
    expect(await signIn(" BienTap ", "Dung-mat-khau-1", "10.0.0.1", NOW)).toMatchObject({ ok: true, user: { username: "bientap" } });
  });

  it("gives the same answer for an unknown name and a wrong password", async () => {
    expect(await signIn("khongco", "x", "10.0.0.1", NOW)).toEqual({ ok: false, lockedUntil: null });
    expect(await signIn("bientap", "x", "10.0.0.1", NOW)).toEqual({ ok: false, lockedUntil: null });
  });

  it("locks a username for 15 minutes after 5 failures, even with the right password", async () => {
    await failTimes(5, "bientap", "10.0.0.1");
    const locked = await signIn("bientap", "Dung-mat-khau-1", "10.0.0.2", at(1));
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.lockedUntil?.getTime()).toBe(at(0.4 + 15).getTime());
    expect((await signIn("bientap", "Dung-mat-khau-1", "10.0.0.2", at(16))).ok).toBe(true);
  });

  it("locks an unknown username the same way, so the lock-out reveals nothing", async () => {
    await failTimes(5, "khongco", "10.0.0.1");
    expect(await signIn("khongco", "x", "10.0.0.9", at(1))).toMatchObject({ ok: false, lockedUntil: expect.any(Date) });
  });

  it("locks an address after 20 failures across usernames", async () => {
    for (let i = 0; i < 20; i++) await signIn(`ten${i}`, "x", "10.0.0.7", at(i * 0.1));
    expect(await signIn("bientap", "Dung-mat-khau-1", "10.0.0.7", at(3))).toMatchObject({ ok: false, lockedUntil: expect.any(Date) });
    expect((await signIn("bientap", "Dung-mat-khau-1", "10.0.0.8", at(3))).ok).toBe(true);
  });

  it("starts counting again after a successful sign-in", async () => {
    await failTimes(4, "bientap", "10.0.0.1");
    expect((await signIn("bientap", "Dung-mat-khau-1", "10.0.0.1", at(1))).ok).toBe(true);
    await failTimes(4, "bientap", "10.0.0.1", 2);
    expect((await signIn("bientap", "Dung-mat-khau-1", "10.0.0.1", at(3))).ok).toBe(true);
  });

  it("keeps the count in the database, so a restart does not lift a lock", async () => {
    await failTimes(5, "bientap", "10.0.0.1");
    const reopened = openDatabase(handle.location);
    expect((await authenticate(reopened, "bientap", "Dung-mat-khau-1", "10.0.0.3", { now: at(2), wait })).ok).toBe(false);
    await closeDatabase(reopened);
  });

  it("checks at most 5 of 30 parallel guesses, and refuses the right password that follows them", async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => signIn("bientap", `sai-${i}`, `10.0.1.${i}`));
    const outcomes = await Promise.all([...guesses, signIn("bientap", "Dung-mat-khau-1", "10.0.2.1")]);
    const checked = await handle.db.select().from(signInAttempts).where(eq(signInAttempts.username, "bientap"));
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((outcome) => outcome.ok)).toEqual([]);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, lockedUntil: expect.any(Date) });
    const refusedWhileLocked = await handle.db.select().from(auditLog).where(eq(auditLog.detail, "Đang tạm khóa vì sai nhiều lần"));
    expect(refusedWhileLocked.length).toBe(31 - checked.length);
  });

  it("never puts clients of unknown address in one bucket: 25 failures do not lock anyone else out", async () => {
    for (let i = 0; i < 25; i++) await signIn(`ten${i}`, "x", null, at(i * 0.1));
    expect((await signIn("bientap", "Dung-mat-khau-1", null, at(3))).ok).toBe(true);
  });

  it("waits longer after each failure, and not at all for the first attempt", async () => {
    await failTimes(5, "bientap", "10.0.0.1");
    expect(waits).toEqual([250, 500, 1000, 2000]);
  });
});
