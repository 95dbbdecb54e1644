import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { WorkspaceMenu } from "@/components/workspace/workspace-menu";
import { canManagePages, canManageVideos, canPublishAnything, roleLabels } from "@/core/permissions";
import { pendingArticleCount } from "@/db/queries/workspace-articles";
import { canSeeReport } from "@/core/report-scope";
import { getDatabase } from "@/server/database";
import { getCurrentUser } from "@/server/session";


export const metadata: Metadata = { title: { default: "Quản trị nội dung", template: "%s | Quản trị Bản tin" }, robots: { index: false } };

const linkClass = "block whitespace-nowrap rounded px-3 py-3 hover:bg-white/10 lg:py-2";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Each page checks again with its own return address; this keeps the chrome from rendering for nobody.
  const user = await getCurrentUser();
  if (!user) redirect("/dang-nhap");
  if (user.mustChangePassword) redirect("/dang-nhap/doi-mat-khau");
  const reviewer = canPublishAnything(user);
  const waiting = reviewer ? await pendingArticleCount(getDatabase()) : 0;
  return (
    <>
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <Link href="/quan-tri" className="py-2 font-bold">Bản tin · Quản trị</Link>
          <WorkspaceMenu waiting={waiting}>
            <nav aria-label="Quản trị" className="lg:min-w-0 lg:flex-1">
              {/* Opened on a phone: two columns (three on a tablet); wide screens: one wrapping row. */}
              <ul className="grid grid-cols-2 gap-1 text-sm font-semibold sm:grid-cols-3 lg:flex lg:flex-wrap">
                <li><Link href="/quan-tri" className={linkClass}>Bài viết</Link></li>
                <li><Link href="/quan-tri/bai-viet/moi" className={linkClass}>Viết bài mới</Link></li>
                {reviewer && (
                  <li>
                    <Link href="/quan-tri/cho-duyet" className={linkClass}>
                      Chờ duyệt{" "}
                      <span className="ml-1 rounded-full bg-gold-400 px-2 py-0.5 text-xs font-bold text-brand-900" aria-label={`${waiting} bài chờ duyệt`}>
                        {waiting}
                      </span>
                    </Link>
                  </li>
                )}
                <li><Link href="/quan-tri/van-ban" className={linkClass}>Văn bản</Link></li>
                {canSeeReport(user) && <li><Link href="/quan-tri/thong-ke" className={linkClass}>Thống kê</Link></li>}
                <li><Link href="/quan-tri/thu-vien-anh" className={linkClass}>Thư viện ảnh</Link></li>
                {canManageVideos(user) && <li><Link href="/quan-tri/video" className={linkClass}>Video</Link></li>}
                {canManagePages(user) && <li><Link href="/quan-tri/trang" className={linkClass}>Trang giới thiệu</Link></li>}
                {user.role === "admin" && (
                  <>
                    <li><Link href="/quan-tri/tai-khoan" className={linkClass}>Tài khoản</Link></li>
                    <li><Link href="/quan-tri/don-vi" className={linkClass}>Đơn vị</Link></li>
                    <li><Link href="/quan-tri/chuyen-muc" className={linkClass}>Chuyên mục</Link></li>
                    <li><Link href="/quan-tri/nhat-ky" className={linkClass}>Nhật ký</Link></li>
                    <li><Link href="/quan-tri/sao-luu" className={linkClass}>Sao lưu</Link></li>
                    <li><Link href="/quan-tri/cai-dat" className={linkClass}>Cài đặt trang</Link></li>
                    <li><Link href="/quan-tri/menu" className={linkClass}>Menu</Link></li>
                  </>
                )}
                {/* The public site, as readers get it: a document from the page cache, not a prefetched payload (decision 14). */}
                <li><a href="/" className={linkClass}>Xem trang tin</a></li>
              </ul>
            </nav>
            <div className="flex flex-wrap items-center justify-between gap-2 border-t border-white/20 pt-2 text-sm lg:border-0 lg:pt-0">
              <Link href="/quan-tri/ca-nhan" className="rounded px-2 py-1 hover:bg-white/10">
                {user.displayName} <span className="text-brand-100">({roleLabels[user.role]})</span>
              </Link>
              <SignOutButton />
            </div>
          </WorkspaceMenu>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
