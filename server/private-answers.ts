// A route handler's answer that no cache (the browser's, a proxy's, nginx's) may keep: one user's
// data, a refusal, or the outcome of one write. The handlers' JSON answers and the messages of their
// downloads (a backup, a report, a document's file) are made here; the files themselves set their own
// headers, and a public address's 404 (a feed, an image) stays cacheable as before.

/** JSON, `Cache-Control: no-store`. */
export function privateJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** A plain-text message in Vietnamese, for an address a person opens (a download) rather than a script. */
export function privateText(message: string, status: number): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}
