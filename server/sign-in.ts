import { signInCandidate, type SessionUser } from "@/db/queries/users";
import { getDatabase } from "./database";
import { hashPassword, verifyPassword } from "./password";

// Verified against when the username does not exist, so both answers take as long.
let dummyHash: Promise<string> | null = null;

/** The user for these credentials, or null; an unknown name and a wrong password look the same. */
export async function authenticate(username: string, password: string): Promise<SessionUser | null> {
  const candidate = signInCandidate(getDatabase(), username.trim());
  dummyHash ??= hashPassword("mat-khau-khong-ton-tai");
  const passwordMatches = await verifyPassword(candidate?.passwordHash ?? (await dummyHash), password);
  if (!candidate || !passwordMatches || !candidate.isActive) return null;
  const { passwordHash: _hash, ...user } = candidate;
  return user;
}
