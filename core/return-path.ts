/**
 * Where to go after signing in. Only a path of this site is accepted, so a crafted link
 * (?callbackUrl=https://elsewhere or //elsewhere) cannot send someone off-site.
 */
export function safeReturnPath(value: string | string[] | undefined | null, fallback = "/quan-tri"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}

/**
 * The request header in which proxy.ts gives a workspace page's own path and query to the workspace's
 * layout, which Next does not tell the path: a session that ended elsewhere (a new password, a disabled
 * account) then signs in again back to the page that was asked for. proxy.ts sets it on every staff
 * request, over whatever a client sent.
 */
export const REQUESTED_PATH_HEADER = "x-ban-tin-requested-path";
