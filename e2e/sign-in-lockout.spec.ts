import type { Page } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { createAccount, expect, test } from "./fixtures";

test("after 5 wrong passwords the sign-in is locked with a clear message, even for the right one", async ({ page, db }) => {
  const account = await createAccount("contributor", db);
  await page.goto("/dang-nhap");
  const message = page.getByRole("alert").filter({ hasText: /Tên đăng nhập|quá nhiều lần/ });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Tên đăng nhập").fill(account.username);
    await page.getByLabel("Mật khẩu").fill(`sai-lan-${attempt}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(message).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(message).toHaveText("Đăng nhập sai quá nhiều lần nên tạm bị khóa. Hãy thử lại sau 15 phút, hoặc nhờ quản trị viên đặt lại mật khẩu.");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

// next-auth refuses a form token that does not match its cookie (renewed meanwhile by another request)
// with 200 and "?csrf=true", no error and no session. The first of these tests sends a stale token once,
// the second every time: the request is changed on its way, the server answers as it would.
async function staleTokens(page: Page, times: number): Promise<() => number> {
  let sent = 0;
  await page.route("**/api/auth/callback/credentials", async (route) => {
    sent += 1;
    const form = new URLSearchParams(route.request().postData() ?? "");
    if (sent <= times) form.set("csrfToken", `cu-${form.get("csrfToken")}`);
    await route.continue({ postData: form.toString() });
  });
  return () => sent;
}

test("a sign-in refused for a stale form token is tried again with a fresh one, and the editor lands in the workspace", async ({ page, db }) => {
  const account = await createAccount("editor", db);
  const sent = await staleTokens(page, 1);
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(sent()).toBe(2);
});

test("a sign-in refused for its form token every time says so and stays on the page, instead of coming back to it silently", async ({ page, db }) => {
  const account = await createAccount("editor", db);
  const sent = await staleTokens(page, Infinity);
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "hết hạn" })).toHaveText("Phiên của trang đăng nhập đã hết hạn. Hãy tải lại trang rồi đăng nhập lại.");
  await expect(page).toHaveURL(/\/dang-nhap$/);
  // The password is still typed: nothing the editor entered is lost.
  await expect(page.getByLabel("Mật khẩu")).toHaveValue(account.password);
  expect(sent()).toBe(2);
});

test("an editor whose session ended on another device (a new password there) signs in again and comes back to the page asked for", async ({ page, db }) => {
  const account = await createAccount("editor", db);
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  // What changing the password elsewhere does to this browser's session: its version no longer matches.
  await writeTransaction(db, (tx) => tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, account.id)));

  const asked = "/quan-tri/thu-vien-anh?q=hoi-nghi";
  await page.goto(asked);
  await expect(page).toHaveURL(`/dang-nhap?callbackUrl=${encodeURIComponent(asked)}`);
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(asked);
  await expect(page.getByRole("heading", { level: 1, name: "Thư viện ảnh" })).toBeVisible();
});
