import { asc, eq } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "../client";
import { users } from "../schema";

/** What the app knows about the signed-in person: never the password hash. */
export type SessionUser = {
  id: number;
  username: string;
  displayName: string;
  role: "admin" | "editor" | "contributor";
  unitId: number | null;
  isActive: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
};

const sessionUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  unitId: users.unitId,
  isActive: users.isActive,
  sessionVersion: users.sessionVersion,
  mustChangePassword: users.mustChangePassword,
};

export function sessionUserById(db: DatabaseOrTransaction, id: number): SessionUser | null {
  return db.select(sessionUserColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

/** For the sign-in check only: the one query that reads the password hash. */
export function signInCandidate(db: Database, username: string): (SessionUser & { passwordHash: string }) | null {
  return db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.username, username))
    .get() ?? null;
}

export type AuthorOption = { id: number; displayName: string };

export function listAuthors(db: Database): AuthorOption[] {
  return db.select({ id: users.id, displayName: users.displayName }).from(users).orderBy(asc(users.displayName)).all();
}
