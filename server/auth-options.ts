import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "./auth-secret";
import { env } from "./env";
import { SIGN_IN_LOCKED } from "@/core/sign-in-throttle";
import { getDatabase } from "./database";
import { clientAddressOf } from "./request-ip";
import { authenticate } from "./sign-in";

// next-auth builds its own URLs from NEXTAUTH_URL; the site's address is the right one.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's id and session version: all the token carries; the rest is read from the database. */
    uid?: number;
    sv?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản Bản tin",
      credentials: { username: { label: "Tên đăng nhập", type: "text" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, request) {
        const outcome = await authenticate(getDatabase(), credentials?.username ?? "", credentials?.password ?? "", clientAddressOf(request?.headers));
        // The sign-in form turns this code into its Vietnamese message.
        if (!outcome.ok && outcome.lockedUntil) throw new Error(SIGN_IN_LOCKED);
        return outcome.ok ? { id: String(outcome.user.id), name: outcome.user.displayName, sessionVersion: outcome.user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session }) {
      // The browser gets only a display name; permissions are always re-read on the server.
      return { ...session, user: { name: session.user?.name ?? null } };
    },
  },
};
