import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { answerYes, createAccount, expect, signIn, test } from "./fixtures";
import { writeTransaction } from "@/db/transaction";

test.describe.configure({ mode: "serial" });

test("an admin creates a contributor, who must change the password, writes a draft, and is cut off when disabled", async ({ page, browser, db }) => {
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/tai-khoan");
  const username = `ctv${Date.now()}`;
  const form = page.getByRole("form", { name: "Tạo tài khoản" });
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Họ và tên").fill("Phạm Thu Trang");
  await form.getByLabel("Vai trò").selectOption("contributor");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  const initialPassword = (await page.getByTestId("mat-khau-ban-dau").textContent()) ?? "";
  expect(initialPassword).toMatch(/^\S{4}-\S{4}-\S{4}$/);

  const contributorContext = await browser.newContext();
  const contributor = await contributorContext.newPage();
  await contributor.goto("/dang-nhap");
  await contributor.getByLabel("Tên đăng nhập").fill(username);
  await contributor.getByLabel("Mật khẩu").fill(initialPassword);
  await contributor.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(contributor).toHaveURL(/\/dang-nhap\/doi-mat-khau/);
  // A confirmation that does not match is named, and its field marked in error as every form's are.
  await contributor.getByLabel("Mật khẩu hiện tại").fill(initialPassword);
  await contributor.getByLabel("Mật khẩu mới", { exact: true }).fill("Hoa-Ban-Tay-Bac-2026");
  await contributor.getByLabel("Nhập lại mật khẩu mới").fill("Hoa-Ban-Tay-Bac-2025");
  await contributor.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(contributor.getByText("Hai lần nhập mật khẩu mới không khớp.")).toBeVisible();
  await expect(contributor.getByLabel("Nhập lại mật khẩu mới")).toHaveAttribute("aria-invalid", "true");
  await expect(contributor.getByLabel("Mật khẩu mới", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await contributor.getByLabel("Mật khẩu hiện tại").fill(initialPassword);
  await contributor.getByLabel("Mật khẩu mới", { exact: true }).fill("Hoa-Ban-Tay-Bac-2026");
  await contributor.getByLabel("Nhập lại mật khẩu mới").fill("Hoa-Ban-Tay-Bac-2026");
  await contributor.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(contributor.getByText("Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.")).toBeVisible();
  // Still on the address the contributor typed, where the next sign-in's cookie belongs.
  expect(new URL(contributor.url()).host).toBe(new URL(page.url()).host);
  await contributor.getByLabel("Tên đăng nhập").fill(username);
  await contributor.getByLabel("Mật khẩu").fill("Hoa-Ban-Tay-Bac-2026");
  await contributor.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(contributor).toHaveURL(/\/quan-tri$/);

  await contributor.goto("/quan-tri/bai-viet/moi");
  await contributor.getByLabel("Tiêu đề", { exact: true }).fill("Bản nháp đầu tiên của cộng tác viên mới");
  await contributor.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(contributor.getByText(/^Đã lưu lúc/)).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: username });
  await page.reload();
  // It asks first, in the workspace's dialog, saying what the person loses; "no" changes nothing.
  await row.getByRole("button", { name: "Vô hiệu hóa" }).click();
  const question = page.getByRole("dialog", { name: `Vô hiệu hóa tài khoản ${username}?` });
  await expect(question).toContainText("bị đăng xuất ngay trên mọi thiết bị và không đăng nhập được nữa");
  await question.getByRole("button", { name: "Không, quay lại" }).click();
  await expect(question).toBeHidden();
  expect((await db.select().from(users).where(eq(users.username, username)).limit(1))[0]?.isActive).toBe(true);
  await row.getByRole("button", { name: "Vô hiệu hóa" }).click();
  await answerYes(page, "Vô hiệu hóa");
  await expect(page.getByText(`Đã vô hiệu hóa “${username}”`, { exact: false })).toBeVisible();

  // The contributor's open session is refused at its next request.
  await contributor.getByLabel("Tóm tắt (sapo)").fill("Viết tiếp sau khi bị khóa");
  await contributor.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(contributor.getByRole("alert").filter({ hasText: "Phiên đăng nhập" })).toContainText("Phiên đăng nhập đã hết hạn");
  await contributor.goto("/quan-tri");
  await expect(contributor).toHaveURL(/\/dang-nhap/);
  await contributorContext.close();
});

test("the last active admin cannot be disabled or demoted", async ({ page, db }) => {
  const admin = await createAccount("admin", db);
  // Make this the only active admin for the test, and put the others back afterwards.
  const others = (await db.select().from(users).where(eq(users.role, "admin"))).filter((u) => u.isActive && u.id !== admin.id);
  for (const other of others) await writeTransaction(db, (tx) => tx.update(users).set({ isActive: false }).where(eq(users.id, other.id)));
  try {
    await signIn(page, admin);
    await page.goto(`/quan-tri/tai-khoan?vai-tro=admin&trang-thai=hoat-dong`);
    const row = page.getByRole("row").filter({ hasText: admin.username });
    // Their own row offers no "Vô hiệu hóa" (the server refuses it too: editor-phone.spec.ts).
    await expect(row.getByRole("button", { name: "Lưu" })).toBeVisible();
    await expect(row.getByRole("button", { name: "Vô hiệu hóa" })).toHaveCount(0);
    await row.getByRole("combobox", { name: `Vai trò của ${admin.username}` }).selectOption("editor");
    await row.getByRole("button", { name: "Lưu" }).click();
    await expect(row.getByRole("alert").first()).toHaveText(/quản trị viên cuối cùng/);
    expect((await db.select().from(users).where(eq(users.id, admin.id)).limit(1))[0]).toMatchObject({ isActive: true, role: "admin" });
  } finally {
    for (const other of others) await writeTransaction(db, (tx) => tx.update(users).set({ isActive: true }).where(eq(users.id, other.id)));
  }
});

test("every sign-in and account change lands in the audit log with who, when and from where", async ({ page, db }) => {
  const admin = await createAccount("admin", db);
  await signIn(page, admin);
  await page.goto("/quan-tri/nhat-ky?thao-tac=sign-in");
  const entry = page.getByRole("row").filter({ hasText: admin.displayName }).first();
  await expect(entry).toContainText("Đăng nhập");
  await expect(entry).toContainText(`Tài khoản: ${admin.username}`);
});
