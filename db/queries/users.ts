import { asc, eq } from "drizzle-orm";
import type { Database } from "../client";
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

export async function sessionUserById(db: Database, id: number): Promise<SessionUser | null> {
  const [user] = await db.select(sessionUserColumns).from(users).where(eq(users.id, id));
  return user ?? null;
}

/** For the sign-in check only: the one query that reads the password hash. */
export async function signInCandidate(db: Database, username: string): Promise<(SessionUser & { passwordHash: string }) | null> {
  const [candidate] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.username, username));
  return candidate ?? null;
}

export type AuthorOption = { id: number; displayName: string };

export async function listAuthors(db: Database): Promise<AuthorOption[]> {
  return db.select({ id: users.id, displayName: users.displayName }).from(users).orderBy(asc(users.displayName));
}
