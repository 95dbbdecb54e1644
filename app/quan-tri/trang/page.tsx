import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { PageList } from "@/components/workspace/page-list";
import { canManagePages } from "@/core/permissions";
import { pagePath } from "@/core/public-routes";
import { treeOrder } from "@/core/unit-tree";
import { formatShortDateTime } from "@/core/vi-date";
import { adminPages } from "@/db/queries/workspace-pages";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { deletePageAction, movePageAction } from "./actions";

export const metadata: Metadata = { title: "Trang giới thiệu" };

export default async function PagesPage() {
  await requireUserWho(canManagePages, "/quan-tri/trang");
  const rows = treeOrder(await adminPages(getDatabase())).map((page) => ({
    id: page.id,
    title: page.title,
    status: page.status,
    lang: page.lang,
    depth: page.depth,
    lastSaved: `${page.updatedByName ?? "không rõ"}, ${formatShortDateTime(page.updatedAt)}`,
    publicPath: pagePath(page.slug),
  }));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Trang giới thiệu</h1>
        <Link href="/quan-tri/trang/moi" className={buttonClasses()}>Thêm trang mới</Link>
      </div>
      <p className="max-w-3xl text-sm text-neutral-700">
        Các trang giới thiệu Liên đoàn (Giới thiệu, Lịch sử truyền thống, Liên hệ…), ở địa chỉ /gioi-thieu/…. Trang con nằm dưới trang cha; thứ tự ở đây là thứ tự bạn đọc thấy. Một trang chỉ xóa được khi không còn trang con và không có trong menu.
      </p>
      {rows.length === 0 ? <p className="rounded bg-white p-4">Chưa có trang nào.</p> : <PageList rows={rows} actions={{ move: movePageAction, remove: deletePageAction }} />}
    </div>
  );
}
