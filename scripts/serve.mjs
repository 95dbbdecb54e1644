// @ts-check
// The production HTTP server that `npm start` (scripts/start.ts) and the bench run: Next's own
// request handler behind Node's HTTP server, for what `next start` cannot do
// (docs/decisions/0008-own-http-server.md):
// - the socket's address reaches the app in a header a client cannot forge: Next keeps a client's
//   own X-Forwarded-For and drops the socket's address, so sign-in limits could be dodged;
// - an address with malformed percent-encoding ("/xem-truoc/%") is answered here: Next fails to
//   decode it deep inside its router and answers 500;
// - HSTS when the site is served over https.
// Plain JavaScript, so the server process loads no TypeScript compiler.
import http from "node:http";

const port = Number(process.env.PORT ?? 3000);
// What server/client-address.ts (PEER_ADDRESS_HEADER) and core/public-routes.ts (NOT_FOUND_PATH) read.
const PEER_ADDRESS_HEADER = "x-ban-tin-peer";
const NOT_FOUND_PATH = "/_khong-tim-thay";
const https = (process.env.SITE_URL ?? "").startsWith("https://");

process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

/** True when a path segment cannot be percent-decoded, e.g. "%", "%zz" or "%E0%A4%A". */
function hasMalformedEncoding(/** @type {string} */ url) {
  const path = url.split("?")[0] ?? "";
  if (!path.includes("%")) return false; // most requests: nothing to decode
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

const server = http.createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  if (https) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const url = request.url ?? "/";
  if (hasMalformedEncoding(url)) {
    if (url.startsWith("/api/") || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(400, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
      response.end(JSON.stringify({ error: "Địa chỉ không hợp lệ: có ký tự % viết sai." }));
      return;
    }
    // A mangled link a reader followed: the site's own "not found" page, with its links onward.
    request.url = NOT_FOUND_PATH;
  }
  void handle(request, response);
});

// Node's default, said here because nginx's upstream keepalive_timeout (deploy/nginx/ban-tin.conf,
// 4 s) must stay below it: nginx closes an idle connection first, never sending a request down one
// this server is closing.
server.keepAliveTimeout = 5_000;

server.listen(port, () => {
  console.log(`Bản tin đang phục vụ tại http://localhost:${port}`);
});

// What the app must finish before the process ends (server/shutdown.ts: the view counts still in
// memory), awaited once the last request is answered: an "exit" listener cannot wait for a write.
/** @type {Set<() => Promise<void>>} */
const shutdownHooks = (globalThis.banTinShutdownHooks ??= new Set());

// Finish the requests under way and what the app still has to write, then exit.
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close(async () => {
      await Promise.allSettled([...shutdownHooks].map((hook) => hook()));
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
