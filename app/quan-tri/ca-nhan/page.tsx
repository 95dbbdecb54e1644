import type { Metadata } from "next";
import { PasswordChangeForm } from "@/components/workspace/password-change-form";
import { roleLabels } from "@/core/permissions";
import { listUnits } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";
import { changePasswordAction } from "../../dang-nhap/doi-mat-khau/actions";

export const metadata: Metadata = { title: "Hồ sơ của tôi" };

export default async function ProfilePage() {
  const user = await requireUser("/quan-tri/ca-nhan");
  const unit = (await listUnits(getDatabase())).find((u) => u.id === user.unitId);
  return (
    <div className="grid max-w-4xl gap-8 md:grid-cols-2">
      <section aria-labelledby="ho-so">
        <h1 id="ho-so" className="text-2xl font-bold text-brand-900">Hồ sơ của tôi</h1>
        <dl className="mt-4 space-y-2 text-sm">
          <div><dt className="font-semibold">Họ và tên</dt><dd>{user.displayName}</dd></div>
          <div><dt className="font-semibold">Tên đăng nhập</dt><dd>{user.username}</dd></div>
          <div><dt className="font-semibold">Vai trò</dt><dd>{roleLabels[user.role]}</dd></div>
          <div><dt className="font-semibold">Đơn vị</dt><dd>{unit?.name ?? "—"}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="doi-mat-khau" className="rounded border border-neutral-200 bg-white p-5">
        <h2 id="doi-mat-khau" className="text-lg font-bold text-brand-900">Đổi mật khẩu</h2>
        <p className="mb-4 mt-1 text-sm text-neutral-700">Sau khi đổi, mọi phiên đăng nhập của bạn kết thúc; hãy đăng nhập lại bằng mật khẩu mới.</p>
        <PasswordChangeForm action={changePasswordAction} />
      </section>
    </div>
  );
}
