// No "server-only" here: the report's integration test imports this file, as the commands' tests import theirs.
import type { Actor } from "@/core/permissions";
import type { ReportArticle, UnitReport } from "@/core/report";
import { mergeFigures, reportCharts, reportFigures, reportRows, type ReportUnit } from "@/core/report-figures";
import { periodLabel, previousPeriod } from "@/core/report-period";
import { readReportQuery, type ReportQuery, type ReportQueryValues } from "@/core/report-query";
import { reportScope, type ReportScope, type ScopeRefusal } from "@/core/report-scope";
import { treeOrder } from "@/core/unit-tree";
import type { Database } from "@/db/client";
import { publicSiteSettings } from "@/db/queries/public-site-settings";
import { listUnits } from "@/db/queries/taxonomy";
import { comparedFiguresInPeriod, ownFiguresInPeriod, reportArticleLines, type ReportFilter, viewsPerMonth } from "@/db/queries/report";
import { env } from "./env";


// The year-end report (issue 18) for the page and the spreadsheet: the same checks, the same numbers.

export type ReportUser = Actor & { unitId: number | null; displayName: string };

export type OpenedReport = {
  report: UnitReport;
  query: ReportQuery;
  scope: ReportScope;
  /** The units this person may choose in the form, in tree order. */
  choosableUnits: { id: number; name: string; depth: number }[];
  filter: ReportFilter;
};

export type ReportRefusal = { ok: false } & ({ status: 400; problem: string } | ScopeRefusal);

/** The report the address asks for, or why it cannot be given (400, 403 or 404, in Vietnamese). */
export async function openReport(db: Database, user: ReportUser, values: ReportQueryValues, now: Date = new Date()): Promise<({ ok: true } & OpenedReport) | ReportRefusal> {
  const read = readReportQuery(values, now);
  if (!read.ok) return { ok: false, status: 400, problem: read.problem };
  const allUnits = treeOrder(await listUnits(db));
  const chosen = reportScope(user, allUnits, read.query);
  if (!chosen.ok) return chosen;
  const { scope } = chosen;

  const inScope = scope.kind === "units" && scope.unitIds ? allUnits.filter((unit) => scope.unitIds?.has(unit.id)) : scope.kind === "units" ? allUnits : [];
  const top = scope.kind === "units" && scope.unitIds ? inScope[0] : undefined;
  const units: ReportUnit[] = inScope.map((unit) => ({ id: unit.id, parentId: unit.id === top?.id ? null : unit.parentId, name: unit.name, depth: unit.depth - (top?.depth ?? 0) }));
  const filter: ReportFilter = { unitIds: scope.kind === "units" && scope.unitIds ? [...scope.unitIds] : null, authorId: scope.kind === "mine" ? user.id : null };

  const { period } = read.query;
  const before = previousPeriod(period);
  const current = await ownFiguresInPeriod(db, filter, period, now);
  const previous = await comparedFiguresInPeriod(db, filter, before, now);
  const views = await viewsPerMonth(db, filter, period);
  const settings = await publicSiteSettings(db, env.SITE_SLOGAN, now);

  const mine = scope.kind === "mine";
  const scopeName = mine ? `Bài viết của ${user.displayName}` : top ? top.name : "Toàn tỉnh";
  const report: UnitReport = {
    unionName: settings.name,
    period,
    periodLabel: periodLabel(period),
    previousPeriod: before,
    previousPeriodLabel: periodLabel(before),
    scopeName,
    rows: mine ? [] : reportRows(units, current.own, previous),
    totals: reportFigures(mergeFigures([...current.own.values()])),
    previousTotals: reportFigures(mergeFigures([...previous.values()])),
    charts: reportCharts(units, mine ? null : scope.topId, current.published, views, period, user.displayName),
  };
  return { ok: true, report, query: read.query, scope, choosableUnits: choosableUnits(user, allUnits), filter };
}

/** The units of the form's list: those of the report this person gets by default (none for a contributor). */
function choosableUnits(user: ReportUser, allUnits: ({ id: number; parentId: number | null; name: string; depth: number })[]) {
  const widest = reportScope(user, allUnits, { unitId: null, mine: false });
  if (!widest.ok || widest.scope.kind !== "units") return [];
  const { unitIds } = widest.scope;
  return allUnits.filter((unit) => !unitIds || unitIds.has(unit.id)).map(({ id, name, depth }) => ({ id, name, depth }));
}

/** Every article the report counted, read a thousand at a time, for the spreadsheet's second sheet. */
export async function* reportArticles(db: Database, opened: OpenedReport, now: Date = new Date()): AsyncGenerator<ReportArticle> {
  for (let afterId = 0; ; ) {
    const lines = await reportArticleLines(db, opened.filter, opened.query.period, now, afterId, 1000);
    for (const line of lines) {
      yield { id: line.id, title: line.title, unitName: line.unitName, author: line.author ?? line.byline, submittedAt: line.submittedAt, publishedAt: line.publishedAt, views: line.views, url: `${env.SITE_URL}/tin-tuc/${line.slug}` };
    }
    const last = lines.at(-1);
    if (!last || lines.length < 1000) return;
    afterId = last.id;
  }
}
