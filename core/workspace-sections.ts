// The workspace's menu: which sections an account has (the same permission table as the pages and
// actions behind them), and which one the page being read belongs to. The menu's client component
// runs the second in the browser, so this file imports nothing but types and core functions.
import { pathOf } from "./menu-current";
import { canManagePages, canManageVideos, canPublishAnything, type Actor } from "./permissions";
import { canSeeReport } from "./report-scope";

export type WorkspaceSection = {
  href: string;
  label: string;
  /** The addresses the section holds beyond its own, as path prefixes. */
  holds: string[];
  /** "review": shows the count of articles waiting; "site": the public site, loaded as a document. */
  kind?: "review" | "site";
};

const section = (href: string, label: string, holds: string[] = [href], kind?: WorkspaceSection["kind"]): WorkspaceSection =>
  kind ? { href, label, holds, kind } : { href, label, holds };

/** A workspace tab's title: the screen, then the workspace (the layout's template, which its own page does not get). */
export const WORKSPACE_TITLE_TEMPLATE = "%s | Quản trị Bản tin";
export const workspaceTitle = (screen: string) => WORKSPACE_TITLE_TEMPLATE.replace("%s", screen);

/** The sections in the menu's order; an account sees those it may open. */
export function workspaceSections(actor: Actor): WorkspaceSection[] {
  const admin = actor.role === "admin";
  return [
    // The list is /quan-tri itself; the article pages (editor, history) are under /quan-tri/bai-viet.
    section("/quan-tri", "Bài viết", ["/quan-tri/bai-viet"]),
    section("/quan-tri/bai-viet/moi", "Viết bài mới"),
    canPublishAnything(actor) && section("/quan-tri/cho-duyet", "Chờ duyệt", undefined, "review"),
    section("/quan-tri/van-ban", "Văn bản"),
    canSeeReport(actor) && section("/quan-tri/thong-ke", "Thống kê"),
    section("/quan-tri/thu-vien-anh", "Thư viện ảnh"),
    canManageVideos(actor) && section("/quan-tri/video", "Video"),
    canManagePages(actor) && section("/quan-tri/trang", "Trang giới thiệu"),
    admin && section("/quan-tri/tai-khoan", "Tài khoản"),
    admin && section("/quan-tri/don-vi", "Đơn vị"),
    admin && section("/quan-tri/chuyen-muc", "Chuyên mục"),
    admin && section("/quan-tri/nhat-ky", "Nhật ký"),
    admin && section("/quan-tri/sao-luu", "Sao lưu"),
    admin && section("/quan-tri/cai-dat", "Cài đặt trang"),
    admin && section("/quan-tri/menu", "Menu"),
    section("/", "Xem trang tin", [], "site"),
  ].filter((each): each is WorkspaceSection => each !== false);
}

/**
 * The section the address is in: the one it names exactly, else the one holding the longest prefix
 * of it (an album's page is in "Thư viện ảnh", an article's history in "Bài viết"); none for a page
 * outside the menu (the personal page).
 */
export function currentWorkspaceSection(sections: readonly WorkspaceSection[], pathname: string): string | null {
  const here = pathOf(pathname);
  const exact = sections.find((each) => each.href === here);
  if (exact) return exact.href;
  let best: { href: string; length: number } | null = null;
  for (const each of sections) {
    for (const prefix of each.holds) {
      const holds = here === prefix || here.startsWith(`${prefix}/`);
      if (holds && (!best || prefix.length > best.length)) best = { href: each.href, length: prefix.length };
    }
  }
  return best?.href ?? null;
}
