import { and, asc, count, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Role } from "@/core/permissions";
import type { DatabaseOrTransaction } from "../client";
import { units, users } from "../schema";

export type AccountRow = { id: number; username: string; displayName: string; role: Role; unitId: number | null; unitName: string | null; isActive: boolean; mustChangePassword: boolean; createdAt: Date };

export type AccountFilter = { role?: Role; unitId?: number; isActive?: boolean };

export function listAccounts(db: DatabaseOrTransaction, filter: AccountFilter): AccountRow[] {
  const parts: SQL[] = [];
  if (filter.role) parts.push(eq(users.role, filter.role));
  if (filter.unitId) parts.push(eq(users.unitId, filter.unitId));
  if (filter.isActive !== undefined) parts.push(eq(users.isActive, filter.isActive));
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      unitName: units.shortName,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(parts.length ? and(...parts) : undefined)
    .orderBy(asc(users.username))
    .all();
}

export function usernameTaken(db: DatabaseOrTransaction, username: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.username, username)).get());
}

/** Active admins other than this account: the last one may not be disabled or demoted. */
export function otherActiveAdmins(db: DatabaseOrTransaction, exceptId: number): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.isActive, true), ne(users.id, exceptId))).get()?.n ?? 0;
}

export function insertAccount(db: DatabaseOrTransaction, values: { username: string; displayName: string; role: Role; unitId: number | null; passwordHash: string }): number {
  return db.insert(users).values({ ...values, mustChangePassword: true }).returning({ id: users.id }).get().id;
}

/**
 * Changes an account. `endSessions` raises the session version, so the account's open
 * sessions are refused at their next request.
 */
export function updateAccount(
  db: DatabaseOrTransaction,
  id: number,
  change: Partial<{ displayName: string; role: Role; unitId: number | null; isActive: boolean; passwordHash: string; mustChangePassword: boolean }>,
  endSessions: boolean,
): boolean {
  const result = db
    .update(users)
    .set({ ...change, updatedAt: new Date(), ...(endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(eq(users.id, id))
    .run();
  return result.changes === 1;
}

export function passwordHashOf(db: DatabaseOrTransaction, id: number): string | null {
  return db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.hash ?? null;
}
