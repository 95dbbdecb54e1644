import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { WorkspaceMenu } from "@/components/workspace/workspace-menu";
import { canPublishAnything, roleLabels } from "@/core/permissions";
import { WORKSPACE_TITLE_TEMPLATE, workspaceSections } from "@/core/workspace-sections";
import { pendingArticleCount } from "@/db/queries/workspace-articles";
import { getDatabase } from "@/server/database";
import { requireUserOfRequest } from "@/server/session";

export const metadata: Metadata = { title: { default: "Quản trị nội dung", template: WORKSPACE_TITLE_TEMPLATE }, robots: { index: false } };

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Each page checks again; this keeps the chrome from rendering for nobody, and sends back to the page asked for.
  const user = await requireUserOfRequest();
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
          <WorkspaceMenu sections={workspaceSections(user)} waiting={waiting}>
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
