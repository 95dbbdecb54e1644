import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterActions, FilterBar, FilterChoice, FilterField } from "@/components/ui/filter-bar";
import { FilterFold } from "@/components/ui/filter-fold";
import { DayInput } from "@/components/ui/day-input";
import { Table } from "@/components/ui/table";
import { ListingCount } from "@/components/site/listing-count";
import { Pager } from "@/components/site/pager";
import { auditActionLabels, auditActions } from "@/core/audit";
import { paginate, parsePageParam } from "@/core/pagination";
import { displayIpAddress } from "@/core/ip-address";
import { dayFieldText, formatCalendarDay, formatShortDateTime, readDayFilter, vietnamDayRange } from "@/core/vi-date";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { getDatabase } from "@/server/database";
import { requireAdmin } from "@/server/session";

export const metadata: Metadata = { title: "Nhật ký" };

const PER_PAGE = 50;

/** What the person typed comes back into the field, shown as dd/mm/yyyy when it was a real day. */
function typedDay(value: string | string[] | undefined): string {
  return typeof value === "string" ? dayFieldText(value) : "";
}
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Read only: the app offers no way to change or delete an entry. */
export default async function AuditLogPage({ searchParams }: Props) {
  await requireAdmin("/quan-tri/nhat-ky");
  const query = await searchParams;
  const action = auditActions.find((a) => a === query["thao-tac"]);
  const fromFilter = readDayFilter(typeof query.tu === "string" ? query.tu : "");
  const toFilter = readDayFilter(typeof query.den === "string" ? query.den : "");
  const fromDay = fromFilter.ok ? fromFilter.day : null;
  const toDay = toFilter.ok ? toFilter.day : null;
  const dayProblems = [fromFilter, toFilter].flatMap((filter) => (filter.ok ? [] : [filter.problem]));
  const page = parsePageParam(query.trang);
  if (page === null) notFound();
  const { items, total } = await auditEntriesPage(
    getDatabase(),
    { action, from: fromDay ? vietnamDayRange(fromDay).start : undefined, to: toDay ? vietnamDayRange(toDay).end : undefined },
    { offset: (page - 1) * PER_PAGE, limit: PER_PAGE },
  );
  const pagination = paginate(total, page, PER_PAGE);
  const hrefForPage = (p: number) => {
    const search = new URLSearchParams();
    if (action) search.set("thao-tac", action);
    if (fromDay) search.set("tu", formatCalendarDay(fromDay));
    if (toDay) search.set("den", formatCalendarDay(toDay));
    if (p > 1) search.set("trang", String(p));
    const text = search.toString();
    return text ? `/quan-tri/nhat-ky?${text}` : "/quan-tri/nhat-ky";
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Nhật ký hoạt động</h1>
      <FilterBar label="Lọc nhật ký">
        {/* On a phone the whole bar folds under one line (with its button: nothing to press while folded). */}
        <FilterFold summary="Lọc theo thao tác, ngày…" inUse={[action, typedDay(query.tu), typedDay(query.den)].filter(Boolean).length} columns="sm:flex sm:flex-wrap sm:items-end">
          <FilterChoice label="Thao tác" name="thao-tac" value={action} choices={auditActions.map((a) => ({ value: a, label: auditActionLabels[a] }))} />
          <FilterField label="Từ ngày"><DayInput look="filter" name="tu" defaultValue={typedDay(query.tu)} aria-describedby={dayProblems.length ? "loc-ngay-loi" : undefined} /></FilterField>
          <FilterField label="Đến ngày"><DayInput look="filter" name="den" defaultValue={typedDay(query.den)} aria-describedby={dayProblems.length ? "loc-ngay-loi" : undefined} /></FilterField>
          <FilterActions clear={{ href: "/quan-tri/nhat-ky" }} />
        </FilterFold>
      </FilterBar>
      {dayProblems.length > 0 && <p id="loc-ngay-loi" role="alert" className="text-sm text-accent-700">{dayProblems.join(" ")} Nhật ký dưới đây chưa lọc theo ngày đó.</p>}
      <ListingCount pagination={pagination} />
      <Table
        caption="Nhật ký, mới nhất trước"
        rows={items}
        rowKey={(entry) => entry.id}
        empty="Không có mục nào khớp bộ lọc."
        columns={[
          { header: "Lúc", className: "whitespace-nowrap", cell: (entry) => formatShortDateTime(entry.at) },
          { header: "Người làm", cell: (entry) => entry.actorName },
          { header: "Thao tác", cell: (entry) => auditActionLabels[entry.action] ?? entry.action },
          { header: "Đối tượng", className: "break-words", cell: (entry) => entry.target },
          { header: "Chi tiết", className: "break-words", cell: (entry) => entry.detail },
          { header: "Địa chỉ IP", className: "font-mono text-xs break-all", cell: (entry) => displayIpAddress(entry.ip) },
        ]}
      />
      <Pager pagination={pagination} hrefForPage={hrefForPage} />
    </div>
  );
}
