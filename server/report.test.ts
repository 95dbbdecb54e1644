import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportFigures } from "@/core/report";
import { reportQueryValues } from "@/core/report-query";
import { createTestDatabase, type TestDatabase } from "@/db/test-database";
import { units, users } from "@/db/schema";
import { seedDemoContent } from "@/seeds/demo";
import { demoAlbums } from "@/seeds/demo-albums";
import { openReport, reportArticles, type ReportUser } from "./report";
import { localMediaStore } from "@/server/media-store-local";

// The report over the demo seed, against a table worked out by hand from the plan in
// seeds/demo-report-history.ts (its header explains the pattern). The seed's "now" is fixed, so
// its twelve months of history are December 2025 to November 2026.
const NOW = new Date("2026-12-01T03:00:00Z");
const HOUR = 3_600_000;

let handle: TestDatabase;
let mediaDir: string;
const account = async (username: string): Promise<ReportUser> => {
  const [row] = await handle.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no demo account ${username}`);
  return { id: row.id, role: row.role, isActive: row.isActive, unitId: row.unitId, displayName: row.displayName };
};
const unitId = async (slug: string) => (await handle.db.select({ id: units.id }).from(units).where(eq(units.slug, slug)))[0]?.id ?? 0;
const open = async (user: ReportUser, query: Record<string, string>) => openReport(handle.db, user, reportQueryValues(query), NOW);

beforeAll(async () => {
  handle = await createTestDatabase();
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-report-"));
  await seedDemoContent(handle.db, localMediaStore(mediaDir), NOW);
}, 180_000);
afterAll(async () => {
  await handle.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

type Counted = Pick<ReportFigures, "published" | "submitted" | "returned" | "unpublished" | "photos" | "contributors" | "views" | "reviewMedianMs" | "reviewLongestMs">;
const counted = (f: ReportFigures): Counted => ({
  published: f.published,
  submitted: f.submitted,
  returned: f.returned,
  unpublished: f.unpublished,
  photos: f.photos,
  contributors: f.contributors,
  views: f.views,
  reviewMedianMs: f.reviewMedianMs,
  reviewLongestMs: f.reviewLongestMs,
});
const row = (p: number, s: number, r: number, u: number, ph: number, c: number, v: number, median: number | null = null, longest: number | null = null): Counted => ({
  published: p,
  submitted: s,
  returned: r,
  unpublished: u,
  photos: ph,
  contributors: c,
  views: v,
  reviewMedianMs: median === null ? null : median * HOUR,
  reviewLongestMs: longest === null ? null : longest * HOUR,
});

describe("the year-end report over the demo seed", () => {
  it("counts Quý III/2026 per unit as worked out by hand, rolled up the tree, against Quý II", async () => {
    const opened = await open(await account("quantri"), { ky: "quy", nam: "2026", quy: "3" });
    if (!opened.ok) throw new Error(opened.problem);
    const { report } = opened;
    expect(report.periodLabel).toBe("Quý III/2026");
    expect(report.previousPeriodLabel).toBe("Quý II/2026");
    expect(report.rows.map((r) => [r.name, r.kind, r.depth, counted(r.figures)])).toEqual([
      ["Liên đoàn Lao động tỉnh Hải Lâm", "rolled", 0, row(30, 9, 1, 1, 28, 4, 3220, 3, 26)],
      ["Liên đoàn Lao động tỉnh Hải Lâm (trực tiếp)", "own", 1, row(7, 0, 0, 0, 6, 1, 840)],
      ["Công đoàn Viên chức tỉnh", "leaf", 1, row(4, 5, 1, 0, 4, 1, 350, 3, 26)],
      ["Liên đoàn Lao động thành phố Hải Lâm", "leaf", 1, row(6, 0, 0, 1, 5, 1, 840)],
      ["Liên đoàn Lao động huyện Tân Phong", "rolled", 1, row(8, 4, 0, 0, 8, 2, 700, 3, 26)],
      ["Liên đoàn Lao động huyện Tân Phong (trực tiếp)", "own", 2, row(4, 0, 0, 0, 4, 1, 350)],
      ["Công đoàn cơ sở Khu công nghiệp Tân Phong", "leaf", 2, row(4, 4, 0, 0, 4, 1, 350, 3, 26)],
      ["Công đoàn ngành Giáo dục tỉnh", "leaf", 1, row(5, 0, 0, 0, 5, 1, 490)],
    ]);
    expect(counted(report.totals)).toEqual(row(30, 9, 1, 1, 28, 4, 3220, 3, 26));
    // Quý II: the same pattern without the education union's school-year article: one fewer.
    expect(report.previousTotals.published).toBe(29);
    expect(report.rows.find((r) => r.name === "Công đoàn ngành Giáo dục tỉnh")?.previous.published).toBe(4);
    // The most read: a unit's own, the rolled rows' the best of theirs (the later article on a tie).
    const mostRead = Object.fromEntries(report.rows.map((r) => [r.name, r.figures.mostRead && [r.figures.mostRead.title, r.figures.mostRead.views]]));
    expect(mostRead["Liên đoàn Lao động tỉnh Hải Lâm"]).toEqual([expect.stringMatching(/tháng 9\/2026 \(đợt 3\)$/), 210]);
    expect(mostRead["Liên đoàn Lao động thành phố Hải Lâm"]).toEqual([expect.stringMatching(/tháng 8\/2026 \(đợt 3\)$/), 210]);
    expect(mostRead["Liên đoàn Lao động huyện Tân Phong"]).toEqual([expect.stringMatching(/tháng 9\/2026 \(đợt 2\)$/), 140]);
  });

  it("draws the charts from the same counts: per month, per unit under the province, and the ranking", async () => {
    const opened = await open(await account("quantri"), { ky: "quy", nam: "2026", quy: "3" });
    if (!opened.ok) throw new Error(opened.problem);
    const { charts } = opened.report;
    expect(charts.units.map((u) => u.name)).toEqual([
      "Liên đoàn Lao động tỉnh Hải Lâm (trực tiếp)",
      "Công đoàn Viên chức tỉnh",
      "Liên đoàn Lao động thành phố Hải Lâm",
      "Liên đoàn Lao động huyện Tân Phong",
      "Công đoàn ngành Giáo dục tỉnh",
    ]);
    expect(charts.monthlyPublished.map((m) => [m.label, m.byUnit.map((u) => u.count)])).toEqual([
      ["Tháng 7/2026", [2, 2, 1, 2, 2]],
      ["Tháng 8/2026", [2, 1, 3, 3, 1]],
      ["Tháng 9/2026", [3, 1, 2, 3, 2]],
    ]);
    expect(charts.monthlyViews.map((m) => m.views)).toEqual([980, 1050, 1190]);
    expect(charts.ranking.map((r) => [r.name, r.published])).toEqual([
      ["Liên đoàn Lao động huyện Tân Phong", 8],
      ["Liên đoàn Lao động tỉnh Hải Lâm (trực tiếp)", 7],
      ["Liên đoàn Lao động thành phố Hải Lâm", 6],
      ["Công đoàn ngành Giáo dục tỉnh", 5],
      ["Công đoàn Viên chức tỉnh", 4],
    ]);
  });

  it("counts documents by their issuing unit and albums with their photos", async () => {
    const december = await open(await account("quantri"), { ky: "thang", nam: "2026", thang: "12" });
    if (!december.ok) throw new Error(december.problem);
    const documents = Object.fromEntries(december.report.rows.filter((r) => r.kind !== "rolled").map((r) => [r.name, r.figures.documents]));
    // The demo's documents are registered when the seed runs; the one issued by the national union counts for no unit.
    expect(documents).toMatchObject({ "Liên đoàn Lao động tỉnh Hải Lâm (trực tiếp)": 3, "Liên đoàn Lao động thành phố Hải Lâm": 1, "Công đoàn Viên chức tỉnh": 1 });
    expect(december.report.totals.documents).toBe(5);

    // The district's album of 18 January 2025, on its own day: one album, and its photos are the day's photos.
    const albumDay = await open(await account("quantri"), { ky: "khoang", tu: "18/01/2025", den: "18/01/2025" });
    if (!albumDay.ok) throw new Error(albumDay.problem);
    const tanPhong = albumDay.report.rows.find((r) => r.name === "Liên đoàn Lao động huyện Tân Phong (trực tiếp)");
    const album = demoAlbums.find((a) => a.takenOn === "2025-01-18");
    expect(tanPhong?.figures.albums).toBe(1);
    expect(tanPhong?.figures.photos).toBe(album?.photos.length);
    expect(albumDay.report.totals.photos).toBe(album?.photos.length);
  });

  it("gives a district's editor their subtree only, and refuses another unit or a wrong period in Vietnamese", async () => {
    const district = await account("bientaptanphong");
    const own = await open(district, { ky: "quy", nam: "2026", quy: "3" });
    if (!own.ok) throw new Error(own.problem);
    expect(own.report.scopeName).toBe("Liên đoàn Lao động huyện Tân Phong");
    expect(own.report.rows.map((r) => [r.name, r.depth, r.figures.published])).toEqual([
      ["Liên đoàn Lao động huyện Tân Phong", 0, 8],
      ["Liên đoàn Lao động huyện Tân Phong (trực tiếp)", 1, 4],
      ["Công đoàn cơ sở Khu công nghiệp Tân Phong", 1, 4],
    ]);
    expect(own.choosableUnits.map((u) => u.name)).toEqual(["Liên đoàn Lao động huyện Tân Phong", "Công đoàn cơ sở Khu công nghiệp Tân Phong"]);

    const city = await open(district, { ky: "quy", nam: "2026", quy: "3", "don-vi": String(await unitId("ldld-thanh-pho-hai-lam")) });
    expect(city).toEqual({ ok: false, status: 403, problem: "Bạn chỉ xem được báo cáo của Liên đoàn Lao động huyện Tân Phong và các đơn vị trực thuộc." });
    expect(await open(district, { "don-vi": "999999" })).toMatchObject({ ok: false, status: 404 });
    expect(await open(district, { ky: "khoang", tu: "10/05/2026", den: "01/05/2026" })).toMatchObject({ ok: false, status: 400, problem: expect.stringContaining("đứng trước ngày bắt đầu") });
    expect(await open(district, { ky: "khoang", tu: "01/01/2010", den: "01/01/2026" })).toMatchObject({ ok: false, status: 400, problem: expect.stringContaining("dài hơn 10 năm") });
  });

  it("gives a contributor their own numbers on “Của tôi” and nothing of the units", async () => {
    const contributor = await account("congtacvien");
    expect(await open(contributor, { ky: "quy", nam: "2026", quy: "3" })).toMatchObject({ ok: false, status: 403 });
    const mine = await open(contributor, { ky: "quy", nam: "2026", quy: "3", xem: "cua-toi" });
    if (!mine.ok) throw new Error(mine.problem);
    expect(mine.report.rows).toEqual([]);
    expect(counted(mine.report.totals)).toEqual(row(4, 5, 1, 0, 4, 1, 350, 3, 26));
    expect(mine.choosableUnits).toEqual([]);
  });

  it("lists every counted article for the spreadsheet, with its views in the period", async () => {
    const opened = await open(await account("bientaptanphong"), { ky: "quy", nam: "2026", quy: "3" });
    if (!opened.ok) throw new Error(opened.problem);
    const lines = [];
    for await (const line of reportArticles(handle.db, opened, NOW)) lines.push(line);
    expect(lines).toHaveLength(8);
    expect(lines.reduce((sum, line) => sum + line.views, 0)).toBe(700);
    expect(new Set(lines.map((line) => line.author))).toEqual(new Set(["Phạm Văn Phong", "Đỗ Thị Hoa"]));
    expect(lines.filter((line) => line.submittedAt !== null)).toHaveLength(4);
    expect(lines.every((line) => /^https?:\/\/[^/]+\/tin-tuc\/[a-z0-9-]+$/.test(line.url))).toBe(true);
  });

  it("shows an empty period as zeros, not an error", async () => {
    const opened = await open(await account("quantri"), { ky: "nam", nam: "2001" });
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.report.totals.published).toBe(0);
    expect(opened.report.rows.every((r) => r.figures.published === 0 && r.figures.reviewMedianMs === null)).toBe(true);
  });
});
