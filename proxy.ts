import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isStaffPath } from "@/core/content-security-policy";
import { legacyRouteFor, trailingSlashRouteFor } from "@/core/legacy-routes";
import { mediaTypeOf } from "@/core/request-origin";
import { REQUESTED_PATH_HEADER } from "@/core/return-path";
import { NOT_FOUND_PATH, publicRouteFor, searchParamsRecord, type PublicRoute } from "@/core/public-routes";
import { actionBodyRefusal, writeRefusal, type Refusal } from "@/server/write-guard";

function isSignedOutWorkspaceVisit(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname !== "/quan-tri" && !pathname.startsWith("/quan-tri/")) return false;
  return !request.cookies.has("next-auth.session-token") && !request.cookies.has("__Secure-next-auth.session-token");
}

const development = process.env.NODE_ENV === "development";

// A public page's answer, with the cacheable Content-Security-Policy.
function publicResponse(request: NextRequest, route: PublicRoute | null): NextResponse {
  const response =
    route?.kind === "redirect" ? NextResponse.redirect(new URL(route.href, request.url), route.permanent ? 308 : 307)
    : route?.kind === "rewrite" ? NextResponse.rewrite(new URL(route.path, request.url))
    : route?.kind === "not-found" ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
    : NextResponse.next();
  response.headers.set("Content-Security-Policy", contentSecurityPolicy("cacheable", { development }));
  return response;
}

/**
 * A write to a page is a server action (or a form posting one without JavaScript). Next refuses a
 * foreign origin, a body over its limit or one it cannot decode by throwing, which answers 500:
 * these are refused here first, with their reason in Vietnamese.
 */
async function actionRefusal(request: NextRequest): Promise<Refusal | null> {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const refusal = writeRefusal(request);
  if (refusal) return refusal;
  const isAction = request.headers.has("next-action") || mediaTypeOf(request.headers.get("content-type")) === "multipart/form-data";
  return isAction ? actionBodyRefusal(request) : null;
}

/**
 * A path ending in "/" loses it with a 308, unless it may be an old portal's category (core/legacy-routes.ts).
 * Staff pages get a fresh nonce for their Content-Security-Policy. Public pages are served from
 * Next's cache, so they get the cacheable policy, and their query strings become path segments
 * (core/public-routes.ts) that Next can cache; an old portal's address goes to the cached page that
 * looks its redirect up (core/legacy-routes.ts), decided without the database. A signed-out visitor
 * of the workspace is sent to the sign-in page and back, as a courtesy only: every page, action and
 * route handler checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const refusal = await actionRefusal(request);
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const { pathname, searchParams, search } = request.nextUrl;
  // Next's own trailing-slash redirect is off (next.config.ts): it is made here, or an old NukeViet category is followed first.
  const withoutSlash = trailingSlashRouteFor(request.method, pathname, search);
  if (withoutSlash) return publicResponse(request, withoutSlash);
  if (isSignedOutWorkspaceVisit(request)) {
    const signIn = new URL("/dang-nhap", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  if (!isStaffPath(pathname)) {
    const route = legacyRouteFor(pathname, searchParams) ?? publicRouteFor(pathname, searchParamsRecord(searchParams));
    return publicResponse(request, route);
  }
  const policy = contentSecurityPolicy({ nonce: btoa(crypto.randomUUID()) }, { development });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", policy);
  headers.set(REQUESTED_PATH_HEADER, pathname + search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not static files, and not the API: uploads must reach their handler unbuffered.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
