import { expect, test, type Page } from "@playwright/test";
import { sidewaysOverflow, wcagViolations } from "./accessibility";
import { publishedDemoAlbums } from "./demo-content";
import { expectPictureWithJpegFallback } from "./pictures";

// A reader on a phone looks at the union's photo albums (the demo seed's four, seeds/demo-albums.ts):
// the grid, an album and its lightbox by keyboard and by swipe, and without JavaScript the photos' own pages.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const congress = publishedDemoAlbums.find((album) => album.cover !== undefined)!;
const congressCaptions = congress.photos.map((photo) => photo.caption);

async function swipe(page: Page, fromX: number, toX: number) {
  await page.evaluate(
    ({ from, to }) => {
      const target = document.querySelector("dialog[open] figure");
      if (!target) throw new Error("no open lightbox");
      const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
      target.dispatchEvent(new TouchEvent("touchstart", { touches: [touch(from)], changedTouches: [touch(from)], bubbles: true }));
      target.dispatchEvent(new TouchEvent("touchend", { touches: [], changedTouches: [touch(to)], bubbles: true }));
    },
    { from: fromX, to: toX },
  );
}

test("the grid shows each album's cover, title, day, unit and photo count, two a row on a phone", async ({ page }) => {
  await page.goto("/thu-vien-anh");
  await expect(page.getByRole("heading", { level: 1, name: "Thư viện ảnh" })).toBeVisible();
  await expect(page.getByTestId("tong-so")).toHaveText(`Tổng số: ${publishedDemoAlbums.length} | Trang: 1 trên tổng số 1 trang`);
  const cards = page.getByRole("list", { name: "Danh sách album" }).getByRole("listitem");
  await expect(cards).toHaveCount(publishedDemoAlbums.length);
  for (const [index, album] of publishedDemoAlbums.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole("link", { name: album.title })).toHaveAttribute("href", `/thu-vien-anh/${album.slug}`);
    await expect(card.getByTestId("so-anh")).toHaveText(`${album.photos.length} ảnh`);
    const [year, month, day] = album.takenOn.split("-");
    await expect(card.locator("time")).toHaveText(`${day}/${month}/${year}`);
    const cover = card.locator("img");
    await expect(cover.locator("xpath=preceding-sibling::source")).toHaveAttribute("srcset", /480w/);
    await expect(cover).toHaveAttribute("loading", index < 2 ? "eager" : "lazy");
    await cover.scrollIntoViewIfNeeded();
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectPictureWithJpegFallback(cover);
  }
  const [first, second, third] = await Promise.all([0, 1, 2].map((i) => cards.nth(i).boundingBox()));
  expect(first?.y).toBe(second?.y);
  expect(second?.x).toBeGreaterThan(first?.x ?? 0);
  expect(third?.y).toBeGreaterThan(first?.y ?? 0);
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await wcagViolations(page)).toEqual([]);
});

test("a reader opens an album and steps through its lightbox by keyboard and by swipe", async ({ page }) => {
  await page.goto("/thu-vien-anh");
  await page.getByRole("link", { name: congress.title }).click();
  await expect(page).toHaveURL(`/thu-vien-anh/${congress.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: congress.title })).toBeVisible();
  await expect(page.getByText(congress.description)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Vị trí trang" }).getByRole("link", { name: "Thư viện ảnh" })).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/api\/anh-chia-se\//);
  const thumbnails = page.getByRole("list", { name: "Các ảnh trong album" }).getByRole("link");
  await expect(thumbnails).toHaveCount(congress.photos.length);
  expect(await sidewaysOverflow(page)).toBe(0);

  const second = thumbnails.nth(1);
  await second.click();
  const lightbox = page.getByRole("dialog", { name: `Xem ảnh lớn: ${congress.title}` });
  await expect(lightbox).toBeVisible();
  await expect(page).toHaveURL(`/thu-vien-anh/${congress.slug}`);
  const place = lightbox.getByTestId("vi-tri-anh");
  const caption = lightbox.locator("figcaption");
  await expect(place).toHaveText(`2/${congress.photos.length}`);
  await expect(caption).toContainText(congressCaptions[1]!);
  await expect(caption).toContainText(congress.photos[1]!.credit);
  expect(await wcagViolations(page)).toEqual([]);

  await page.keyboard.press("ArrowRight");
  await expect(place).toHaveText(`3/${congress.photos.length}`);
  await expect(caption).toContainText(congressCaptions[2]!);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(place).toHaveText(`1/${congress.photos.length}`);
  await expect(caption).toContainText(congressCaptions[0]!);
  // The focus stays in the dialog: Tab goes round its buttons and link, never to the page behind.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")))).toBe(true);
  }

  await page.keyboard.press("Escape");
  await expect(lightbox).toBeHidden();
  await expect(thumbnails.nth(0)).toBeFocused();

  await thumbnails.nth(0).click();
  await expect(place).toHaveText(`1/${congress.photos.length}`);
  await swipe(page, 300, 120);
  await expect(place).toHaveText(`2/${congress.photos.length}`);
  await expect(caption).toContainText(congressCaptions[1]!);
  await swipe(page, 100, 320);
  await expect(place).toHaveText(`1/${congress.photos.length}`);
  await lightbox.getByRole("button", { name: "Đóng" }).click();
  await expect(lightbox).toBeHidden();
  await expect(thumbnails.nth(0)).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every photo of an album is reached through the photos' pages, one after the other", async ({ page }) => {
    await page.goto(`/thu-vien-anh/${congress.slug}`);
    await page.getByRole("list", { name: "Các ảnh trong album" }).getByRole("link").first().click();
    const seen: string[] = [];
    for (let position = 1; position <= congress.photos.length; position++) {
      await expect(page).toHaveURL(new RegExp(`/thu-vien-anh/${congress.slug}/anh-\\d+$`));
      await expect(page.getByTestId("vi-tri-anh")).toHaveText(`Ảnh ${position}/${congress.photos.length}`);
      seen.push((await page.locator("figcaption").textContent()) ?? "");
      await expect(page.getByText(congress.photos[position - 1]!.credit)).toBeVisible();
      const next = page.getByRole("link", { name: "Ảnh sau" });
      if (position < congress.photos.length) await next.click();
      else await expect(next).toHaveCount(0);
    }
    expect(seen).toEqual(congressCaptions);
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole("link", { name: "Ảnh trước" }).click();
    await expect(page.getByTestId("vi-tri-anh")).toHaveText(`Ảnh ${congress.photos.length - 1}/${congress.photos.length}`);
    await page.getByRole("link", { name: "Về album" }).click();
    await expect(page).toHaveURL(`/thu-vien-anh/${congress.slug}`);
  });
});

test("a photo's page has no WCAG violation and links its neighbours", async ({ page }) => {
  await page.goto(`/thu-vien-anh/${congress.slug}`);
  const href = await page.getByRole("list", { name: "Các ảnh trong album" }).getByRole("link").nth(1).getAttribute("href");
  await page.goto(href ?? "/");
  await expect(page.getByRole("heading", { level: 1, name: congress.title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ảnh trước" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ảnh sau" })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await wcagViolations(page)).toEqual([]);
});

test("the sitemap lists the grid and every album with the day it last changed", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/thu-vien-anh<\/loc>/);
  for (const album of publishedDemoAlbums) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/thu-vien-anh/${album.slug}</loc><lastmod>\\d{4}-`));
});

test("addresses that lead nowhere answer 404", async ({ page, request }) => {
  await page.goto(`/thu-vien-anh/${publishedDemoAlbums[0]!.slug}`);
  const otherAlbumsPhoto = await page.getByRole("list", { name: "Các ảnh trong album" }).getByRole("link").first().getAttribute("href");
  const photoId = /anh-(\d+)$/.exec(otherAlbumsPhoto ?? "")?.[1];
  expect(photoId).toBeTruthy();
  for (const address of [
    "/thu-vien-anh?trang=2",
    "/thu-vien-anh?trang=0",
    "/thu-vien-anh?trang=abc",
    "/thu-vien-anh/khong-co-album-nay",
    "/thu-vien-anh/Khong_Hop_Le",
    `/thu-vien-anh/${congress.slug}/anh-999999`,
    `/thu-vien-anh/${congress.slug}/anh-x`,
    `/thu-vien-anh/${congress.slug}/${photoId}`,
    `/thu-vien-anh/${congress.slug}/anh-${photoId}`,
    `/thu-vien-anh/${congress.slug}/anh-1/them`,
  ]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text(), address).toContain("Không tìm thấy trang");
  }
});
