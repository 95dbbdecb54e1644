import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageRowControls } from "@/components/workspace/page-row-controls";
import { canManagePages } from "@/core/permissions";
import { pagePath } from "@/core/public-routes";
import { pageLanguageNames, pageStatusLabels } from "@/core/schemas/page";
import { treeOrder } from "@/core/unit-tree";
import { formatShortDateTime } from "@/core/vi-date";
import { adminPages } from "@/db/queries/workspace-pages";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { deletePageAction, movePageAction } from "./actions";

export const metadata: Metadata = { title: "Trang giới thiệu" };

export default async function PagesPage() {
  await requireUserWho(canManagePages, "/quan-tri/trang");
  const pages = treeOrder(adminPages(getDatabase()));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Trang giới thiệu</h1>
        <Link href="/quan-tri/trang/moi" className={buttonClasses()}>Thêm trang mới</Link>
      </div>
      <p className="max-w-3xl text-sm text-neutral-700">
        Các trang giới thiệu Liên đoàn (Giới thiệu, Lịch sử truyền thống, Liên hệ…), ở địa chỉ /gioi-thieu/…. Trang con nằm dưới trang cha; thứ tự ở đây là thứ tự bạn đọc thấy. Một trang chỉ xóa được khi không còn trang con và không có trong menu.
      </p>
      {pages.length === 0 ? (
        <p className="rounded bg-white p-4">Chưa có trang nào.</p>
      ) : (
        <ul className="space-y-2" aria-label="Các trang giới thiệu">
          {pages.map((page) => (
            <li key={page.id} className="flex flex-wrap items-start gap-3 rounded border border-neutral-200 bg-white p-3" style={{ marginLeft: `${page.depth * 1.5}rem` }}>
              <div className="min-w-60 flex-1 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/quan-tri/trang/${page.id}`} className="font-semibold text-brand-900 underline-offset-2 hover:underline">{page.title}</Link>
                  <Badge tone={page.status === "published" ? "green" : "neutral"}>{pageStatusLabels[page.status]}</Badge>
                  {page.lang !== "vi" && <Badge tone="sky">{pageLanguageNames[page.lang]}</Badge>}
                </p>
                <p className="text-xs text-neutral-700">
                  Lưu lần cuối: {page.updatedByName ?? "không rõ"}, {formatShortDateTime(page.updatedAt)}
                  {page.status === "published" && (
                    <>
                      {" · "}
                      <a href={pagePath(page.slug)} target="_blank" rel="noreferrer" className="text-brand-700 underline">{pagePath(page.slug)}</a>
                    </>
                  )}
                </p>
              </div>
              <PageRowControls page={{ id: page.id, title: page.title }} actions={{ move: movePageAction, remove: deletePageAction }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
