import { expect, test } from "./fixtures";

// The workspace's links to the public site ("Xem trang tin", a report's most-read article, a video's
// page) are plain links, as the reader's own are (decision 14): the page loads as a document from the
// page cache. Prefetched by next/link, the home page's payload kept its request open in Chromium for
// 8–28 s after a staff page had loaded, for a page the click then loaded whole anyway.

const staffPath = /^\/(quan-tri|dang-nhap|xem-truoc|api|_next)(\/|$)/;

test("a staff page prefetches no public page, and 'Xem trang tin' loads the site as a reader gets it", async ({ page, loginAs }) => {
  await loginAs("admin");
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc") && !staffPath.test(url.pathname)) prefetched.push(url.pathname);
  });
  // The laptop's width, where the whole menu is in view (a prefetch starts when a link comes into view).
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const path of ["/quan-tri", "/quan-tri/thong-ke"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Xem trang tin" })).toHaveAttribute("href", "/");
  }
  // The report links its most-read articles to their public pages: there were public links to prefetch.
  expect(await page.locator('main a[href^="/tin-tuc/"]').count()).toBeGreaterThan(0);
  expect(prefetched).toEqual([]);

  const home = page.waitForRequest((request) => request.isNavigationRequest() && new URL(request.url()).pathname === "/");
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Xem trang tin" }).click();
  const answer = await (await home).response();
  expect(answer?.headers()["content-type"]).toContain("text/html");
  // The reader's page with the reader's (cacheable) policy, not the workspace's nonce.
  expect(answer?.headers()["content-security-policy"]).not.toContain("nonce-");
  await expect(page).toHaveURL(/\/$/);
  expect(prefetched).toEqual([]);
});
