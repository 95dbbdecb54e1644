import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { REQUESTED_PATH_HEADER, safeReturnPath } from "@/core/return-path";
import { sessionUserById, type SessionUser } from "@/db/queries/users";
import { authSecret } from "./auth-secret";
import { getDatabase } from "./database";

export type CurrentUser = SessionUser;

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

async function sessionToken(): Promise<{ uid?: number; sv?: number } | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    // decode() checks the signature and the expiry.
    return await decode({ token: raw, secret: authSecret() });
  } catch {
    return null;
  }
}

/**
 * The signed-in user, re-read from the database on every request: the token carries only the
 * id and a session version, so a disabled account or a changed password ends its sessions at once.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const token = await sessionToken();
  if (!token?.uid) return null;
  const user = await sessionUserById(getDatabase(), token.uid);
  if (!user || !user.isActive || user.sessionVersion !== token.sv) return null;
  return user;
}

/** The user, unless they must first choose a new password: then no action or handler serves them. */
export async function getWorkingUser(): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  return user && !user.mustChangePassword ? user : null;
}

/**
 * The first line of every workspace page: the user; or the sign-in page and back here afterwards;
 * or, for an account created or reset by an admin, the page that sets a new password first.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword) redirect(`/dang-nhap/doi-mat-khau?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * requireUser for the workspace's layout, which is not told its page's path: it reads the one proxy.ts
 * gives it, so that a session ended elsewhere comes back here after signing in, as a page's own check does.
 */
export async function requireUserOfRequest(): Promise<CurrentUser> {
  return requireUser(safeReturnPath((await headers()).get(REQUESTED_PATH_HEADER)));
}

/** The first line of a workspace page only some users may open: signed-out visitors go to sign-in; the others get a 404. */
export async function requireUserWho(allowed: (user: CurrentUser) => boolean, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!allowed(user)) notFound();
  return user;
}

/** The first line of every admin page: signed-out visitors go to sign-in; other roles get a 404. */
export async function requireAdmin(returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "admin") notFound();
  return user;
}
