import type { Metadata } from "next";
import Link from "next/link";
import { Input } from "@/components/ui/field";
import { FilterActions, FilterBar, FilterChoice, FilterField } from "@/components/ui/filter-bar";
import { FilterFold } from "@/components/ui/filter-fold";
import { ListingCount } from "@/components/site/listing-count";
import { Pager } from "@/components/site/pager";
import { Table } from "@/components/ui/table";
import { StatusBadge } from "@/components/workspace/status-badge";
import { paginate } from "@/core/pagination";
import { articleStatuses, isStaffRole } from "@/core/permissions";
import { formatShortDateTime } from "@/core/vi-date";
import { statusLabels } from "@/core/workflow";
import { parseWorkspaceQuery, workspaceFiltersInUse, workspaceHref } from "@/core/workspace-query";
import { workspaceTitle } from "@/core/workspace-sections";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { listAuthors } from "@/db/queries/users";
import { articleCountsByStatus, workspaceArticlesPage } from "@/db/queries/workspace-articles";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";

// A layout's title template reaches the pages below it, not the page beside it: this one says it in full.
export const metadata: Metadata = { title: { absolute: workspaceTitle("Bài viết") } };

const PER_PAGE = 20;

export default async function WorkspaceArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/quan-tri");
  const db = getDatabase();
  const query = parseWorkspaceQuery(await searchParams);
  // Contributors see only their own articles; that limit comes from the session, not the URL.
  const onlyAuthorId = isStaffRole(user.role) ? undefined : user.id;
  const counts = await articleCountsByStatus(db, onlyAuthorId);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const { items, total: matching } = await workspaceArticlesPage(db, { ...query, onlyAuthorId }, { offset: (query.page - 1) * PER_PAGE, limit: PER_PAGE });
  const pagination = paginate(matching, Math.min(query.page, Math.max(1, Math.ceil(matching / PER_PAGE))), PER_PAGE);
  const categories = await listCategories(db);
  const units = await listUnits(db);
  const authors = onlyAuthorId ? [] : await listAuthors(db);
  const now = new Date();

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{onlyAuthorId ? "Bài viết của tôi" : "Bài viết"}</h1>
        <Link href="/quan-tri/bai-viet/moi" className="rounded bg-accent-700 px-4 py-2 font-semibold text-white hover:bg-accent-600">
          + Bài mới
        </Link>
      </div>

      <nav aria-label="Lọc theo trạng thái">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={workspaceHref({ ...query, status: undefined, page: 1 })} aria-current={!query.status ? "page" : undefined} className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-900 aria-[current=page]:text-white">
              Tất cả ({total})
            </Link>
          </li>
          {articleStatuses.map((status) => (
            <li key={status}>
              <Link href={workspaceHref({ ...query, status, page: 1 })} aria-current={query.status === status ? "page" : undefined} className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-900 aria-[current=page]:text-white">
                {statusLabels[status]} ({counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <FilterBar action="/quan-tri" boxed label="Tìm và lọc bài viết">
        {query.status && <input type="hidden" name="trang-thai" value={query.status} />}
        <FilterField label="Tìm theo tiêu đề">
          <Input look="filter" name="q" defaultValue={query.titleQuery} className="w-64 max-w-full" />
        </FilterField>
        {/* On a phone the lists fold under one line, so an editor's articles start on the first screen. */}
        <FilterFold summary={authors.length > 0 ? "Lọc theo chuyên mục, đơn vị, tác giả…" : "Lọc theo chuyên mục, đơn vị…"} inUse={workspaceFiltersInUse(query)} columns="sm:flex sm:flex-wrap sm:items-end">
          <FilterChoice label="Chuyên mục" name="chuyen-muc" value={query.categoryId} choices={categories.map((c) => ({ value: c.id, label: c.name }))} />
          <FilterChoice label="Đơn vị" name="don-vi" value={query.unitId} choices={units.map((u) => ({ value: u.id, label: u.shortName }))} />
          {authors.length > 0 && <FilterChoice label="Tác giả" name="tac-gia" value={query.authorId} choices={authors.map((a) => ({ value: a.id, label: a.displayName }))} />}
        </FilterFold>
        <FilterActions clear={{ href: "/quan-tri" }} />
      </FilterBar>

      {/* Above the list, as in the readers' lists: a filter's count is seen without scrolling past it. */}
      <ListingCount pagination={pagination} />
      <Table
        caption="Danh sách bài viết, mới sửa trước"
        rows={items}
        rowKey={(item) => item.id}
        empty="Không có bài viết nào khớp bộ lọc."
        columns={[
          {
            header: "Tiêu đề",
            phoneLabel: "none",
            cell: (item) => (
              <>
                <Link href={`/quan-tri/bai-viet/${item.id}`} className="font-semibold text-brand-900 hover:underline">
                  {item.title || "(Chưa có tiêu đề)"}
                </Link>
                {item.status === "draft" && item.reviewComment && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">Có nhận xét cần sửa</span>
                )}
              </>
            ),
          },
          { header: "Trạng thái", cell: (item) => <StatusBadge status={item.status} publishedAt={item.publishedAt} now={now} /> },
          { header: "Chuyên mục", cell: (item) => item.categoryName },
          { header: "Đơn vị", cell: (item) => item.unitShortName },
          { header: "Tác giả", cell: (item) => item.authorName ?? "—" },
          { header: "Cập nhật", className: "whitespace-nowrap", cell: (item) => formatShortDateTime(item.updatedAt) },
        ]}
      />
      <Pager pagination={pagination} hrefForPage={(page) => workspaceHref({ ...query, page })} />
    </div>
  );
}
