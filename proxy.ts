import { NextResponse, type NextRequest } from "next/server";

// A courtesy only: a signed-out visitor to the workspace goes to the sign-in page and back.
// Every page, action and route handler checks the session itself.
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/dang-nhap", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/quan-tri", "/quan-tri/:path*"] };
