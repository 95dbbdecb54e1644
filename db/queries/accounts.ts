import { and, asc, count, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Role } from "@/core/permissions";
import type { Database, Transaction } from "../client";
import { units, users } from "../schema";
import { onlyRow } from "../sql";

export type AccountRow = { id: number; username: string; displayName: string; role: Role; unitId: number | null; unitName: string | null; isActive: boolean; mustChangePassword: boolean; createdAt: Date };

export type AccountFilter = { role?: Role; unitId?: number; isActive?: boolean };

export async function listAccounts(db: Database, filter: AccountFilter): Promise<AccountRow[]> {
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
    .orderBy(asc(users.username));
}

export async function usernameTaken(db: Database, username: string): Promise<boolean> {
  const [found] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return Boolean(found);
}

/** Active admins other than this account: the last one may not be disabled or demoted. */
export async function otherActiveAdmins(db: Database, exceptId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.isActive, true), ne(users.id, exceptId)));
  return row?.n ?? 0;
}

export async function insertAccount(tx: Transaction, values: { username: string; displayName: string; role: Role; unitId: number | null; passwordHash: string }): Promise<number> {
  return onlyRow(await tx.insert(users).values({ ...values, mustChangePassword: true }).returning({ id: users.id })).id;
}

/**
 * Changes an account. `endSessions` raises the session version, so the account's open
 * sessions are refused at their next request.
 */
export async function updateAccount(
  tx: Transaction,
  id: number,
  change: Partial<{ displayName: string; role: Role; unitId: number | null; isActive: boolean; passwordHash: string; mustChangePassword: boolean }>,
  endSessions: boolean,
): Promise<boolean> {
  const changed = await tx
    .update(users)
    .set({ ...change, updatedAt: new Date(), ...(endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  return changed.length === 1;
}

export async function passwordHashOf(db: Database, id: number): Promise<string | null> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.hash ?? null;
}
