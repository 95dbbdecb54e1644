/**
 * Where to go after signing in. Only a path of this site is accepted, so a crafted link
 * (?callbackUrl=https://elsewhere or //elsewhere) cannot send someone off-site.
 */
export function safeReturnPath(value: string | string[] | undefined | null, fallback = "/quan-tri"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
