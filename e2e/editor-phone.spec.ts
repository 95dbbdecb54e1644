import { eq } from "drizzle-orm";
import { articles } from "@/db/schema";
import { createAccount, expect, signIn, test } from "./fixtures";

// Staff journeys on a phone and in a browser whose language is not Vietnamese.

test("date and time fields show and accept dd/mm/yyyy and 24-hour HH:mm in an en-US browser", async ({ browser, db }) => {
  const context = await browser.newContext({ locale: "en-US", timezoneId: "America/New_York" });
  const page = await context.newPage();
  await signIn(page, await createAccount("editor", db));
  const title = `Bài có giờ đăng gõ tay ${Date.now()}`;
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const when = page.getByRole("group", { name: "Thời gian đăng (giờ Việt Nam)" });
  await expect(when.getByLabel("Ngày")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await expect(when.getByLabel("Giờ")).toHaveAttribute("placeholder", "HH:mm");

  await when.getByLabel("Ngày").fill("30/02/2026");
  await when.getByLabel("Giờ").fill("16:50");
  await expect(when.getByText("Không có ngày 30/02/2026: tháng 2 năm 2026 có 28 ngày.")).toBeVisible();
  await when.getByLabel("Giờ").fill("4:50 PM");
  await when.getByLabel("Ngày").fill("30/11/2026");
  await expect(when.getByText("Giờ viết theo dạng giờ:phút, 24 giờ (HH:mm), ví dụ 16:50.")).toBeVisible();
  await when.getByLabel("Giờ").fill("16:50");
  await expect(when.getByText("Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam")).toBeVisible();

  await page.getByRole("button", { name: /^(Xuất bản|Hẹn giờ đăng)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Đã (xuất bản|hẹn giờ đăng)/ })).toBeVisible();
  const stored = db.select({ id: articles.id, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.title, title)).get();
  expect(stored?.publishedAt?.toISOString()).toBe("2026-11-30T09:50:00.000Z");

  await page.goto(`/quan-tri/bai-viet/${stored?.id}`);
  await expect(when.getByLabel("Ngày")).toHaveValue("30/11/2026");
  await expect(when.getByLabel("Giờ")).toHaveValue("16:50");
  await expect(when.getByText("Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam")).toBeVisible();
  await context.close();
});

test("the audit log's day filter takes dd/mm/yyyy and names an impossible date", async ({ browser, db }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/nhat-ky");
  const filter = page.getByRole("search", { name: "Lọc nhật ký" });
  await expect(filter.getByLabel("Từ ngày")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await filter.getByLabel("Từ ngày").fill("30/02/2026");
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không có ngày 30/02/2026" })).toBeVisible();
  await filter.getByLabel("Từ ngày").fill("1/1/2020");
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/tu=1%2F1%2F2020/);
  await expect(filter.getByLabel("Từ ngày")).toHaveValue("01/01/2020");
  await context.close();
});
