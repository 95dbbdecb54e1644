/**
 * The Content-Security-Policy of every page. Staff pages are rendered per request, so their
 * scripts run only from our origin or with that request's nonce (Next marks its own inline
 * scripts with it). Public pages are rendered once and served from the cache to every reader,
 * so they cannot carry a per-request nonce: their inline scripts (Next's bootstrap and the page
 * data it streams, different on every page) are allowed as inline, and nothing else is loosened.
 * Nothing may frame the site. Styles allow inline attributes, which React and the editor's tables use.
 * See docs/decisions/0005-caching.md.
 */
export type ScriptPolicy = { nonce: string } | "cacheable";

export function contentSecurityPolicy(scriptPolicy: ScriptPolicy, options: { development: boolean }): string {
  const scripts =
    scriptPolicy === "cacheable"
      ? ["'self'", "'unsafe-inline'"]
      : ["'self'", `'nonce-${scriptPolicy.nonce}'`, "'strict-dynamic'"];
  if (options.development) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The public pages play YouTube videos from its cookieless host only (components/site/video-player.tsx).
    `frame-src ${scriptPolicy === "cacheable" ? "https://www.youtube-nocookie.com" : "'none'"}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The pages that read the session: they keep the nonce. Everything else is public and cacheable. */
export function isStaffPath(pathname: string): boolean {
  return ["/quan-tri", "/dang-nhap", "/xem-truoc"].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
