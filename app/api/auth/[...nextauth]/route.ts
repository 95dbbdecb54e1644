import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth-options";
import { privateJson } from "@/server/private-answers";
import { refuseForeignWrite } from "@/server/write-guard";

const handler = NextAuth(authOptions);

// Only what the sign-in form and the sign-out button use. next-auth answers the rest with pages
// and endpoints we do not need (its own sign-out page, a client log that writes what anyone sends
// into the server's log) or with a 500 (GET of the credentials callback).
const USED = new Set(["GET session", "GET csrf", "GET providers", "GET signin", "GET error", "POST callback/credentials", "POST signout"]);

type Context = { params: Promise<{ nextauth: string[] }> };

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

// next-auth's own rule (core/lib/assert.js), which it enforces by throwing: a 500.
function isHttpAddress(url: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

const answer = (status: number, error: string, headers: Record<string, string> = {}) => privateJson({ error }, status, headers);

async function authRoute(request: NextRequest, context: Context) {
  const path = (await context.params).nextauth.join("/");
  if (!USED.has(`${request.method} ${path}`)) {
    if (USED.has(`POST ${path}`)) return answer(405, "Đăng nhập chỉ nhận thông tin gửi từ trang /dang-nhap.", { Allow: "POST" });
    return answer(404, "Không tìm thấy địa chỉ này.");
  }
  if (request.method === "POST") {
    const refused = refuseForeignWrite(request);
    if (refused) return refused;
  }
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isHttpAddress(callbackUrl, request.nextUrl.origin)) return answer(400, "Địa chỉ quay lại sau khi đăng nhập không hợp lệ.");
  const badCookie = CALLBACK_COOKIES.find((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isHttpAddress(value, request.nextUrl.origin);
  });
  if (badCookie) return answer(400, "Địa chỉ quay lại sau khi đăng nhập không hợp lệ. Hãy mở lại trang đăng nhập.", { "Set-Cookie": `${badCookie}=; Path=/; Max-Age=0` });
  return handler(request, context);
}

export { authRoute as GET, authRoute as POST };
