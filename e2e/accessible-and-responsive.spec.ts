import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { publishedDemoArticles } from "./demo-content";

const pages = [
  ["the home page", "/"],
  ["the news listing", "/tin-tuc"],
  ["a category listing", "/chuyen-muc/tin-hoat-dong"],
  ["a unit listing", "/don-vi/cong-doan-vien-chuc-tinh"],
  ["an article", `/tin-tuc/${publishedDemoArticles[0]!.slug}`],
  ["an about page with sub-pages", "/gioi-thieu/gioi-thieu"],
  ["the 404 page", "/khong-co-trang-nay"],
] as const;

for (const [name, path] of pages) {
  test(`${name} has no WCAG A/AA violations, one h1, landmarks and Vietnamese as its language`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test(`${name} fits a 360 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
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
