import type { Metadata } from "next";
import Link from "next/link";
import { MenuEditor } from "@/components/workspace/menu-editor";
import { adminMenu } from "@/db/queries/menu";
import { getDatabase } from "@/server/database";
import { requireAdmin } from "@/server/session";
import { saveMenuAction } from "./actions";

export const metadata: Metadata = { title: "Menu" };

export default async function MenuPage() {
  await requireAdmin("/quan-tri/menu");
  const { tree, targets, flags, fingerprint } = await adminMenu(getDatabase());
  const hidden = Object.keys(flags).length;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">Menu</h1>
      <div className="max-w-3xl space-y-2 text-sm text-neutral-700">
        <p>
          Thanh điều hướng ở đầu mọi trang của trang tin. Mỗi mục trỏ tới trang chủ, một chuyên mục, một đơn vị, một{" "}
          <Link href="/quan-tri/trang" className="text-brand-700 underline">trang giới thiệu</Link>, một đường dẫn trong trang (bắt đầu bằng “/”) hoặc một liên kết ngoài (mở trong thẻ mới). Menu có một cấp mục con.
        </p>
        <p>Đổi thứ tự bằng cách kéo biểu tượng ⠿ hoặc bằng các nút Lên, Xuống, Thành mục con, Ra cấp trên. Mọi thay đổi chỉ có hiệu lực khi bấm “Lưu menu”.</p>
      </div>
      {hidden > 0 && (
        <p role="note" className="max-w-3xl rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-900">
          {hidden} mục đang bị ẩn trên trang tin vì đích đã bị xóa hoặc trang chưa đăng: xem các mục được đánh dấu bên dưới.
        </p>
      )}
      <MenuEditor initialTree={tree} targets={targets} fingerprint={fingerprint} action={saveMenuAction} />
    </div>
  );
}
