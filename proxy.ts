import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/core/content-security-policy";

function isSignedOutWorkspaceVisit(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname !== "/quan-tri" && !pathname.startsWith("/quan-tri/")) return false;
  return !request.cookies.has("next-auth.session-token") && !request.cookies.has("__Secure-next-auth.session-token");
}

/**
 * Every page gets a fresh nonce for its Content-Security-Policy. A signed-out visitor of the
 * workspace is sent to the sign-in page and back, as a courtesy only: every page, action and
 * route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  if (isSignedOutWorkspaceVisit(request)) {
    const signIn = new URL("/dang-nhap", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not static files, and not the API: uploads must reach their handler unbuffered.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
