// No "server-only" here: its test renders real charts with it, as the report's other server files do.
// The year-end report's charts (issue 18), drawn on the server by Apache ECharts as SVG strings:
// no JavaScript reaches the browser (docs/decisions/0018-report-charts.md). Each function returns
// null when the period has nothing to draw, and the page says so in words instead.
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from "echarts/charts";
import {
  AriaComponent,
  GridSimpleComponent,
  LegendPlainComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { shortMonthLabel, type ReportCharts } from "@/core/report";
import { formatNumber } from "@/core/vi-number";
import { escapeXml } from "@/core/xml";

echarts.use([BarChart, LineChart, AriaComponent, GridSimpleComponent, LegendPlainComponent, SVGRenderer]);

type ChartOption = echarts.ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | AriaComponentOption>;

/**
 * The units' colours, in the order of `charts.units`: each at least 3:1 against white (WCAG 1.4.11),
 * neighbours far apart in hue. The stacked bars also carry one of ECharts' 6 patterns (decals), so
 * they can be told apart without colour; 11 colours against 6 patterns, no two units share both
 * before the 67th.
 */
export const chartPalette = ["#1d4ed8", "#c2410c", "#15803d", "#7e22ce", "#be185d", "#0f766e", "#92400e", "#4338ca", "#4d7c0f", "#a21caf", "#155e75"] as const;

/** Drawn in viewBox units: the SVG scales to its box, and 360 is about a phone's width, so text stays near 12 px there. */
const WIDTH = 360;
const FONT_SIZE = 12;
// No quoted family names: ECharts writes the font into a style="" attribute without escaping quotes.
const FONT_FAMILY = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Helvetica Neue, Arial, sans-serif";
const TEXT_COLOUR = "#404040";
const LEGEND_ROW = 20;
const RANKING_ROW = 36;

/**
 * ECharts measures text on a canvas, which the server lacks; its own guess counts every letter
 * outside ASCII as 1 em, so "Liên đoàn" would wrap at half its room. This guesses a sans-serif's
 * widths (in em), tone marks set aside: "ệ" is as wide as "e".
 */
function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? "")?.[1] ?? FONT_SIZE);
  const letters = [...text.normalize("NFD").replace(/\p{M}/gu, "")];
  const ems = letters.reduce((sum, letter) => {
    if (/[ijlrtfI.,:;'|!() ]/.test(letter)) return sum + 0.3;
    if (/[mwMW]/.test(letter)) return sum + 0.85;
    if (/\p{Lu}/u.test(letter)) return sum + 0.68;
    return sum + 0.56;
  }, 0);
  return { width: ems * size };
}
echarts.setPlatformAPI({ measureText });

/** counts[u][m]: the articles `charts.units[u]` published in `charts.monthlyPublished[m]` (0 when it is not listed). */
export function publishedCounts(charts: ReportCharts): number[][] {
  return charts.units.map((unit) => charts.monthlyPublished.map((month) => month.byUnit.find((entry) => entry.unitId === unit.unitId)?.count ?? 0));
}

/** Articles per unit per month, as bars stacked by unit, with a legend of the units below. */
export function publishedByUnitChart(charts: ReportCharts): string | null {
  const { units, monthlyPublished: months } = charts;
  const counts = publishedCounts(charts);
  const monthTotals = months.map((_, m) => sum(counts.map((row) => row[m] ?? 0)));
  if (monthTotals.every((total) => total === 0)) return null;

  const description =
    `Biểu đồ cột chồng: số bài đã đăng của từng đơn vị theo tháng, ${periodWords(months)}, tổng ${formatNumber(sum(monthTotals))} bài. ` +
    `Từng tháng: ${months.map((month, m) => `${month.label}: ${formatNumber(monthTotals[m] ?? 0)} bài`).join("; ")}. ` +
    `Từng đơn vị: ${units.map((unit, u) => `${unit.name}: ${formatNumber(sum(counts[u] ?? []))} bài`).join("; ")}. ` +
    "Số bài của từng đơn vị trong từng tháng có ở bảng kèm theo.";
  const legendHeight = units.length * LEGEND_ROW;
  return renderChart(description, { width: WIDTH, height: 250 + legendHeight }, {
    aria: { enabled: true, label: { description }, decal: { show: true } },
    color: [...chartPalette],
    legend: {
      orient: "vertical", left: 0, bottom: 0, itemGap: LEGEND_ROW - 14, selectedMode: false,
      formatter: (name: string) => units[Number(name)]?.name ?? name,
      textStyle: { color: TEXT_COLOUR, width: WIDTH - 40, overflow: "truncate" },
    },
    grid: { left: 0, right: 8, top: 16, bottom: legendHeight + 16, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    xAxis: { type: "category", data: months.map((month) => shortMonthLabel(month.month)), axisLabel: monthAxisLabel(months.length) },
    yAxis: countAxis,
    series: units.map((_, u): BarSeriesOption => ({
      type: "bar",
      // Named by position, shown by name (the legend's formatter): ECharts gives colours and patterns
      // by series name, and two units may have the same name.
      name: String(u),
      stack: "published",
      // "-" draws nothing: a month without articles gets no sliver of the unit's colour.
      data: (counts[u] ?? []).map((count) => (count === 0 ? "-" : count)),
      // White seams between the stacked pieces, and light patterns that show on the dark colours.
      itemStyle: { borderColor: "#ffffff", borderWidth: 1, decal: { color: "rgba(255, 255, 255, 0.5)" } },
      ...still,
    })),
  });
}

/** Views per month of the whole scope, as a line. */
export function viewsByMonthChart(charts: ReportCharts): string | null {
  const months = charts.monthlyViews;
  if (months.every((month) => month.views === 0)) return null;
  const most = months.reduce((best, month) => (month.views > best.views ? month : best));
  const description =
    `Biểu đồ đường: lượt xem theo tháng, ${periodWords(months)}, tổng ${formatNumber(sum(months.map((month) => month.views)))} lượt; ` +
    `nhiều nhất ${most.label} với ${formatNumber(most.views)} lượt. ` +
    `Từng tháng: ${months.map((month) => `${month.label}: ${formatNumber(month.views)} lượt`).join("; ")}.`;
  return renderChart(description, { width: WIDTH, height: 260 }, {
    aria: { enabled: true, label: { description } },
    grid: { left: 0, right: 16, top: 16, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    xAxis: { type: "category", boundaryGap: false, data: months.map((month) => shortMonthLabel(month.month)), axisLabel: monthAxisLabel(months.length) },
    yAxis: countAxis,
    series: [{ type: "line", name: "Lượt xem", data: months.map((month) => month.views), color: chartPalette[0], symbolSize: 6, lineStyle: { width: 3 }, ...still }],
  });
}

/** Each unit's place, units with as many articles sharing one: 9, 6, 6, 2 → 1, 2, 2, 4. */
export function rankingPlaces(ranking: ReportCharts["ranking"]): number[] {
  return ranking.map((unit) => 1 + ranking.filter((other) => other.published > unit.published).length);
}

/**
 * Units by articles published, most first at the top. A long name wraps onto two lines beside its
 * bar and is cut with "…" after that; the aria-label and the table keep it whole.
 */
export function unitRankingChart(charts: ReportCharts): string | null {
  const ranking = charts.ranking;
  if (ranking.every((unit) => unit.published === 0)) return null;
  const places = rankingPlaces(ranking);
  const description =
    `Biểu đồ cột ngang: xếp hạng ${ranking.length} đơn vị theo số bài đã đăng, nhiều nhất ở trên. ` +
    `${ranking.map((unit, i) => `${places[i]}. ${unit.name}: ${formatNumber(unit.published)} bài`).join("; ")}.`;
  const labelWidth = 130;
  return renderChart(description, { width: WIDTH, height: 40 + ranking.length * RANKING_ROW }, {
    aria: { enabled: true, label: { description } },
    grid: { left: labelWidth + 8, right: 48, top: 8, bottom: 24 },
    xAxis: countAxis,
    yAxis: {
      type: "category",
      inverse: true,
      data: ranking.map((unit) => unit.name),
      axisTick: { show: false },
      axisLabel: {
        interval: 0, lineHeight: 14, color: TEXT_COLOUR,
        formatter: (name: string) => twoLines(name, labelWidth),
      },
    },
    series: [{
      type: "bar",
      name: "Bài đã đăng",
      data: ranking.map((unit) => unit.published),
      color: chartPalette[0],
      barMaxWidth: 20,
      label: { show: true, position: "right", color: TEXT_COLOUR, formatter: ({ value }) => formatNumber(Number(value)) },
      ...still,
    }],
  });
}

/**
 * A name on at most two lines of `width`, broken at spaces as ECharts would; what does not fit ends
 * in "…" (ECharts' own cut of extra lines drops them without one).
 */
function twoLines(name: string, width: number): string {
  const lines: string[] = [];
  for (const word of name.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = lines.slice(0, 2);
  if (lines.length > 2) kept[1] = `${kept[1]}…`;
  return kept.map((line) => clipped(line, width)).join("\n");
}

/** A line cut, letter by letter, until it fits `width` with its "…". */
function clipped(line: string, width: number): string {
  let text = line;
  while (measureText(text).width > width && text.length > 1) text = `${text.replace(/…$/, "").slice(0, -1).trimEnd()}…`;
  return text;
}

/** Nothing reacts to the pointer: the SVG is a picture, with no script to answer a hover. */
const still = { silent: true, emphasis: { disabled: true } } as const;

/** A value axis of whole numbers, written the Vietnamese way ("16.383"). */
const countAxis = { type: "value", minInterval: 1, axisLabel: { color: TEXT_COLOUR, formatter: (value: number) => formatNumber(value) } } as const;

/** Month labels: every one while there is room for them slanted, else as many as fit (ECharts picks). */
function monthAxisLabel(count: number) {
  return { interval: count <= 12 ? 0 : ("auto" as const), rotate: count > 5 ? 45 : 0, color: TEXT_COLOUR };
}

function periodWords(months: { label: string }[]): string {
  const first = months[0]?.label ?? "";
  const last = months.at(-1)?.label ?? "";
  return first === last ? first : `từ ${first} đến ${last}`;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function renderChart(description: string, size: { width: number; height: number }, option: ChartOption): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, color: TEXT_COLOUR }, ...option });
    return asResponsiveImage(chart.renderToSVGString(), description);
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts' root is `<svg width="360" height="…" … viewBox="0 0 360 …">`, with no role or label (its
 * aria option labels the chart's DOM container, which server rendering does not have). Give it
 * role="img" and the description, and width="100%" without a height, so it scales to its box with
 * the viewBox's proportions instead of overflowing a phone.
 */
function asResponsiveImage(svg: string, description: string): string {
  const root = /^<svg width="[\d.]+" height="[\d.]+" /;
  if (!root.test(svg)) throw new Error(`ECharts' SVG root is not as expected: ${svg.slice(0, 120)}`);
  return svg.replace(root, `<svg role="img" aria-label="${escapeXml(description)}" width="100%" `);
}
