import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { slugify } from "@/core/slug";
import { demoArticles } from "@/seeds/demo";
import { demoSiteSettings } from "@/seeds/demo-settings";
import { demoDocuments } from "@/seeds/demo-documents";
import { publishedDemoAlbums, publishedDemoArticles } from "./demo-content";
import { expect, test } from "./fixtures";

// What a link shared on Zalo or Facebook shows: every public page's preview tags, a 1200 × 630
// picture that answers as an image, and the share buttons on an article. Reads only: the demo
// content is shared with the other reader journeys.

const published = demoArticles.filter((a) => (a.status ?? "published") === "published");
const hasBodyPhoto = (a: (typeof demoArticles)[number]) => a.body.some((block) => typeof block === "object" && "photo" in block);
const withCover = published.find((a) => a.cover);
const bodyPhotoOnly = published.find((a) => !a.cover && hasBodyPhoto(a));
const noPhoto = published.find((a) => !a.cover && !hasBodyPhoto(a));

function meta(page: Page, key: string) {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
}

/** The picture og:image names: 200, an image type, and 1200 × 630 as its bytes say. */
async function expectSharePicture(request: APIRequestContext, url: string | null) {
  expect(url).toMatch(/^https?:\/\/[^/]+\/api\/anh-chia-se\//);
  const response = await request.get(new URL(url ?? "").pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(png|jpeg)$/);
  expect(response.headers()["cache-control"]).toContain("max-age=31536000");
  expect(response.headers()["etag"]).toBeTruthy();
  const { width, height } = await sharp(await response.body()).metadata();
  expect({ width, height }).toEqual({ width: 1200, height: 630 });
}

async function expectPreviewTags(page: Page, path: string, title: RegExp | string) {
  await page.goto(path);
  expect(await meta(page, "og:title")).toMatch(title);
  expect(await meta(page, "og:description")).toBeTruthy();
  const canonical = new URL(path, "http://x").pathname;
  expect(await meta(page, "og:url")).toMatch(new RegExp(`^https?://[^/]+${canonical === "/" ? "/?" : canonical}$`));
  expect(await meta(page, "og:site_name")).toBe(demoSiteSettings.name);
  expect(await meta(page, "og:image:width")).toBe("1200");
  expect(await meta(page, "og:image:height")).toBe("630");
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(await meta(page, "og:url"));
  return meta(page, "og:image");
}

test("an article without a cover or a photo shares a drawn card of 1200 × 630", async ({ page, request }) => {
  const slug = slugify(noPhoto?.title ?? "");
  const image = await expectPreviewTags(page, `/tin-tuc/${slug}`, noPhoto?.title ?? "");
  expect(image).toMatch(/\/api\/anh-chia-se\/bai-\d+-[a-z0-9]+\.png$/);
  await expectSharePicture(request, image);
  // The card's address says which version of the article it shows: a browser holding it asks nothing.
  const again = await request.get(new URL(image ?? "").pathname, { headers: { "If-None-Match": (await request.get(new URL(image ?? "").pathname)).headers()["etag"] ?? "" } });
  expect(again.status()).toBe(304);
});

test("an article without a cover shares its first body photo, and one with a cover its cover, cropped to 1200 × 630", async ({ page, request }) => {
  const bodyImage = await expectPreviewTags(page, `/tin-tuc/${slugify(bodyPhotoOnly?.title ?? "")}`, bodyPhotoOnly?.title ?? "");
  const firstBodyKey = /\/api\/media\/([a-z0-9-]+)-\d+\.jpg/.exec((await page.locator("article .article-body img").first().getAttribute("src")) ?? "")?.[1];
  expect(bodyImage).toMatch(new RegExp(`/api/anh-chia-se/anh-${firstBodyKey}-\\d+\\.jpg$`));
  await expectSharePicture(request, bodyImage);

  const coverImage = await expectPreviewTags(page, `/tin-tuc/${slugify(withCover?.title ?? "")}`, withCover?.title ?? "");
  expect(coverImage).toMatch(/\/api\/anh-chia-se\/anh-[a-z0-9-]+\.jpg$/);
  await expectSharePicture(request, coverImage);
});

test("the home page, a listing, a category and an about page have their preview tags and a canonical address", async ({ page, request }) => {
  const home = await expectPreviewTags(page, "/", demoSiteSettings.name);
  await expectSharePicture(request, home);
  await expectPreviewTags(page, "/tin-tuc", "Tin tức");
  await expectPreviewTags(page, "/chuyen-muc/tin-hoat-dong", /.+/);
  await expectPreviewTags(page, "/don-vi/cong-doan-vien-chuc-tinh", /.+/);
  await expectPreviewTags(page, "/gioi-thieu/lien-he", "Liên hệ");
  expect(await meta(page, "og:url")).toMatch(/\/gioi-thieu\/lien-he$/);
});

test("the Zalo and Facebook links share the article's canonical address, and copying it says Đã chép", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const slug = slugify(withCover?.title ?? "");
  await page.goto(`/tin-tuc/${slug}?trang=1`);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/tin-tuc/${slug}$`));
  const sharing = page.getByRole("navigation", { name: "Chia sẻ bài viết" });
  await expect(sharing.getByRole("link", { name: "Chia sẻ Zalo" })).toHaveAttribute("href", `https://sp.zalo.me/share_to?url=${encodeURIComponent(canonical)}`);
  await expect(sharing.getByRole("link", { name: "Chia sẻ Facebook" })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);

  await sharing.getByRole("button", { name: "Chép liên kết" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã chép" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
});

test("an album and a document are shared by their canonical address too, without \"In bài\"", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  for (const [path, what] of [[`/thu-vien-anh/${publishedDemoAlbums[0]!.slug}`, "album"], [`/van-ban/${demoDocuments[0]!.slug}`, "văn bản"]] as const) {
    await page.goto(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    const sharing = page.getByRole("navigation", { name: `Chia sẻ ${what}` });
    await expect(sharing.getByRole("link", { name: "Chia sẻ Zalo" })).toHaveAttribute("href", `https://sp.zalo.me/share_to?url=${encodeURIComponent(canonical)}`);
    await expect(sharing.getByRole("link", { name: "Chia sẻ Facebook" })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);
    await expect(sharing.getByRole("button", { name: "In bài" })).toHaveCount(0);
    await sharing.getByRole("button", { name: "Chép liên kết" }).click();
    await expect(sharing.getByRole("status")).toHaveText("Đã chép liên kết.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  }
});

test("on a phone the four share buttons take two rows at most, the status under them", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/tin-tuc/${slugify(withCover?.title ?? "")}`);
  const sharing = page.getByRole("navigation", { name: "Chia sẻ bài viết" });
  const controls = [sharing.getByRole("link", { name: "Chia sẻ Zalo" }), sharing.getByRole("link", { name: "Chia sẻ Facebook" }), sharing.getByRole("button", { name: "Chép liên kết" }), sharing.getByRole("button", { name: "In bài" })];
  const rows = async () => new Set(await Promise.all(controls.map(async (control) => Math.round((await control.boundingBox())?.y ?? -1)))).size;
  expect(await rows()).toBeLessThanOrEqual(2);
  await controls[2]!.click();
  const status = sharing.getByRole("status");
  await expect(status).toHaveText("Đã chép liên kết.");
  expect(await rows()).toBeLessThanOrEqual(2);
  const bottoms = await Promise.all(controls.map(async (control) => ((await control.boundingBox())?.y ?? 0) + ((await control.boundingBox())?.height ?? 0)));
  expect((await status.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(Math.max(...bottoms));
});

test("a printed article carries the masthead, its address and the date it was printed, without the share buttons", async ({ page }) => {
  const slug = slugify(withCover?.title ?? "");
  await page.goto(`/tin-tuc/${slug}`);
  const masthead = page.getByTestId("dau-trang-in");
  await expect(masthead).toBeHidden();
  await expect(page.getByRole("button", { name: "In bài" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(masthead).toBeVisible();
  await expect(masthead).toContainText(demoSiteSettings.name);
  await expect(masthead).toContainText(new RegExp(`https?://[^/]+/tin-tuc/${slug}`));
  await expect(masthead).toContainText(/In ngày: .+, ngày \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}/);
  await expect(page.getByRole("navigation", { name: "Chia sẻ bài viết" })).toBeHidden();
});

test("a home page card whose article has no cover shows the first photo of its text", async ({ page }) => {
  const bodyPhotoTitles = new Set(publishedDemoArticles.filter((a) => !a.cover && a.bodyPhoto).map((a) => a.title));
  await page.goto("/");
  let checked = 0;
  for (const card of await page.getByRole("region", { name: "Tin mới" }).getByRole("article").all()) {
    const title = (await card.getByRole("heading").textContent())?.trim() ?? "";
    if (!bodyPhotoTitles.has(title)) continue;
    await expect(card.locator("img")).toHaveAttribute("src", /^\/api\/media\/[a-z0-9-]+-\d+\.jpg$/);
    checked += 1;
  }
  // The demo's newest news has such articles: the check above must have run.
  expect(checked).toBeGreaterThan(0);
});
