import type { Metadata } from "next";
import Link from "next/link";
import { Input } from "@/components/ui/field";
import { FilterActions, FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Pager } from "@/components/site/pager";
import { buttonClasses } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { StatusBadge } from "@/components/workspace/status-badge";
import { paginate } from "@/core/pagination";
import { articleStatuses, canManageDocumentLists, isStaffRole } from "@/core/permissions";
import { statusLabels } from "@/core/workflow";
import { parseWorkspaceQuery, workspaceHref } from "@/core/workspace-query";
import { documentCountsByStatus, workspaceDocumentsPage } from "@/db/queries/workspace-documents";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";
import { ListingCount } from "@/components/site/listing-count";

export const metadata: Metadata = { title: "Văn bản" };

const PER_PAGE = 20;
const LIST = "/quan-tri/van-ban";

export default async function WorkspaceDocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(LIST);
  const db = getDatabase();
  // Only the status, the search box and the page are read from the address.
  const { status, titleQuery: query, page } = parseWorkspaceQuery(await searchParams);
  // Contributors see only the documents they registered; that limit comes from the session, not the URL.
  const onlyCreatorId = isStaffRole(user.role) ? undefined : user.id;
  const counts = await documentCountsByStatus(db, onlyCreatorId);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const { items, total: matching } = await workspaceDocumentsPage(db, { status, query, onlyCreatorId }, { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
  const pagination = paginate(matching, Math.min(page, Math.max(1, Math.ceil(matching / PER_PAGE))), PER_PAGE);
  const href = (change: { status?: typeof status; page?: number }) => workspaceHref({ status, titleQuery: query, page: 1, ...change }, LIST);
  const now = new Date();

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{onlyCreatorId ? "Văn bản của tôi" : "Văn bản"}</h1>
        <div className="flex flex-wrap gap-2">
          {canManageDocumentLists(user) && <Link href={`${LIST}/danh-muc`} className={buttonClasses({ variant: "secondary" })}>Loại văn bản và cơ quan ban hành</Link>}
          <Link href={`${LIST}/moi`} className={buttonClasses()}>Thêm văn bản</Link>
        </div>
      </div>

      <nav aria-label="Lọc theo trạng thái">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={href({ status: undefined })} aria-current={!status ? "page" : undefined} className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-900 aria-[current=page]:text-white">
              Tất cả ({total})
            </Link>
          </li>
          {articleStatuses.map((each) => (
            <li key={each}>
              <Link href={href({ status: each })} aria-current={status === each ? "page" : undefined} className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-900 aria-[current=page]:text-white">
                {statusLabels[each]} ({counts[each]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <FilterBar action={LIST} boxed label="Tìm văn bản">
        {status && <input type="hidden" name="trang-thai" value={status} />}
        <FilterField label="Tìm theo số/ký hiệu hoặc trích yếu">
          <Input look="filter" name="q" defaultValue={query} className="w-72 max-w-full" />
        </FilterField>
        <FilterActions submit="Tìm" clear={query ? { href: workspaceHref({ status }, LIST), text: "Bỏ tìm" } : undefined} />
      </FilterBar>

      <ListingCount pagination={pagination} />
      <Table
        caption="Danh sách văn bản, mới đăng ký trước"
        rows={items}
        rowKey={(item) => item.id}
        empty="Không có văn bản nào khớp bộ lọc."
        columns={[
          {
            header: "Số/ký hiệu, trích yếu",
            phoneLabel: "none",
            cell: (item) => (
              <Link href={`${LIST}/${item.id}`} className="text-brand-900 hover:underline">
                {item.number && <strong>{item.number}: </strong>}
                {item.abstract}
              </Link>
            ),
          },
          { header: "Loại", cell: (item) => item.formName },
          { header: "Cơ quan ban hành", cell: (item) => item.issuerName },
          { header: "Ngày ban hành", className: "whitespace-nowrap", cell: (item) => item.issuedOn },
          { header: "Trạng thái", cell: (item) => <StatusBadge status={item.status} publishedAt={item.publishedAt} now={now} /> },
          { header: "Người đăng ký", cell: (item) => item.creatorName ?? "—" },
        ]}
      />
      <Pager pagination={pagination} hrefForPage={(each) => href({ page: each })} />
    </div>
  );
}
