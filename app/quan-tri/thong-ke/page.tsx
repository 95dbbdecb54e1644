import type { Metadata } from "next";
import { buttonClasses } from "@/components/ui/button";
import { TabLink } from "@/components/ui/tab-link";
import { PrintButton } from "@/components/workspace/print-button";
import { ReportCharts } from "@/components/workspace/report-charts";
import { ReportFilterForm } from "@/components/workspace/report-filter-form";
import { ReportHeadline } from "@/components/workspace/report-headline";
import { ReportSummaryTable } from "@/components/workspace/report-summary-table";
import { isStaffRole } from "@/core/permissions";
import { reportHref, reportQueryValues, type ReportQueryValues, withOwnReportByDefault } from "@/core/report-query";
import { canSeeReport } from "@/core/report-scope";
import { getDatabase } from "@/server/database";
import { openReport, type OpenedReport } from "@/server/report";
import { requireUserWho } from "@/server/session";

export const metadata: Metadata = { title: "Thống kê" };

const PATH = "/quan-tri/thong-ke";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Tabs({ values, mine, staff }: { values: ReportQueryValues; mine: boolean; staff: boolean }) {
  return (
    <nav aria-label="Phạm vi thống kê" className="flex gap-1 border-b border-neutral-200 print:hidden">
      {staff && <TabLink href={reportHref(PATH, values, { xem: "", "don-vi": "" })} current={!mine}>Theo đơn vị</TabLink>}
      <TabLink href={reportHref(PATH, values, { xem: "cua-toi", "don-vi": "" })} current={mine}>Của tôi</TabLink>
    </nav>
  );
}

/**
 * The year-end emulation report (issue 18): what each unit published in a period, as figures, a
 * table, charts, a spreadsheet and a print layout. Who sees which units is core/report-scope.ts,
 * checked here and again by the spreadsheet's route.
 */
export default async function ReportPage({ searchParams }: Props) {
  const user = await requireUserWho(canSeeReport, PATH);
  const staff = isStaffRole(user.role);
  const values = withOwnReportByDefault(reportQueryValues(await searchParams), staff);
  const mine = values.xem === "cua-toi";
  const opened = await openReport(getDatabase(), user, values);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900 print:hidden">Thống kê công tác thông tin, tuyên truyền</h1>
      <Tabs values={values} mine={mine} staff={staff} />
      <ReportFilterForm values={values} units={opened.ok ? opened.choosableUnits : []} mine={mine} problemId={opened.ok ? undefined : "bao-cao-loi"} />
      {!opened.ok ? (
        <p id="bao-cao-loi" role="alert" className="rounded border border-accent-700 bg-white p-3 text-accent-700">
          {opened.problem}
        </p>
      ) : (
        <ReportBody opened={opened} values={values} />
      )}
    </div>
  );
}

function ReportBody({ opened, values }: { opened: OpenedReport; values: ReportQueryValues }) {
  const { report } = opened;
  const nothing = report.totals.published === 0 && report.totals.views === 0 && report.totals.submitted === 0;
  return (
    <article className="report space-y-4" aria-labelledby="bao-cao-tieu-de">
      <header className="space-y-1 text-center">
        <p className="hidden font-bold uppercase print:block">{report.unionName}</p>
        <h2 id="bao-cao-tieu-de" className="text-xl font-bold text-brand-900">
          Báo cáo công tác thông tin, tuyên truyền · {report.periodLabel}
        </h2>
        <p className="text-sm text-neutral-700">
          {report.scopeName} · so sánh với {report.previousPeriodLabel}
        </p>
      </header>
      <div className="flex flex-wrap gap-2 print:hidden">
        <a href={reportHref("/api/thong-ke/excel", values)} className={buttonClasses()} download>
          Tải Excel
        </a>
        <PrintButton label="In báo cáo" />
      </div>
      {nothing && (
        <p role="status" className="rounded border border-neutral-200 bg-white p-3 text-neutral-800">
          Kỳ {report.periodLabel}: {report.scopeName} chưa có bài nào được gửi duyệt, được đăng hay được đọc. Các số dưới đây đều là 0; tệp Excel vẫn có đủ tiêu đề cột.
        </p>
      )}
      <ReportHeadline totals={report.totals} previous={report.previousTotals} previousLabel={report.previousPeriodLabel} />
      {report.rows.length > 0 && (
        <section aria-labelledby="bang-don-vi" className="space-y-2">
          <h2 id="bang-don-vi" className="text-lg font-bold text-brand-900">Số liệu từng đơn vị</h2>
          <ReportSummaryTable rows={report.rows} totals={report.totals} previousTotals={report.previousTotals} previousLabel={report.previousPeriodLabel} caption={`Số liệu từng đơn vị, ${report.periodLabel}`} />
        </section>
      )}
      {!nothing && (
        <section aria-labelledby="bieu-do" className="space-y-2 print:break-before-page">
          <h2 id="bieu-do" className="text-lg font-bold text-brand-900">Biểu đồ</h2>
          <ReportCharts charts={report.charts} />
        </section>
      )}
    </article>
  );
}
