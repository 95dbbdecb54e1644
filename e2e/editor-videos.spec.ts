import { expect, test } from "./fixtures";

// Video entries (issue 16, item 4): an editor pastes a YouTube link, a link to any other host is
// refused on its field with what was typed kept, and readers watch the video through
// youtube-nocookie.com in a sandboxed frame. Contributors do not manage videos.

test("an editor adds a YouTube video, another host is refused, and a reader watches it through youtube-nocookie.com", async ({ page, loginAs, browser }) => {
  const title = `Hội diễn văn nghệ công nhân ${Date.now()}`;
  await loginAs("editor");
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Video" }).click();
  await page.getByRole("link", { name: "Thêm video" }).click();
  await page.getByLabel("Tiêu đề").fill(title);
  await page.getByLabel("Liên kết YouTube").fill("https://vimeo.com/76979871");
  await page.getByLabel("Ngày", { exact: true }).fill("01/05/2026");
  await page.getByLabel("Mô tả").fill("Tiết mục mở màn của công nhân khu công nghiệp.");
  await page.getByRole("button", { name: "Lưu và đăng" }).click();
  await expect(page.getByText("Chỉ nhận liên kết video YouTube (youtube.com hoặc youtu.be), không nhận trang khác.")).toBeVisible();
  await expect(page.getByLabel("Liên kết YouTube")).toHaveAttribute("aria-invalid", "true");
  // What was typed stays.
  await expect(page.getByLabel("Tiêu đề")).toHaveValue(title);

  await page.getByLabel("Liên kết YouTube").fill("https://youtu.be/dQw4w9WgXcQ?si=share&t=1m5s");
  await page.getByRole("button", { name: "Lưu và đăng" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/video\/\d+$/);
  await expect(page.getByRole("button", { name: "Gỡ video" })).toBeVisible();
  const publicLink = page.getByRole("link", { name: "Xem trên trang" });
  const address = await publicLink.getAttribute("href");
  expect(address).toMatch(/^\/video\/hoi-dien-van-nghe-cong-nhan-\d+$/);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const reader = await context.newPage();
  await reader.goto("/video");
  await reader.getByRole("link", { name: title }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const player = reader.locator(`iframe[title="Video: ${title}"]`);
  await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&start=65");
  await expect(player).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox");
  const policy = (await reader.request.get(address ?? "")).headers()["content-security-policy"] ?? "";
  expect(policy).toContain("frame-src https://www.youtube-nocookie.com;");
  expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const canonical = (await reader.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+${address}$`));
  await expect(reader.getByRole("navigation", { name: "Chia sẻ video" }).getByRole("link", { name: "Chia sẻ Zalo" })).toHaveAttribute("href", `https://sp.zalo.me/share_to?url=${encodeURIComponent(canonical)}`);
  expect(await (await reader.request.get("/sitemap.xml")).text()).toContain(`${address}</loc>`);

  // A new address: the one readers shared leads to it by a permanent redirect.
  const movedAddress = `${address}-ban-day-du`;
  await page.getByLabel("Đường dẫn").fill(movedAddress.replace("/video/", ""));
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(publicLink).toHaveAttribute("href", movedAddress);
  await reader.goto(address ?? "");
  await expect(reader).toHaveURL(new RegExp(`${movedAddress}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  expect((await reader.request.get(address ?? "", { maxRedirects: 0 })).status()).toBe(308);

  // Taken down: gone from the list and its page, and its old address, for readers at once.
  await page.getByRole("button", { name: "Gỡ video" }).click();
  await expect(page.getByRole("button", { name: "Xóa video" })).toBeVisible();
  expect((await reader.request.get(address ?? "", { maxRedirects: 0 })).status()).toBe(404);
  await reader.goto(movedAddress);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await reader.goto("/video");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await context.close();
});

test("a contributor has no videos in the workspace, and bad video addresses are 404s", async ({ page, loginAs, request }) => {
  await loginAs("contributor");
  await expect(page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Video" })).toHaveCount(0);
  expect((await page.goto("/quan-tri/video/moi"))?.status()).toBe(404);
  for (const address of ["/video?trang=0", "/video?trang=abc", "/video/Khong_Hop_Le", "/video/khong-co-video-nay"]) {
    expect((await request.get(address)).status(), address).toBe(404);
  }
});
