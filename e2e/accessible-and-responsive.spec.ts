import { expect, test } from "@playwright/test";
import { checkedWidths, expectAccessibleAtEveryWidth, sidewaysOverflow, wcagViolations } from "./accessibility";
import { publishedDemoAlbums, publishedDemoArticles } from "./demo-content";
import { demoDocuments } from "@/seeds/demo-documents";

const newest = publishedDemoArticles[0]!;

// One line a page. siteChrome: the reader's header, main and footer (sign-in has only its main).
const pages: { name: string; path: string; siteChrome: boolean }[] = [
  { name: "the home page", path: "/", siteChrome: true },
  { name: "the news listing", path: "/tin-tuc", siteChrome: true },
  { name: "the news of one day", path: `/tin-tuc?ngay=${newest.localTime.slice(0, 10)}`, siteChrome: true },
  { name: "a category listing", path: "/chuyen-muc/tin-hoat-dong", siteChrome: true },
  { name: "a unit listing", path: "/don-vi/cong-doan-vien-chuc-tinh", siteChrome: true },
  { name: "an article", path: `/tin-tuc/${newest.slug}`, siteChrome: true },
  { name: "an about page with sub-pages", path: "/gioi-thieu/gioi-thieu", siteChrome: true },
  { name: "an English about page", path: "/gioi-thieu/about-us", siteChrome: true },
  { name: "the documents register", path: "/van-ban", siteChrome: true },
  { name: "a document", path: `/van-ban/${demoDocuments[0]!.slug}`, siteChrome: true },
  { name: "the albums' grid", path: "/thu-vien-anh", siteChrome: true },
  { name: "an album", path: `/thu-vien-anh/${publishedDemoAlbums[0]!.slug}`, siteChrome: true },
  { name: "the videos", path: "/video", siteChrome: true },
  { name: "a search", path: `/tim-kiem?q=${encodeURIComponent("công đoàn")}`, siteChrome: true },
  { name: "the 404 page", path: "/khong-co-trang-nay", siteChrome: true },
  { name: "the sign-in page", path: "/dang-nhap", siteChrome: false },
];

for (const { name, path, siteChrome } of pages) {
  test(`${name} has one h1, its landmarks and Vietnamese as its language`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("main")).toBeVisible();
    if (siteChrome) {
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
    }
  });

  test(`${name} has no WCAG 2.2 A/AA violations and no sideways scrolling at ${checkedWidths.join(" and ")} px`, async ({ page }) => {
    await expectAccessibleAtEveryWidth(page, path);
  });
}

test("a keyboard user can skip to the content and sees where the focus is", async ({ page }) => {
  await page.goto("/tin-tuc");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await skip.press("Enter");
  await expect(page).toHaveURL(/#noi-dung$/);
});

// The demo menu (seeds/demo-menu.ts), in order, sub-items after their item.
const demoMenu = [
  "Trang chủ",
  "Giới thiệu", "Lịch sử truyền thống", "Cơ cấu tổ chức", "Ban Thường vụ",
  "Tin tức", "Tin hoạt động", "Tin tức – sự kiện", "Gương điển hình",
  "Văn bản",
  "Thư viện ảnh",
  "Đơn vị", "Công đoàn Viên chức tỉnh", "Liên đoàn Lao động thành phố Hải Lâm", "Liên đoàn Lao động huyện Tân Phong", "Công đoàn ngành Giáo dục tỉnh",
  "Liên hệ",
];

test("a keyboard user opens a drop-down with its button, Escape closes it, and the current item is marked", async ({ page }) => {
  await page.goto("/chuyen-muc/tin-hoat-dong");
  const nav = page.getByRole("navigation", { name: "Menu chính" });
  const toggle = nav.getByRole("button", { name: "Mục con của Tin tức" });
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const current = nav.getByRole("link", { name: "Tin hoạt động" });
  await expect(current).toBeHidden();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(current).toBeVisible();
  await expect(current).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Tab");
  await expect(current).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(current).toBeHidden();
  // A pointer opens it by hovering.
  await nav.getByRole("link", { name: "Giới thiệu", exact: true }).hover();
  await expect(nav.getByRole("link", { name: "Cơ cấu tổ chức" })).toBeVisible();
});

test("a phone reader opens the menu: every item and sub-item in one column, the current one marked, no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/tin-tuc");
  const nav = page.getByRole("navigation", { name: "Menu chính" });
  await expect(nav.getByRole("link")).toHaveCount(0);
  await nav.getByRole("button", { name: "Menu" }).click();
  const panel = page.getByRole("dialog", { name: "Menu" });
  await expect(panel.getByRole("link")).toHaveText(demoMenu);
  await expect(panel.getByRole("link", { name: "Tin tức", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  for (const link of await panel.getByRole("link").all()) {
    const box = await link.boundingBox();
    expect((box?.x ?? -1) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
  }
  expect(await wcagViolations(page)).toEqual([]);
});
