import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordChangeForm } from "@/components/workspace/password-change-form";
import { getCurrentUser } from "@/server/session";
import { changePasswordAction } from "./actions";


export const metadata: Metadata = { title: "Đổi mật khẩu", robots: { index: false } };

export default async function ForcedPasswordChangePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/dang-nhap");
  return (
    <main id="noi-dung" className="flex flex-1 items-center justify-center bg-brand-50 px-4 py-12">
      <div className="w-full max-w-md rounded-lg border border-neutral-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-bold text-brand-900">Đổi mật khẩu</h1>
        <p className="mt-2 text-sm text-neutral-700">
          {user.mustChangePassword
            ? `Chào ${user.displayName}. Mật khẩu của bạn do quản trị viên cấp: hãy chọn mật khẩu riêng trước khi bắt đầu làm việc.`
            : "Chọn mật khẩu mới cho tài khoản của bạn."}
        </p>
        <div className="mt-6">
          <PasswordChangeForm action={changePasswordAction} />
        </div>
      </div>
    </main>
  );
}
