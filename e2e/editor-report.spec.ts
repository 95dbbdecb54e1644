import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { eq, isNull } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { dayKey, vietnamCalendarDay, vietnamDayRange } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { articleDailyViews, articleEvents, articles, categories, units, users } from "@/db/schema";
import { onlyRow } from "@/db/sql";
import { writeTransaction } from "@/db/transaction";
import { expectAccessibleAtEveryWidth, wcagViolations } from "./accessibility";
import { createAccount, expect, signIn, test } from "./fixtures";

// The year-end report (issue 18). Each test reports on a district of its own, made here with its
// articles, workflow steps and views, so the journeys publishing beside it cannot move its numbers.

const HOUR = 3_600_000;

type District = { districtId: number; childId: number; districtName: string; childName: string; rootId: number; year: number };

/** An instant of this Vietnam year before now: `hoursBack` before now, or early in January if that is last year. */
function thisYear(now: Date, hoursBack: number): Date {
  const start = vietnamDayRange({ year: vietnamCalendarDay(now).year, month: 1, day: 1 }).start.getTime();
  return new Date(Math.max(now.getTime() - hoursBack * HOUR, start + hoursBack * 60_000));
}

/** A district of the test's own, with its editor and its grassroots union's contributor. */
async function districtWithStaff(db: Database) {
  const editor = await createAccount("editor", db);
  const contributor = await createAccount("contributor", db);
  return { editor, contributor, district: await makeDistrict(db, editor.id, contributor.id) };
}

async function makeDistrict(db: Database, editorId: number, contributorId: number): Promise<District> {
  const stamp = `${process.pid}${Date.now().toString(36)}`;
  const now = new Date();
  const [root] = await db.select({ id: units.id }).from(units).where(isNull(units.parentId)).limit(1);
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const districtName = `Liên đoàn Lao động huyện Thử ${stamp}`;
  const childName = `Công đoàn cơ sở Thử ${stamp}`;
  return await writeTransaction(db, async (tx) => {
    const district = onlyRow(await tx.insert(units).values({ name: districtName, shortName: "LĐLĐ huyện Thử", slug: `ldld-thu-${stamp}`, parentId: root?.id ?? null, sortOrder: 90 }).returning({ id: units.id }));
    const child = onlyRow(await tx.insert(units).values({ name: childName, shortName: "CĐCS Thử", slug: `cdcs-thu-${stamp}`, parentId: district.id }).returning({ id: units.id }));
    await tx.update(users).set({ unitId: district.id }).where(eq(users.id, editorId));
    await tx.update(users).set({ unitId: child.id }).where(eq(users.id, contributorId));
    const article = async (unitId: number, authorId: number, n: number, publishedAt: Date | null, steps: [string, Date][], views: number) => {
      const row = onlyRow(
        await tx
          .insert(articles)
          .values({ title: `Tin báo cáo thử ${stamp} số ${n}`, slug: `tin-bao-cao-thu-${stamp}-${n}`, unitId, categoryId: category?.id ?? 0, status: publishedAt ? "published" : "draft", publishedAt, createdBy: authorId, bodyHtml: "<p>Nội dung</p>" })
          .returning({ id: articles.id }),
      );
      for (const [action, at] of steps) await tx.insert(articleEvents).values({ articleId: row.id, action: action as "submit", actorId: authorId, at });
      if (publishedAt && views > 0) await tx.insert(articleDailyViews).values({ articleId: row.id, day: dayKey(vietnamCalendarDay(publishedAt)), views });
    };
    // The district's own: three published by its editor, without review, read 5, 7 and 9 times.
    for (const [n, views] of [[1, 5], [2, 7], [3, 9]] as const) {
      const at = thisYear(now, 30 + n);
      await article(district.id, editorId, n, at, [["publish", at]], views);
    }
    // The grassroots union's: two reviewed in 2 and 4 hours, read 4 and 6 times; one sent back.
    for (const [n, wait, views] of [[4, 2, 4], [5, 4, 6]] as const) {
      const at = thisYear(now, 20 + n);
      await article(child.id, contributorId, n, at, [["submit", new Date(at.getTime() - wait * HOUR)], ["publish", at]], views);
    }
    const sent = thisYear(now, 10);
    await article(child.id, contributorId, 6, null, [["submit", sent], ["return", new Date(sent.getTime() + HOUR)]], 0);
    return { districtId: district.id, childId: child.id, districtName, childName, rootId: root?.id ?? 0, year: vietnamCalendarDay(now).year };
  });
}

/** The leading number of a cell: "5 ▲ 5 so với Năm 2025" → 5. */
const leadingNumber = (text: string) => Number((/^[\d.]+/.exec(text.trim())?.[0] ?? "NaN").replace(/\./g, ""));

async function tableFigures(page: Page, caption: string, names: string[]) {
  const table = page.getByRole("table", { name: caption });
  const figures: Record<string, { published: number; views: number }> = {};
  for (const name of names) {
    const cells = table.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) }).getByRole("cell");
    figures[name] = { published: leadingNumber(await cells.nth(1).innerText()), views: leadingNumber(await cells.nth(8).innerText()) };
  }
  return figures;
}

test("an admin opens the year's report of a district: the charts and the table agree, the spreadsheet holds the page's numbers, and it prints on A4 with page numbers", async ({ page, db }, testInfo) => {
  test.slow();
  const admin = await createAccount("admin", db);
  const { district: d } = await districtWithStaff(db);
  await signIn(page, admin);

  // The whole province first, as it opens: the report of this year, checked like every staff page.
  await page.goto("/quan-tri/thong-ke");
  await expect(page.getByRole("heading", { name: `Báo cáo công tác thông tin, tuyên truyền · Năm ${d.year}` })).toBeVisible();
  await expect(page.getByRole("img", { name: /Biểu đồ cột chồng/ })).toBeVisible();

  // The district, chosen in the form.
  const form = page.getByRole("form", { name: "Chọn kỳ báo cáo" });
  await form.getByLabel("Kỳ báo cáo").selectOption("nam");
  await form.getByLabel("Đơn vị").selectOption({ label: `— ${d.districtName}` });
  await form.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(new RegExp(`don-vi=${d.districtId}`));
  const caption = `Số liệu từng đơn vị, Năm ${d.year}`;
  const own = `${d.districtName} (trực tiếp)`;
  const figures = await tableFigures(page, caption, [d.districtName, own, d.childName, "Tổng cộng"]);
  expect(figures).toEqual({
    [d.districtName]: { published: 5, views: 31 },
    [own]: { published: 3, views: 21 },
    [d.childName]: { published: 2, views: 10 },
    "Tổng cộng": { published: 5, views: 31 },
  });
  const childRow = page.getByRole("table", { name: caption }).getByRole("row").filter({ has: page.getByRole("cell", { name: d.childName, exact: true }) });
  const shown = { useInnerText: true };
  await expect(childRow.getByRole("cell").nth(2)).toHaveText("3", shown); // sent for review in the year, the sent-back one included
  await expect(childRow.getByRole("cell").nth(3)).toHaveText("1", shown); // sent back
  await expect(childRow.getByRole("cell").nth(7)).toHaveText("3 giờ / 4 giờ", shown); // the median of 2 h and 4 h, and the longest

  // The charts say the same: the ranking's table and the stacked bars' total.
  const ranking = page.getByRole("figure", { name: "Xếp hạng đơn vị theo số bài đã đăng" });
  await ranking.getByText("Xem dạng bảng").click();
  await expect(ranking.getByRole("row").filter({ hasText: own }).getByRole("cell").last()).toHaveText("3");
  await expect(ranking.getByRole("row").filter({ hasText: d.childName }).getByRole("cell").last()).toHaveText("2");
  const stacked = page.getByRole("figure", { name: "Số bài đã đăng theo tháng" });
  await stacked.getByText("Xem dạng bảng").click();
  await expect(stacked.getByRole("row").filter({ hasText: "Cả kỳ" }).getByRole("cell").last()).toHaveText("5", { useInnerText: true });
  await expect(stacked.getByRole("img")).toHaveAttribute("aria-label", /tổng 5 bài/);
  expect(await wcagViolations(page)).toEqual([]);

  // "Tải Excel": the numbers read back from the file are the page's.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`bao-cao-thong-ke-nam-${d.year}.xlsx`);
  const file = testInfo.outputPath("bao-cao.xlsx");
  await download.saveAs(file);
  const workbook = await new ExcelJS.Workbook().xlsx.readFile(file);
  const summary = workbook.getWorksheet("Tổng hợp");
  const rows: unknown[][] = [];
  summary?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const header = rows.find((row) => row[0] === "Đơn vị") ?? [];
  const column = (label: string) => header.indexOf(label);
  const fromSheet = Object.fromEntries(rows.filter((row) => [d.districtName, own, d.childName, "Tổng cộng"].includes(String(row[0]))).map((row) => [row[0], { published: row[column("Bài đã đăng")], views: row[column("Lượt xem")] }]));
  expect(fromSheet).toEqual(figures);
  expect(String(rows[0]?.[0])).toContain("LIÊN ĐOÀN LAO ĐỘNG");
  expect(rows.some((row) => String(row[0]).includes(`Năm ${d.year}`))).toBe(true);
  const listed: unknown[][] = [];
  workbook.getWorksheet("Danh sách bài")?.eachRow((row) => listed.push((row.values as unknown[]).slice(1)));
  expect(listed.filter((row) => String(row[1]).startsWith("Tin báo cáo thử"))).toHaveLength(5);

  // "In báo cáo": A4 portrait, the union's name and the period on top, page numbers at the foot.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Quản trị" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Chọn kỳ báo cáo" })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString();
  expect(text).toContain(`Năm ${d.year}`);
  expect(text).toMatch(/LIÊN ĐOÀN LAO ĐỘNG/i);
  expect(text).toMatch(/Trang 1\/\d+/);
  expect(execFileSync("pdfinfo", ["-"], { input: pdf }).toString()).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
});

test("a district's editor sees their district and its unions only, and is refused another unit's report, the page and the spreadsheet alike", async ({ page, db }) => {
  const { editor, district: d } = await districtWithStaff(db);
  await signIn(page, editor);
  await page.goto("/quan-tri/thong-ke");
  await expect(page.getByText(`${d.districtName} · so sánh với Năm ${d.year - 1}`)).toBeVisible();
  const unitChoices = await page.getByRole("form", { name: "Chọn kỳ báo cáo" }).getByLabel("Đơn vị").locator("option").allInnerTexts();
  expect(unitChoices.slice(1).map((text) => text.replace(/^(— )+/, ""))).toEqual([d.districtName, d.childName]);

  const refusal = `Bạn chỉ xem được báo cáo của ${d.districtName} và các đơn vị trực thuộc.`;
  await page.goto(`/quan-tri/thong-ke?don-vi=${d.rootId}`);
  await expect(page.getByRole("alert").filter({ hasText: "Bạn chỉ" })).toHaveText(refusal);
  await expect(page.getByRole("table")).toHaveCount(0);
  const spreadsheet = await page.request.get(`/api/thong-ke/excel?don-vi=${d.rootId}`);
  expect(spreadsheet.status()).toBe(403);
  expect(await spreadsheet.text()).toBe(refusal);
  expect((await page.request.get(`/api/thong-ke/excel?don-vi=${d.childId}`)).status()).toBe(200);

  // Bad input: a period ending before it starts, more than ten years, a unit that does not exist.
  await page.goto("/quan-tri/thong-ke?ky=khoang&tu=10/05/2026&den=01/05/2026");
  await expect(page.getByRole("alert").filter({ hasText: "Ngày" })).toContainText("Ngày kết thúc (01/05/2026) đứng trước ngày bắt đầu (10/05/2026)");
  const tooLong = await page.request.get("/api/thong-ke/excel?ky=khoang&tu=01/01/2010&den=01/01/2026");
  expect([tooLong.status(), await tooLong.text()]).toEqual([400, expect.stringContaining("dài hơn 10 năm")]);
  expect((await page.request.get("/api/thong-ke/excel?don-vi=99999999")).status()).toBe(404);
  expect((await page.request.get("/api/thong-ke/excel?ky=quy&quy=5")).status()).toBe(400);
});

test("a contributor sees their own numbers on “Của tôi”, and the empty year says so and still exports its headers", async ({ page, db }) => {
  const { contributor, district: d } = await districtWithStaff(db);
  await signIn(page, contributor);
  await page.goto("/quan-tri/thong-ke");
  await expect(page.getByRole("link", { name: "Của tôi" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Theo đơn vị" })).toHaveCount(0);
  const headline = page.getByRole("definition").filter({ hasText: /^\d/ });
  await expect(headline.first()).toHaveText("2");
  expect((await page.request.get(`/api/thong-ke/excel?don-vi=${d.childId}`)).status()).toBe(403);

  await page.goto("/quan-tri/thong-ke?ky=nam&nam=2001&xem=cua-toi");
  await expect(page.getByText("chưa có bài nào được gửi duyệt, được đăng hay được đọc")).toBeVisible();
  const empty = await page.request.get("/api/thong-ke/excel?ky=nam&nam=2001&xem=cua-toi");
  expect(empty.status()).toBe(200);
  const workbook = await new ExcelJS.Workbook().xlsx.load(new Uint8Array(await empty.body()).buffer);
  const listed: unknown[][] = [];
  workbook.getWorksheet("Danh sách bài")?.eachRow((row) => listed.push((row.values as unknown[]).slice(1)));
  expect(listed.at(-1)).toEqual(["STT", "Tiêu đề", "Đơn vị", "Người viết", "Gửi duyệt", "Đăng lúc", "Lượt xem trong kỳ", "Địa chỉ"]);
});

test("the report page has no WCAG violation and fits a phone", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  await expectAccessibleAtEveryWidth(page, "/quan-tri/thong-ke");
});

test("on a phone each unit's box opens with its name, level with every other's, its labels on the left and its figures on the right", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  const table = page.getByRole("table", { name: /^Số liệu từng đơn vị/ });
  const layout = () =>
    table.evaluate((element) => {
      // Where the shown text starts and ends, not its boxes (an indent is a padding); words said
      // only to screen readers ("so với Năm 2025") are out of the line.
      const edges = (node: Element) => {
        const texts: Text[] = [];
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) if ((walker.currentNode.textContent ?? "").trim() !== "" && !walker.currentNode.parentElement?.closest(".sr-only")) texts.push(walker.currentNode as Text);
        const range = document.createRange();
        range.setStart(texts[0]!, 0);
        range.setEnd(texts.at(-1)!, texts.at(-1)!.length);
        const box = range.getBoundingClientRect();
        return { left: Math.round(box.left), right: Math.round(box.right) };
      };
      const shown = (node: Element) => (node as HTMLElement).offsetParent !== null;
      const rows = [...element.querySelectorAll("tbody tr")];
      const cells = (row: Element) => [...row.querySelectorAll(":scope > td")];
      const first = rows[0] ? cells(rows[0]) : [];
      return {
        rows: rows.length,
        nameLefts: rows.map((row) => edges(cells(row)[0]!.querySelector(".phone-table-value")!).left),
        unitLabels: [...element.querySelectorAll("tbody .phone-table-label")].filter((label) => shown(label) && label.textContent === "Đơn vị").length,
        labelLefts: first.map((cell) => cell.querySelector(".phone-table-label")).filter((label): label is Element => label !== null && shown(label)).map((label) => edges(label).left),
        // Every figure: all but the name (0) and the most read article, a title (9).
        figureRights: first.filter((_, i) => i !== 0 && i !== 9).map((cell) => edges(cell.querySelector(".phone-table-value")!).right),
      };
    });

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/quan-tri/thong-ke");
  const wide = await layout();
  expect(wide.rows).toBeGreaterThan(2);
  // From a tablet up the sub-units are indented under their union: the phone's boxes leave it out.
  expect(new Set(wide.nameLefts).size).toBeGreaterThan(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/quan-tri/thong-ke");
  const phone = await layout();
  expect(new Set(phone.nameLefts).size).toBe(1);
  expect(phone.unitLabels).toBe(0);
  expect(phone.labelLefts.length).toBe(11);
  expect(new Set(phone.labelLefts).size).toBe(1);
  expect(phone.figureRights).toEqual(phone.figureRights.map(() => phone.figureRights[0]));
});
