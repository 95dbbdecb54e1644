import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/workspace/sign-in-form";
import { UnionEmblem } from "@/components/site/union-emblem";
import { safeReturnPath } from "@/core/return-path";
import { getCurrentUser } from "@/server/session";


export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const returnTo = safeReturnPath(query.callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <main id="noi-dung" className="flex flex-1 items-center justify-center bg-brand-50 px-4 py-12">
      <div className="w-full max-w-sm rounded-lg border border-neutral-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="flex items-center gap-3">
          <UnionEmblem className="h-12 w-12" />
          <div>
            <p className="text-xs font-semibold uppercase text-accent-700">Bản tin Công đoàn</p>
            <h1 className="text-xl font-bold text-brand-900">Đăng nhập</h1>
          </div>
        </div>
        <p className="mt-4 text-sm text-neutral-700">Dành cho biên tập viên, cộng tác viên và quản trị viên.</p>
        {query["da-doi-mat-khau"] === "1" && (
          <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-900">Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.</p>
        )}
        <SignInForm returnTo={returnTo} />
      </div>
    </main>
  );
}
