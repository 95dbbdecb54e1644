"use client";

import { signIn, type SignInResponse } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Input, typedAsIs } from "@/components/ui/field";
import { useInBrowser } from "@/components/ui/use-in-browser";
import { SIGN_IN_LOCKED } from "@/core/sign-in-throttle";

/** A sign-in next-auth refused for its form token, which it reports as a success: "…/signin?csrf=true". */
function refusedAsStale(result: SignInResponse | null | undefined): boolean {
  return Boolean(result?.ok && result.url && new URL(result.url, window.location.href).searchParams.has("csrf"));
}

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until its script runs the form cannot sign in: a press of "Đăng nhập" (or Enter) then would send
  // the form the browser's way, the password in the address bar, the history and the server's logs.
  const ready = useInBrowser();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const attempt = () =>
      signIn("credentials", {
        redirect: false,
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
      }).catch(() => null);
    let result = await attempt();
    // next-auth answers a form token that no longer matches its cookie (the cookie replaced or gone
    // between the two requests) with 200 and "?csrf=true", no error and no session: taken as a success,
    // the editor would land on the sign-in page again without a word. The second attempt fetches a fresh token.
    if (refusedAsStale(result)) result = await attempt();
    setPending(false);
    if (refusedAsStale(result)) {
      setError("Phiên của trang đăng nhập đã hết hạn. Hãy tải lại trang rồi đăng nhập lại.");
      return;
    }
    if (!result?.ok) {
      // One message for every refusal: it must not tell whether the username exists.
      setError(
        result?.error === SIGN_IN_LOCKED
          ? "Đăng nhập sai quá nhiều lần nên tạm bị khóa. Hãy thử lại sau 15 phút, hoặc nhờ quản trị viên đặt lại mật khẩu."
          : "Tên đăng nhập hoặc mật khẩu không đúng.",
      );
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <noscript>
        <p className="rounded border border-accent-700 bg-red-50 p-3 text-sm text-accent-700">Trang quản trị cần JavaScript: hãy bật JavaScript trong trình duyệt rồi tải lại trang để đăng nhập.</p>
      </noscript>
      {error && (
        <p role="alert" className="rounded border border-accent-700 bg-red-50 p-3 text-sm text-accent-700">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="username" className="text-sm font-semibold">Tên đăng nhập</label>
        <Input id="username" name="username" autoComplete="username" required {...typedAsIs} className="text-base focus:border-brand-700" />
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-semibold">Mật khẩu</label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required className="text-base focus:border-brand-700" />
      </div>
      <button type="submit" disabled={pending || !ready} className="w-full rounded bg-brand-900 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
