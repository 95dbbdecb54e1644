"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/dang-nhap" })} className="rounded px-3 py-2 text-sm font-semibold hover:bg-white/10">
      Đăng xuất
    </button>
  );
}
