import { eq } from "drizzle-orm";
import { units } from "@/db/schema";
import { answerYes, createAccount, expect, signIn, test } from "./fixtures";

test("an admin adds, renames and reorders a category, which readers see, and deletes it only once unused", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/chuyen-muc");
  const suffix = Date.now().toString(36);
  const name = `Chuyên mục thử ${suffix}`;
  const form = page.getByRole("form", { name: "Thêm chuyên mục" });
  await form.getByLabel("Tên chuyên mục").fill(name);
  await form.getByRole("button", { name: "Thêm chuyên mục" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã thêm chuyên mục “${name}”.`);
  // The form is emptied for the next one; the new category is last, with an address made from its name.
  await expect(form.getByLabel("Tên chuyên mục")).toHaveValue("");
  const list = page.getByRole("list", { name: "Các chuyên mục" });
  await expect(list.getByTestId("category-row").last().getByLabel("Đường dẫn")).toHaveValue(`chuyen-muc-thu-${suffix}`);

  // A taken address is refused and what was typed stays.
  await form.getByLabel("Tên chuyên mục").fill("Tin hoạt động");
  await form.getByRole("button", { name: "Thêm chuyên mục" }).click();
  await expect(form.getByText("Đường dẫn này đã được dùng. Hãy chọn đường dẫn khác.").first()).toBeVisible();
  await expect(form.getByLabel("Tên chuyên mục")).toHaveValue("Tin hoạt động");

  const row = list.getByTestId("category-row").filter({ has: page.locator(`input[value="chuyen-muc-thu-${suffix}"]`) });
  const renamed = `Phong trào thi đua ${suffix}`;
  await row.getByLabel("Tên", { exact: true }).fill(renamed);
  await row.getByRole("button", { name: "Lưu" }).click();
  await expect(row.getByRole("status")).toHaveText(`Đã lưu chuyên mục “${renamed}”.`);
  await row.getByRole("button", { name: `Chuyển ${renamed} lên` }).click();
  await expect(row.getByRole("status").last()).toHaveText(`Đã chuyển “${renamed}” lên.`);

  // Readers see the new name among the search filter's categories, before the category that was
  // above it. (The header's menu is arranged on /quan-tri/menu: a new category is not in it by itself.)
  const readerCategories = async () => {
    await page.goto("/tim-kiem?q=cong+doan");
    return page.getByRole("search", { name: "Tìm kiếm tin bài" }).getByLabel("Chuyên mục").locator("option").allTextContents();
  };
  const names = await readerCategories();
  expect(names.indexOf(renamed)).toBeGreaterThanOrEqual(0);
  expect(names.indexOf(renamed)).toBe(names.length - 2);

  await page.goto("/quan-tri/chuyen-muc");
  const used = list.getByTestId("category-row").filter({ has: page.locator('input[value="tin-hoat-dong"]') });
  await used.getByRole("button", { name: "Xóa" }).click();
  await answerYes(page, "Xóa chuyên mục");
  await expect(used.getByRole("alert")).toContainText(/Không thể xóa chuyên mục “Tin hoạt động” vì đang được dùng: \d+ bài viết \(“/);

  await row.getByRole("button", { name: "Xóa" }).click();
  await answerYes(page, "Xóa chuyên mục");
  await expect(row).toHaveCount(0);
  expect(await readerCategories()).not.toContain(renamed);
});

test("an admin builds the unit tree and cannot delete a unit that accounts or sub-units use", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/don-vi");
  const suffix = Date.now().toString(36);
  const district = `LĐLĐ huyện Thử ${suffix}`;
  const school = `CĐCS Trường Thử ${suffix}`;
  const form = page.getByRole("form", { name: "Thêm đơn vị" });
  await form.getByLabel("Tên đơn vị").fill(district);
  await form.getByLabel("Đơn vị cấp trên").selectOption({ label: "Liên đoàn Lao động tỉnh Hải Lâm" });
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã thêm đơn vị “${district}”.`);
  const districtId = (await db.select().from(units).where(eq(units.name, district)).limit(1))[0]?.id;
  await form.getByLabel("Tên đơn vị").fill(school);
  await form.getByLabel("Đơn vị cấp trên").selectOption(String(districtId));
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã thêm đơn vị “${school}”.`);

  const list = page.getByRole("list", { name: "Các đơn vị" });
  const rowOf = (slug: string) => list.getByTestId("unit-row").filter({ has: page.locator(`input[name="slug"][value="${slug}"]`) });
  const districtRow = rowOf(`ldld-huyen-thu-${suffix}`);
  const schoolRow = rowOf(`cdcs-truong-thu-${suffix}`);
  // The sub-unit comes right after its parent in the tree.
  const order = await list.getByTestId("unit-row").locator('input[name="name"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(order.indexOf(school)).toBe(order.indexOf(district) + 1);

  // A unit cannot go under its own sub-unit.
  await districtRow.getByLabel(`Đơn vị cấp trên của ${district}`).selectOption(String((await db.select().from(units).where(eq(units.name, school)).limit(1))[0]?.id));
  await districtRow.getByRole("button", { name: "Lưu" }).click();
  await expect(districtRow.getByRole("alert")).toHaveText("Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị con của nó.");

  await districtRow.getByRole("button", { name: "Xóa" }).click();
  await answerYes(page, "Xóa đơn vị");
  await expect(districtRow.getByRole("alert").last()).toContainText(`đơn vị trực thuộc “${school}”`);
  const used = rowOf("cong-doan-vien-chuc-tinh");
  await used.getByRole("button", { name: "Xóa" }).click();
  await answerYes(page, "Xóa đơn vị");
  await expect(used.getByRole("alert")).toContainText(/Không thể xóa đơn vị “Công đoàn Viên chức tỉnh” vì đang được dùng: \d+ bài viết .*; tài khoản [a-z0-9]/);

  await schoolRow.getByRole("button", { name: "Xóa" }).click();
  await answerYes(page, "Xóa đơn vị");
  await expect(schoolRow).toHaveCount(0);
  await districtRow.getByRole("button", { name: "Xóa" }).click();
  await answerYes(page, "Xóa đơn vị");
  await expect(rowOf(`ldld-huyen-thu-${suffix}`)).toHaveCount(0);
  expect((await db.select().from(units).where(eq(units.name, district)).limit(1))[0]).toBeUndefined();
});
