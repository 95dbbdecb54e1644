"use client";

import { signOut } from "next-auth/react";

/**
 * Signs out, then goes to a page of this same site. next-auth's own redirect would go to the
 * configured site address, which may be another host name than the one in the address bar
 * (127.0.0.1 and localhost, or an internal name): the next sign-in's cookie would land there.
 */
export async function signOutTo(path: string) {
  await signOut({ redirect: false });
  window.location.assign(path);
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOutTo("/dang-nhap")} className="rounded px-3 py-2 text-sm font-semibold hover:bg-white/10">
      Đăng xuất
    </button>
  );
}
