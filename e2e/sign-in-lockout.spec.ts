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
