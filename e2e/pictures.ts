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
  // Drawn by the browser as the same picture as the WebP, not only served: an old portal's photo keeps
  // its JPEG as it was coded (core/jpeg-without-metadata.ts). Both drawn 32 × 24 and compared.
  const width = Number(/-(\d+)\.jpg$/.exec(src)?.[1]);
  const webp = ((await source.getAttribute("srcset")) ?? "").split(", ").map((entry) => entry.split(" ")).find(([, w]) => w === `${width}w`)?.[0] ?? "";
  expect(webp, "a WebP as wide as the JPEG").toMatch(/\.webp$/);
  const drawn = await page.evaluate(async ({ jpegUrl, webpUrl }) => {
    const draw = async (url: string) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = Object.assign(document.createElement("canvas"), { width: 32, height: 24 });
      const context = canvas.getContext("2d");
      context?.drawImage(image, 0, 0, 32, 24);
      return { width: image.naturalWidth, pixels: context?.getImageData(0, 0, 32, 24).data ?? new Uint8ClampedArray() };
    };
    const [jpeg, webp] = [await draw(jpegUrl), await draw(webpUrl)];
    const difference = jpeg.pixels.reduce((sum, value, i) => sum + Math.abs(value - (webp.pixels[i] ?? 0)), 0);
    return { width: jpeg.width, meanDifference: difference / Math.max(1, jpeg.pixels.length) };
  }, { jpegUrl: src, webpUrl: webp });
  expect(drawn.width).toBe(width);
  expect(drawn.meanDifference).toBeLessThan(8);
}
