import type { Page } from "@playwright/test";
import { createAccount, expect, signIn, test } from "./fixtures";

// Forms without autosave (the site's settings, the menu, a document, captions…) ask before they are
// left with typed changes: the browser asks when the tab closes, and the workspace's links, which
// navigate inside the app where the browser asks nothing, ask the same.

const QUESTION = "Rời trang này? Những thay đổi chưa lưu sẽ mất.";
const workspaceLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name, exact: true });

/** Clicks a link and answers the question it raises; resolves with the question, or null when none came. */
async function clickAnswering(page: Page, link: ReturnType<Page["getByRole"]>, answer: "stay" | "leave"): Promise<string | null> {
  let asked: string | null = null;
  const onDialog = (dialog: import("@playwright/test").Dialog) => {
    asked = `${dialog.type()}: ${dialog.message()}`;
    void (answer === "leave" ? dialog.accept() : dialog.dismiss());
  };
  page.on("dialog", onDialog);
  await link.click();
  // The answer is given at once; let the navigation it allows (or not) start.
  await page.waitForTimeout(500);
  page.off("dialog", onDialog);
  return asked;
}

test("the site's settings ask before a workspace link leaves typed changes, keep them when the admin stays, and go once saved", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/cai-dat");
  const phone = page.getByLabel("Điện thoại");
  const before = await phone.inputValue();

  // Nothing typed: links go at once.
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBeNull();
  await expect(page).toHaveURL(/\/quan-tri\/menu$/);
  await page.goto("/quan-tri/cai-dat");

  // Something other than what is stored (typing the stored value again is no change).
  const typed = `${before || "0208 3855"} 9`;
  await phone.fill(typed);
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBe(`confirm: ${QUESTION}`);
  await expect(page).toHaveURL(/\/quan-tri\/cai-dat$/);
  await expect(phone).toHaveValue(typed);

  // Closing the tab asks too (the browser's own question).
  const closing = new Promise<string>((resolve) => page.once("dialog", (dialog) => { resolve(dialog.type()); void dialog.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await closing).toBe("beforeunload");
  const again = await page.context().newPage();
  await again.goto("/quan-tri/cai-dat");
  await again.getByLabel("Điện thoại").fill(before || "0208 3855 000");
  await again.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(again.getByText(/^(Đã lưu cài đặt trang|Không có thay đổi nào để lưu)/)).toBeVisible();
  expect(await clickAnswering(again, workspaceLink(again, "Menu"), "stay")).toBeNull();
  await expect(again).toHaveURL(/\/quan-tri\/menu$/);
});

test("a document's form and the menu ask before leaving typed changes, and 'leave' goes", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/van-ban/moi");
  await page.getByLabel("Trích yếu").fill("Kế hoạch gõ dở rồi bấm sang mục khác");
  expect(await clickAnswering(page, workspaceLink(page, "Bài viết"), "stay")).toBe(`confirm: ${QUESTION}`);
  await expect(page).toHaveURL(/\/quan-tri\/van-ban\/moi$/);
  await expect(page.getByLabel("Trích yếu")).toHaveValue("Kế hoạch gõ dở rồi bấm sang mục khác");
  expect(await clickAnswering(page, workspaceLink(page, "Bài viết"), "leave")).toBe(`confirm: ${QUESTION}`);
  await expect(page).toHaveURL(/\/quan-tri$/);

  await page.goto("/quan-tri/menu");
  await page.getByRole("button", { name: "+ Thêm mục" }).click();
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();
  expect(await clickAnswering(page, workspaceLink(page, "Bài viết"), "stay")).toBe(`confirm: ${QUESTION}`);
  await expect(page).toHaveURL(/\/quan-tri\/menu$/);
});

test("a change counts however it was made, and only a change does: a photo chosen from the library or a link row removed asks; a picker's own fields and a value typed back do not", async ({ page, db }) => {
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/cai-dat");
  const phone = page.getByLabel("Điện thoại");
  const before = await phone.inputValue();

  // Typed and typed back as it was; a blank row added (the server skips it): nothing to lose.
  await phone.fill("0208 0000 000");
  await phone.fill(before);
  await page.getByRole("button", { name: "+ Thêm liên kết" }).click();
  // The picker's own fields are the picker's: written in, then cancelled.
  await page.getByRole("button", { name: "Chọn từ thư viện" }).first().click();
  const picker = page.getByRole("dialog", { name: "Chèn ảnh" });
  await picker.getByLabel("Chú thích ảnh").fill("Chú thích gõ rồi bỏ");
  await picker.getByRole("button", { name: "Hủy" }).click();
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBeNull();
  await expect(page).toHaveURL(/\/quan-tri\/menu$/);

  // A photo chosen from the library changes only a hidden field: no key was pressed in the form.
  await page.goto("/quan-tri/cai-dat");
  await page.getByRole("button", { name: "Chọn từ thư viện" }).first().click();
  await picker.getByRole("tab", { name: "Thư viện ảnh" }).click();
  await picker.getByRole("listitem").first().getByRole("button").click();
  await picker.getByRole("button", { name: "Chèn ảnh" }).click();
  await expect(picker).toBeHidden();
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBe(`confirm: ${QUESTION}`);
  await expect(page).toHaveURL(/\/quan-tri\/cai-dat$/);

  // A row removed with a click.
  await page.goto("/quan-tri/cai-dat");
  await page.getByRole("button", { name: "+ Thêm liên kết" }).click();
  const rows = page.getByRole("button", { name: /^Xóa liên kết \d+$/ });
  const last = await rows.count();
  await page.getByLabel(`Tên website ${last}`).fill("Cổng thông tin tỉnh");
  await page.getByLabel(`Địa chỉ website ${last}`).fill("https://tinh.gov.vn");
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByText(/^Đã lưu cài đặt trang/)).toBeVisible();
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBeNull();
  await page.goto("/quan-tri/cai-dat");
  await page.getByRole("button", { name: `Xóa liên kết ${last}` }).click();
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBe(`confirm: ${QUESTION}`);
  // Saved, the settings are as they were before this test, and the link goes at once.
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByText(/^Đã lưu cài đặt trang/)).toBeVisible();
  await expect(page.getByLabel("Tên website 1")).toHaveCount(last === 1 ? 0 : 1);
  expect(await clickAnswering(page, workspaceLink(page, "Menu"), "stay")).toBeNull();
  await expect(page).toHaveURL(/\/quan-tri\/menu$/);
});
