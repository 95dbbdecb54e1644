import { eq } from "drizzle-orm";
import type { Locator, Page } from "@playwright/test";
import { menuItems, pages } from "@/db/schema";
import { answerYes, createAccount, expect, signIn, test } from "./fixtures";

// The menu is in every public page's header, and this site is shared by the other journeys: each
// test adds its own items to the demo menu and takes them out again, or saves nothing.

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An item's fields and buttons, by its label: each item is a group named "Mục 2: Giới thiệu". */
const rowLabelled = (page: Page, label: string) => page.getByRole("group", { name: new RegExp(`: ${escaped(label)}$`) });
const topLevelCount = (page: Page) => page.getByRole("list", { name: "Các mục menu" }).locator(":scope > li").count();
const announced = (page: Page) => page.getByTestId("thong-bao-menu");
const labelsOnScreen = (page: Page) => page.getByLabel("Tên hiển thị").evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** "+ Thêm mục": a new, unnamed item at the end of the menu. */
async function addItem(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "+ Thêm mục" }).click();
  return page.getByRole("group", { name: /: \(mục chưa đặt tên\)$/ });
}

test("an admin puts a page under a new item with the keyboard, saves, and a phone reader reaches it", async ({ page, browser, db }) => {
  const suffix = Date.now().toString(36);
  const group = `Nhóm thử ${suffix}`;
  const label = `Lịch sử (thử ${suffix})`;
  const history = (await db.select().from(pages).where(eq(pages.slug, "lich-su-truyen-thong")).limit(1))[0];
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/menu");
  const before = await labelsOnScreen(page);
  const topLevel = await topLevelCount(page);

  const groupRow = await addItem(page);
  await groupRow.getByLabel("Trỏ tới").selectOption("path");
  await groupRow.getByLabel("Đường dẫn", { exact: true }).fill("/tin-tuc");
  await groupRow.getByLabel("Tên hiển thị").fill(group);

  const picker = (await addItem(page)).getByRole("combobox", { name: "Trang", exact: true });
  // The new item's page picker has the focus; picking a page names the item after it.
  await expect(picker).toBeFocused();
  await picker.selectOption(String(history?.id));
  const pageRow = rowLabelled(page, "Lịch sử truyền thống").last();
  await expect(pageRow.getByLabel("Tên hiển thị")).toHaveValue("Lịch sử truyền thống");
  await pageRow.getByLabel("Tên hiển thị").fill(label);

  // With the keyboard: make it a sub-item of the item above, and move that item up one place.
  await rowLabelled(page, label).getByRole("button", { name: `Đưa “${label}” thành mục con` }).press("Enter");
  await expect(announced(page)).toHaveText(`“${label}” đã thành mục con của “${group}”, ở vị trí 1.`);
  const subRow = page.getByRole("list", { name: `Mục con của ${group}` }).getByRole("group", { name: /^Mục con / });
  await expect(subRow).toHaveAccessibleName(`Mục con 1 của “${group}”: ${label}`);
  await expect(subRow.getByRole("button", { name: `Đưa “${label}” ra cấp trên` })).toBeFocused();
  await rowLabelled(page, group).getByRole("button", { name: `Chuyển “${group}” lên` }).press("Enter");
  await expect(announced(page)).toHaveText(`Đã chuyển “${group}” lên vị trí ${topLevel}.`);

  await page.getByRole("button", { name: "Lưu menu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu menu." })).toBeVisible();
  const stored = (await db.select().from(menuItems).where(eq(menuItems.label, label)).limit(1))[0];
  expect(stored).toMatchObject({ kind: "page", targetId: history?.id });
  expect((await db.select().from(menuItems).where(eq(menuItems.id, stored?.parentId ?? 0)).limit(1))[0]?.label).toBe(group);

  // A reader on a phone, signed out.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const reader = await context.newPage();
  await reader.goto("/");
  const menuButton = reader.getByRole("navigation", { name: "Menu chính" }).getByRole("button", { name: "Menu" });
  await menuButton.click();
  const panel = reader.getByRole("dialog", { name: "Menu" });
  await expect(panel.getByRole("link", { name: label })).toBeVisible();
  // Tab and Shift+Tab go round inside the open panel.
  const focusables = await panel.locator("a[href], button").count();
  for (let i = 0; i < focusables + 2; i++) {
    await reader.keyboard.press("Tab");
    expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await reader.keyboard.press("Shift+Tab");
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await reader.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await menuButton.click();
  await panel.getByRole("link", { name: label }).click();
  await expect(reader).toHaveURL(/\/gioi-thieu\/lich-su-truyen-thong$/);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Lịch sử truyền thống");
  await context.close();

  // The menu as it was for the other journeys: removing the group removes its sub-item.
  await rowLabelled(page, group).getByRole("button", { name: `Xóa “${group}”` }).click();
  await answerYes(page, "Xóa cả mục con");
  await expect(announced(page)).toHaveText(`Đã bỏ “${group}” cùng 1 mục con khỏi menu. Bấm “Lưu menu” để lưu thay đổi.`);
  await page.getByRole("button", { name: "Lưu menu" }).click();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeHidden();
  expect(await labelsOnScreen(page)).toEqual(before);
  expect((await db.select().from(menuItems).where(eq(menuItems.label, label)).limit(1))[0]).toBeUndefined();
});

test("a javascript: link is refused on its own item, and everything the admin arranged stays on screen", async ({ page, db }) => {
  const count = async () => (await db.select().from(menuItems)).length;
  const storedBefore = await count();
  await signIn(page, await createAccount("admin", db));
  // The dragged row and the row it is dropped on in one screen: Playwright scrolling the page to the
  // second in the middle of a drag ends the drag in Chromium, as a person's drag never does.
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto("/quan-tri/menu");

  // Arrange, once the screen's script runs ("+ Thêm mục" is enabled then): drag "Ban Thường vụ"
  // above "Lịch sử truyền thống", move "Liên hệ" up, and add a link under the last item.
  await expect(page.getByRole("button", { name: "+ Thêm mục" })).toBeEnabled();
  await rowLabelled(page, "Ban Thường vụ").locator("[draggable=true]").dragTo(rowLabelled(page, "Lịch sử truyền thống"), { targetPosition: { x: 40, y: 8 } });
  await expect(announced(page)).toHaveText("Đã chuyển “Ban Thường vụ” tới vị trí 1 trong “Giới thiệu”.");
  const topLevel = await topLevelCount(page);
  await rowLabelled(page, "Liên hệ").getByRole("button", { name: "Chuyển “Liên hệ” lên" }).click();
  await expect(announced(page)).toHaveText(`Đã chuyển “Liên hệ” lên vị trí ${topLevel - 1}.`);
  const row = await addItem(page);
  await row.getByLabel("Trỏ tới").selectOption("external");
  await row.getByLabel("Địa chỉ liên kết").fill("javascript:alert(document.cookie)");
  await row.getByLabel("Tên hiển thị").fill("Trang mạng xấu");
  await rowLabelled(page, "Trang mạng xấu").getByRole("button", { name: "Đưa “Trang mạng xấu” thành mục con" }).click();
  const arranged = await labelsOnScreen(page);
  expect(arranged.indexOf("Ban Thường vụ")).toBeLessThan(arranged.indexOf("Lịch sử truyền thống"));
  expect(arranged.indexOf("Liên hệ")).toBeLessThan(arranged.indexOf("Đơn vị"));
  await expect(page.getByRole("list", { name: "Mục con của Đơn vị" }).getByRole("group", { name: /^Mục con / }).last()).toHaveAccessibleName(/: Trang mạng xấu$/);

  await page.getByRole("button", { name: "Lưu menu" }).click();
  await expect(page.getByRole("form", { name: "Sửa menu" }).getByRole("alert")).toHaveText("Chưa lưu được: 1 lỗi ở các mục được đánh dấu. Menu bạn sắp xếp vẫn còn nguyên trên màn hình.");
  const bad = rowLabelled(page, "Trang mạng xấu");
  const address = bad.getByLabel("Địa chỉ liên kết");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toHaveAccessibleDescription("Không nhận địa chỉ kiểu “javascript:”: liên kết ngoài phải bắt đầu bằng http:// hoặc https://.");
  await expect(address).toHaveValue("javascript:alert(document.cookie)");
  expect(await labelsOnScreen(page)).toEqual(arranged);
  await expect(bad.getByRole("button", { name: "Đưa “Trang mạng xấu” ra cấp trên" })).toBeVisible();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();
  expect(await count()).toBe(storedBefore);
});

test("a save from a tab opened before another save is refused with the edits kept, and can then overwrite it knowingly", async ({ page, context, db }) => {
  const storedLabels = async () => (await db.select().from(menuItems).orderBy(menuItems.parentId, menuItems.sortOrder)).map((row) => row.label);
  const original = await storedLabels();
  await signIn(page, await createAccount("admin", db));
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto("/quan-tri/menu");
    await expect(tab.getByRole("button", { name: "+ Thêm mục" })).toBeEnabled();
  }
  // The other tab moves "Liên hệ" up and saves first.
  await rowLabelled(other, "Liên hệ").getByRole("button", { name: "Chuyển “Liên hệ” lên" }).click();
  await other.getByRole("button", { name: "Lưu menu" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Đã lưu menu." })).toBeVisible();

  // This tab, opened before that save, renames "Văn bản": refused, the new name still on screen.
  await rowLabelled(page, "Văn bản").getByLabel("Tên hiển thị").fill("Văn bản pháp luật");
  await page.getByRole("button", { name: "Lưu menu" }).click();
  const form = page.getByRole("form", { name: "Sửa menu" });
  await expect(form.getByRole("alert")).toContainText("Menu vừa được lưu ở một thẻ hoặc máy khác");
  await expect(rowLabelled(page, "Văn bản pháp luật").getByLabel("Tên hiển thị")).toHaveValue("Văn bản pháp luật");
  expect(await storedLabels()).toContain("Văn bản");

  // Knowingly: this tab's menu replaces the other's (so "Liên hệ" is back in its place), then the old name.
  await page.getByRole("button", { name: "Lưu đè bằng menu của tôi" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Đã lưu menu." })).toBeVisible();
  expect(await storedLabels()).toEqual(original.map((label) => (label === "Văn bản" ? "Văn bản pháp luật" : label)));
  await rowLabelled(page, "Văn bản pháp luật").getByLabel("Tên hiển thị").fill("Văn bản");
  await page.getByRole("button", { name: "Lưu menu" }).click();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeHidden();
  await expect.poll(storedLabels).toEqual(original);
});

test("on a phone each item's fields fold under one line; a new item and one a save refused are open, and the focus opens the item it goes to", async ({ browser, db }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/menu");
  await expect(page.getByRole("button", { name: "+ Thêm mục" })).toBeEnabled();
  const items = page.getByRole("group", { name: /^Mục / });
  const first = items.first();
  await expect(first.getByLabel("Tên hiển thị")).toBeHidden();
  await expect(first.getByRole("button", { name: /^Chuyển “.+” xuống$/ })).toBeVisible();
  // Three items are on the first screen (the first alone was about 330 px with its fields open).
  expect((await items.nth(2).boundingBox())?.y ?? Infinity).toBeLessThan(844);
  await first.getByText(/^Sửa tên, nơi trỏ tới/).click();
  await expect(first.getByLabel("Tên hiển thị")).toBeVisible();

  // A new item opens with its fields, and the focus in them.
  const row = await addItem(page);
  await expect(row.locator("[data-control=target]")).toBeFocused();
  await row.getByLabel("Trỏ tới").selectOption("external");
  await row.getByLabel("Địa chỉ liên kết").fill("javascript:alert(1)");
  await row.getByLabel("Tên hiển thị").fill("Mục thử trên điện thoại");
  const bad = rowLabelled(page, "Mục thử trên điện thoại");
  await bad.getByText(/^Sửa tên, nơi trỏ tới/).click();
  await expect(bad.getByLabel("Địa chỉ liên kết")).toBeHidden();

  // A refused save opens the item it names, with the reason by its field.
  await page.getByRole("button", { name: "Lưu menu" }).click();
  await expect(page.getByRole("form", { name: "Sửa menu" }).getByRole("alert")).toContainText("Chưa lưu được: 1 lỗi");
  await expect(bad.getByLabel("Địa chỉ liên kết")).toBeVisible();
  await expect(bad.getByLabel("Địa chỉ liên kết")).toHaveAttribute("aria-invalid", "true");

  // Removed, the focus goes to the item before it, whose fields were folded.
  const before = items.nth((await items.count()) - 2);
  await expect(before.getByLabel("Tên hiển thị")).toBeHidden();
  await bad.getByRole("button", { name: "Xóa “Mục thử trên điện thoại”" }).click();
  await expect(before.getByLabel("Tên hiển thị")).toBeFocused();
  await expect(before.getByLabel("Tên hiển thị")).toBeVisible();
  await context.close();
});
