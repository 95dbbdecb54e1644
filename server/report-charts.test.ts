import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/core/colour-contrast";
import { monthLabel, type ReportCharts } from "@/core/report";
import { chartPalette, publishedByUnitChart, publishedCounts, rankingPlaces, unitRankingChart, viewsByMonthChart } from "./report-charts";

// The guard throws outside React's server build; what it guards is not under test here.

const LONG_NAME = "Công đoàn Viên chức tỉnh Lạng Sơn và các đơn vị sự nghiệp trực thuộc";
const HOSTILE_NAME = "Công đoàn <script>alert(1)</script> & Co";

function month(key: string, counts: [number, number]) {
  return { month: key, label: monthLabel(key), byUnit: [{ unitId: 1, count: counts[0] }, { unitId: 2, count: counts[1] }] };
}

const charts: ReportCharts = {
  units: [{ unitId: 1, name: "LĐLĐ huyện Chi Lăng" }, { unitId: 2, name: HOSTILE_NAME }],
  monthlyPublished: [month("2026-03", [3, 2]), month("2026-04", [6, 0]), month("2026-05", [0, 4])],
  monthlyViews: [
    { month: "2026-03", label: "Tháng 3/2026", views: 1200 },
    { month: "2026-04", label: "Tháng 4/2026", views: 16383 },
    { month: "2026-05", label: "Tháng 5/2026", views: 0 },
  ],
  ranking: [
    { unitId: 1, name: "LĐLĐ huyện Chi Lăng", published: 9 },
    { unitId: 2, name: HOSTILE_NAME, published: 6 },
    { unitId: 3, name: LONG_NAME, published: 0 },
  ],
};

const render = {
  published: () => publishedByUnitChart(charts) ?? "",
  views: () => viewsByMonthChart(charts) ?? "",
  ranking: () => unitRankingChart(charts) ?? "",
};

/** The root element's attributes, entities decoded as a browser would. */
function root(svg: string): Record<string, string> {
  const tag = /^<svg ([^>]*)>/.exec(svg)?.[1] ?? "";
  const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [name, decode(value)]));
}

/** Each drawn bar's height or width, by "series/data" index (ECharts' server rendering marks each shape with them). */
function barSizes(svg: string, size: "height" | "width"): Map<string, number> {
  const bars = [...svg.matchAll(/<path d="M[\d.]+ [\d.]+l([\d.]+) 0l0 (-?[\d.]+)[^"]*"[^>]*ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g)];
  return new Map(bars.map(([, width, height, series, data]) => [`${series}/${data}`, Math.abs(Number(size === "width" ? width : height))]));
}

/** The vertical position of each drawn bar, by data index, in a one-series chart. */
function barTops(svg: string): number[] {
  return [...svg.matchAll(/<path d="M[\d.]+ ([\d.]+)l[^"]*"[^>]*ecmeta_data_index="\d+" ecmeta_ssr_type="chart"/g)].map((match) => Number(match[1]));
}

/** The text drawn in the picture, without the root's aria-label. */
function drawnText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join("\n");
}

describe.each(Object.entries(render))("the %s chart", (_, draw) => {
  it("is an image named in Vietnamese for screen readers", () => {
    const attributes = root(draw());
    expect(attributes.role).toBe("img");
    expect(attributes["aria-label"]).toMatch(/^Biểu đồ .*Tháng|^Biểu đồ cột ngang: xếp hạng/);
  });

  it("scales to its box: a viewBox, the full width and no fixed size", () => {
    const attributes = root(draw());
    expect(attributes.viewBox).toMatch(/^0 0 360 \d+$/);
    expect(attributes.width).toBe("100%");
    expect(attributes.height).toBeUndefined();
  });

  it("carries no script, no event handler and no unescaped unit name", () => {
    const svg = draw();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toContain("& Co");
  });
});

describe("publishedByUnitChart", () => {
  it("labels the months and names the units, escaped", () => {
    const svg = render.published();
    for (const label of ["T3/2026", "T4/2026", "T5/2026", "LĐLĐ huyện Chi Lăng"]) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain(">Công đoàn &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</text>");
  });

  it("draws each unit's bar as tall as its count, and none for a month without articles", () => {
    const heights = barSizes(render.published(), "height");
    const perArticle = (heights.get("0/0") ?? 0) / 3;
    expect(perArticle).toBeGreaterThan(10);
    // ECharts rounds the edges to whole pixels.
    expect(heights.get("0/1")).toBeCloseTo(6 * perArticle, -0.5);
    expect(heights.get("1/0")).toBeCloseTo(2 * perArticle, -0.5);
    expect(heights.get("1/2")).toBeCloseTo(4 * perArticle, -0.5);
    expect(heights.has("0/2")).toBe(false);
    expect(heights.has("1/1")).toBe(false);
  });

  it("says the totals of each month and each unit in its description", () => {
    const label = root(render.published())["aria-label"];
    expect(label).toContain("từ Tháng 3/2026 đến Tháng 5/2026, tổng 15 bài");
    expect(label).toContain("Tháng 4/2026: 6 bài");
    expect(label).toContain(`${HOSTILE_NAME}: 6 bài`);
  });

  it("gives each unit its own pattern as well as its colour", () => {
    const svg = render.published();
    const patterns = new Set([...svg.matchAll(/fill="url\(#([\w-]+)\)"/g)].map((match) => match[1]));
    expect(patterns.size).toBe(2);
    expect(svg).toContain(`fill="${chartPalette[0]}"`);
    expect(svg).toContain(`fill="${chartPalette[1]}"`);
  });

  it("gives two units of the same name different colours or patterns", () => {
    const twins: ReportCharts = {
      ...charts,
      units: [{ unitId: 1, name: "Công đoàn cơ sở" }, { unitId: 2, name: "Công đoàn cơ sở" }],
    };
    const svg = publishedByUnitChart(twins) ?? "";
    const fills = [0, 1].map((series) => new RegExp(`fill="(#\\w+)"[^>]*ecmeta_series_index="${series}"[^>]*ssr_type="chart"`).exec(svg)?.[1]);
    expect(fills).toEqual([chartPalette[0], chartPalette[1]]);
    expect(drawnText(svg).match(/^Công đoàn cơ sở$/gm)).toHaveLength(2);
  });

  it("reads a unit missing from a month as 0", () => {
    const sparse = { ...charts, monthlyPublished: [{ month: "2026-03", label: "Tháng 3/2026", byUnit: [{ unitId: 2, count: 5 }] }] };
    expect(publishedCounts(sparse)).toEqual([[0], [5]]);
  });
});

describe("viewsByMonthChart", () => {
  it("writes the views the Vietnamese way, in the axis and the description", () => {
    const svg = render.views();
    expect(svg).toMatch(/>\d{1,3}\.000<\/text>/);
    expect(root(svg)["aria-label"]).toContain("tổng 17.583 lượt; nhiều nhất Tháng 4/2026 với 16.383 lượt");
    expect(root(svg)["aria-label"]).toContain("Tháng 5/2026: 0 lượt");
  });
});

describe("unitRankingChart", () => {
  it("puts the unit with most articles at the top, its bar as long as its count, the count beside it", () => {
    const svg = render.ranking();
    const [first = 0, second = 0, third = 0] = barTops(svg);
    expect(first).toBeLessThan(second);
    expect(second).toBeLessThan(third);
    const widths = barSizes(svg, "width");
    expect(widths.get("0/1")).toBeCloseTo(((widths.get("0/0") ?? 0) * 6) / 9, -0.5);
    expect(drawnText(svg).split("\n")).toEqual(expect.arrayContaining(["LĐLĐ huyện Chi Lăng", "9", "6", "0"]));
  });

  it("cuts a long name with an ellipsis in the picture and keeps it whole in the description", () => {
    const svg = render.ranking();
    expect(drawnText(svg)).not.toContain("trực thuộc");
    expect(drawnText(svg)).toMatch(/^Công đoàn Viên chức\s*\ntỉnh Lạng Sơn.*…$/m);
    expect(root(svg)["aria-label"]).toContain(`3. ${LONG_NAME}: 0 bài`);
  });
});

describe("rankingPlaces", () => {
  it("gives units with as many articles the same place, and skips the places they share", () => {
    const ranking = [9, 6, 6, 2].map((published, i) => ({ unitId: i, name: `Đơn vị ${i}`, published }));
    expect(rankingPlaces(ranking)).toEqual([1, 2, 2, 4]);
  });
});

describe("a period with nothing to draw", () => {
  const empty: ReportCharts = { units: [], monthlyPublished: [], monthlyViews: [], ranking: [] };
  const zeros: ReportCharts = {
    ...charts,
    monthlyPublished: [month("2026-03", [0, 0])],
    monthlyViews: [{ month: "2026-03", label: "Tháng 3/2026", views: 0 }],
    ranking: charts.ranking.map((unit) => ({ ...unit, published: 0 })),
  };

  it.each([["no months", empty], ["every count 0", zeros]])("draws no chart when there are %s", (_, data) => {
    expect(publishedByUnitChart(data)).toBeNull();
    expect(viewsByMonthChart(data)).toBeNull();
    expect(unitRankingChart(data)).toBeNull();
  });
});

describe("the charts on one page", () => {
  it("never share an id, so each pattern fills its own chart", () => {
    const ids = Object.values(render).flatMap((draw) => [...draw().matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("chartPalette", () => {
  it.each([...chartPalette])("%s stands out from white by at least 3:1", (colour) => {
    expect(contrastRatio(colour, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("has 11 different colours, which with ECharts' 6 patterns repeat a pair only after 66 units", () => {
    expect(new Set(chartPalette).size).toBe(11);
  });
});
