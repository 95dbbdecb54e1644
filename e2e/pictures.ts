import { expect, type Locator } from "@playwright/test";

/**
 * A stored photo as a browser gets it (components/ui/picture.tsx, core/media-files.ts
 * bodyWithPictures): its <img> inside a <picture> whose WebP source holds the widths, the <img> with
 * the JPEG alone, which a browser without WebP shows (and which is served), this one showing a WebP.
 */
export async function expectPictureWithJpegFallback(img: Locator) {
  expect(await img.evaluate((element) => element.parentElement?.tagName)).toBe("PICTURE");
  const source = img.locator("xpath=preceding-sibling::source");
  await expect(source).toHaveAttribute("type", "image/webp");
  await expect(source).toHaveAttribute("srcset", /^\/api\/media\/\S+\.webp \d+w(, \/api\/media\/\S+\.webp \d+w)*$/);
  await expect(img).not.toHaveAttribute("srcset");
  const src = (await img.getAttribute("src")) ?? "";
  expect(src).toMatch(/^\/api\/media\/\S+\.jpg$/);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((element: HTMLImageElement) => (element.complete && element.naturalWidth > 0 ? element.currentSrc : ""))).toMatch(/\.webp$/);
  const page = img.page();
  const jpeg = await page.request.get(new URL(src, page.url()).toString());
  expect(jpeg.status()).toBe(200);
  expect(jpeg.headers()["content-type"]).toBe("image/jpeg");
}
