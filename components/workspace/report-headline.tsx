import { changeMark, type ComparedFigures, formatDuration, type ReportFigures } from "@/core/report";
import { formatNumber } from "@/core/vi-number";

/** The period's main figures at a glance, each with its change against the period before. */
export function ReportHeadline({ totals, previous, previousLabel }: { totals: ReportFigures; previous: ComparedFigures; previousLabel: string }) {
  const items: { label: string; value: string; change?: string }[] = [
    { label: "Bài đã đăng", value: formatNumber(totals.published), change: changeMark(totals.published, previous.published).text },
    { label: "Lượt xem", value: formatNumber(totals.views), change: changeMark(totals.views, previous.views).text },
    { label: "Ảnh đã đăng", value: formatNumber(totals.photos), change: changeMark(totals.photos, previous.photos).text },
    { label: "Người viết", value: formatNumber(totals.contributors) },
    { label: "Thời gian duyệt (trung vị)", value: formatDuration(totals.reviewMedianMs) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.label} className="rounded border border-neutral-200 bg-white p-3">
          <dt className="text-xs font-semibold uppercase text-neutral-700">{item.label}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900">{item.value}</dd>
          {item.change && (
            <dd className="text-xs text-neutral-700">
              {item.change} so với {previousLabel}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
