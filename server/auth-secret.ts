import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "./env";

let secret: string | null = null;

/**
 * The key that signs session tokens: NEXTAUTH_SECRET, or a random key made on first use and kept
 * beside the database, so `npm start` works without configuration and sessions survive restarts.
 */
export function authSecret(): string {
  if (secret) return secret;
  if (env.NEXTAUTH_SECRET) return (secret = env.NEXTAUTH_SECRET);
  const file = path.join(path.dirname(env.DATABASE_PATH), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return (secret = fs.readFileSync(file, "utf8").trim());
}
