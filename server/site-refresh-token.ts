// The token that lets the import's CLI (another process) ask the running server to expire its page
// cache: an HMAC-SHA256 of a purpose and the minute, under the site's signing secret, so only a
// process that can read the secret makes one, and a token seen in a log is useless minutes later.
// No "server-only": the CLI runs under tsx.
import crypto from "node:crypto";

const PURPOSE = "ban-tin:lam-moi-trang";
const MINUTE_MS = 60_000;
/** How many minutes either side of the server's clock a token stays valid. */
const VALID_MINUTES = 3;

const signatureOf = (secret: string, minute: number) => crypto.createHmac("sha256", secret).update(`${PURPOSE}:${minute}`).digest("base64url");

/** "<minute>.<signature>", made now. */
export function siteRefreshToken(secret: string, now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  return `${minute}.${signatureOf(secret, minute)}`;
}

/** True for a token siteRefreshToken made with this secret within a few minutes of now; compared in constant time. */
export function isValidSiteRefreshToken(secret: string, token: string, now: Date = new Date()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const minute = Number(match[1]);
  if (Math.abs(minute - Math.floor(now.getTime() / MINUTE_MS)) > VALID_MINUTES) return false;
  const expected = Buffer.from(signatureOf(secret, minute));
  const given = Buffer.from(match[2] ?? "");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
