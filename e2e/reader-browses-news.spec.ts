import { expect, test } from "@playwright/test";
import { openDatabase, closeDatabase } from "@/db/client";
import { insertArticle } from "@/db/test-database";
import { categories, units } from "@/db/schema";
import { e2eDatabaseLocation } from "../playwright.config";
import { expectedDateLine, publishedDemoArticles, unpublishedDemoSlugs } from "./demo-content";

const total = publishedDemoArticles.length;
const totalPages = Math.ceil(total / 10);

test("a reader pages through CÁC TIN ĐÃ ĐĂNG and sees the right total and page count", async ({ page }) => {
  await page.goto("/tin-tuc");
  const block = page.getByRole("region", { name: "Các tin đã đăng" });
  await expect(block.getByText(`Tổng số: ${total} | Trang: 1 trên tổng số ${totalPages} trang`)).toBeVisible();
  const list = block.getByRole("list", { name: "Danh sách tin" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  await expect(block.getByRole("heading", { level: 3 }).first()).toHaveText(publishedDemoArticles[0]!.title);

  await block.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/\/tin-tuc\?trang=2$/);
  await expect(block.getByText(`Tổng số: ${total} | Trang: 2 trên tổng số ${totalPages} trang`)).toBeVisible();
  await expect(block.getByRole("heading", { level: 3 }).first()).toHaveText(publishedDemoArticles[10]!.title);

  await block.getByRole("link", { name: "Trang cuối" }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc\\?trang=${totalPages}$`));
  await expect(block.getByText(`Trang: ${totalPages} trên tổng số ${totalPages} trang`)).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(total - 10 * (totalPages - 1));
  await expect(block.getByRole("link", { name: "Trang sau" })).toHaveCount(0);

  await block.getByRole("link", { name: "Trang đầu" }).click();
  await expect(page).toHaveURL(/\/tin-tuc$/);
});

test("a reader filters by a date and sees the articles published that day in Vietnam time", async ({ page }) => {
  const target = publishedDemoArticles[3]!;
  const dayKey = target.localTime.slice(0, 10);
  const sameDay = publishedDemoArticles.filter((a) => a.localTime.startsWith(dayKey));
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];

  await page.goto("/tin-tuc");
  const block = page.getByRole("region", { name: "Các tin đã đăng" });
  await block.getByLabel("Ngày", { exact: true }).selectOption(String(day));
  await block.getByLabel("Tháng", { exact: true }).selectOption(String(month));
  await block.getByLabel("Năm", { exact: true }).selectOption(String(year));
  await block.getByRole("button", { name: "Xem" }).click();

  await expect(page).toHaveURL(new RegExp(`/tin-tuc\\?ngay=${dayKey}$`));
  await expect(block.getByText(`Tổng số: ${sameDay.length} | Trang: 1 trên tổng số 1 trang`)).toBeVisible();
  await expect(block.getByRole("heading", { level: 3 })).toHaveText(sameDay.map((a) => a.title));
});

test("a date with no articles says so plainly", async ({ page }) => {
  await page.goto("/tin-tuc?ngay=2001-01-01");
  await expect(page.getByText("Không có tin nào được đăng ngày 01/01/2001.")).toBeVisible();
  await expect(page.getByText("Tổng số: 0 | Trang: 1 trên tổng số 1 trang")).toBeVisible();
});

test("the no-JavaScript date form lands on the canonical ?ngay= address", async ({ page }) => {
  await page.goto("/tin-tuc?d=5&m=1&y=2023");
  await expect(page).toHaveURL(/\/tin-tuc\?ngay=2023-01-05$/);
});

test("a reader opens an article and sees its category, title and Vietnamese date line", async ({ page }) => {
  const target = publishedDemoArticles[0]!;
  await page.goto("/tin-tuc");
  await page.getByRole("link", { name: target.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${target.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.title);
  await expect(page.getByTestId("ngay-dang")).toHaveText(expectedDateLine(target.localTime));
  await expect(page.getByText(/^Đã xem: \d/)).toBeVisible();
  // The other articles follow, without this one.
  const block = page.getByRole("region", { name: "Các tin đã đăng" });
  await expect(block.getByText(`Tổng số: ${total - 1} |`)).toBeVisible();
  await expect(block.getByRole("link", { name: target.title })).toHaveCount(0);
});

test("a new reader raises the view count by one", async ({ browser }) => {
  const target = publishedDemoArticles[5]!;
  // Each reader at their own address: the server does not count the same browser at the same
  // address twice within 30 minutes.
  let reader = 0;
  const viewCount = async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${++reader}` } });
    const page = await context.newPage();
    const counted = page.waitForResponse((r) => r.url().includes("/api/luot-xem/") && r.ok());
    await page.goto(`/tin-tuc/${target.slug}`);
    const body = (await (await counted).json()) as { viewCount: number };
    await expect(page.getByTestId("luot-xem")).toHaveText(`Đã xem: ${body.viewCount.toLocaleString("vi-VN")}`);
    // A reload by the same reader within 30 minutes is not counted again.
    let recounted = false;
    page.on("request", (r) => { if (r.url().includes("/api/luot-xem/") && r.method() === "POST") recounted = true; });
    await page.reload();
    await expect(page.getByTestId("luot-xem")).toBeVisible();
    expect(recounted).toBe(false);
    await context.close();
    return body.viewCount;
  };
  const first = await viewCount();
  const second = await viewCount();
  expect(second).toBe(first + 1);
});

test.describe("addresses that do not exist answer with the Vietnamese 404 page", () => {
  for (const query of ["trang=abc", "trang=-1", "trang=0", "trang=99999999999999999999", `trang=${totalPages + 1}`, "ngay=2022-02-30", "ngay=%3Cscript%3E"]) {
    test(`/tin-tuc?${query}`, async ({ request }) => {
      const response = await request.get(`/tin-tuc?${query}`, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Không tìm thấy trang");
    });
  }

  for (const path of ["/tin-tuc/khong-co-tin-nay", "/tin-tuc/%3Cscript%3E", "/chuyen-muc/khong-co", "/don-vi/khong-co", "/khong-co-trang-nay"]) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Không tìm thấy trang");
    });
  }

  test("drafts and articles waiting for review", async ({ request }) => {
    expect(unpublishedDemoSlugs.length).toBeGreaterThan(0);
    for (const slug of unpublishedDemoSlugs) {
      expect((await request.get(`/tin-tuc/${slug}`)).status()).toBe(404);
    }
  });

  test("a scheduled article until its time has come", async ({ request }) => {
    const db = openDatabase(e2eDatabaseLocation);
    const unitId = (await db.select().from(units).limit(1))[0]!.id;
    const categoryId = (await db.select().from(categories).limit(1))[0]!.id;
    const slug = `hen-gio-${Date.now()}`;
    await insertArticle(db, { unitId, categoryId, slug, title: "Tin hẹn giờ đăng", publishedAt: new Date(Date.now() + 3_600_000) });
    await closeDatabase(db);
    expect((await request.get(`/tin-tuc/${slug}`)).status()).toBe(404);
    expect(await (await request.get("/tin-tuc")).text()).not.toContain("Tin hẹn giờ đăng");
  });
});
