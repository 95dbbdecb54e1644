import sharp from "sharp";
import { demoSiteSettings } from "@/seeds/demo-settings";
import { publishedDemoArticles } from "./demo-content";
import { createAccount, expect, signIn, test } from "./fixtures";

// The union's identity from its site settings on the demo site: the icons drawn from its emblem on
// every page (the tab, a bookmark, the phone's home screen), the reader's and the staff's alike, and
// the footer of every public page.

const readerPages = ["/", "/tin-tuc", `/tin-tuc/${publishedDemoArticles[0]?.slug ?? "x"}`, "/gioi-thieu/lien-he", "/tim-kiem?q=cong+doan", "/khong-co-trang-nay", "/dang-nhap"];
const staffPages = ["/quan-tri", "/quan-tri/bai-viet/moi", "/quan-tri/trang"];

async function linkedIcons(page: import("@playwright/test").Page) {
  return page.evaluate(() =>
    Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')).map((link) => ({
      rel: link.rel,
      href: new URL(link.href).pathname,
      sizes: link.getAttribute("sizes") ?? "",
    })),
  );
}

const expected = [
  { rel: "icon", href: "/favicon.ico", sizes: "16x16 32x32 48x48" },
  { rel: "icon", href: "/icon-192.png", sizes: "192x192" },
  { rel: "icon", href: "/icon-512.png", sizes: "512x512" },
  { rel: "apple-touch-icon", href: "/apple-touch-icon.png", sizes: "180x180" },
  { rel: "manifest", href: "/manifest.webmanifest", sizes: "" },
];

test("every reader's and staff page links the favicon, the phone icons and the manifest", async ({ page, db }) => {
  for (const path of readerPages) {
    await page.goto(path);
    expect(await linkedIcons(page), path).toEqual(expect.arrayContaining(expected));
  }
  await signIn(page, await createAccount("editor", db));
  for (const path of staffPages) {
    await page.goto(path);
    expect(await linkedIcons(page), path).toEqual(expect.arrayContaining(expected));
  }
});

test("the manifest names the union and its icons answer as images of the sizes it declares", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest.name).toBe(demoSiteSettings.name);
  expect(manifest.short_name).toBe(demoSiteSettings.shortName);
  expect(manifest.start_url).toBe("/");
  expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
  const icons = [...manifest.icons, { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }];
  for (const icon of icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toBe(icon.type);
    const { width, height, format } = await sharp(await file.body()).metadata();
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    expect(format).toBe("png");
  }
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  const ico = await favicon.body();
  // ICONDIR: reserved 0, type 1 (icon), then the number of images: 16, 32 and 48 px.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
  expect([ico[6], ico[22], ico[38]]).toEqual([16, 32, 48]);
});

test("an article's footer gives the union's name, contacts, lines, social links, about pages and related sites", async ({ page }) => {
  await page.goto(`/tin-tuc/${publishedDemoArticles[0]?.slug ?? "x"}`);
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText(demoSiteSettings.name);
  await expect(footer).toContainText(demoSiteSettings.address);
  await expect(footer.getByRole("link", { name: demoSiteSettings.email })).toHaveAttribute("href", `mailto:${demoSiteSettings.email}`);
  for (const line of [demoSiteSettings.responsibility, demoSiteSettings.licence, demoSiteSettings.footerText]) await expect(footer).toContainText(line);
  for (const social of ["Facebook", "Zalo", "YouTube"]) {
    await expect(footer.getByRole("link", { name: new RegExp(`^${social}`) })).toHaveAttribute("target", "_blank");
  }
  // The top-level published pages; a sub-page (Lịch sử truyền thống) is reached from its parent.
  const about = footer.getByRole("navigation", { name: "Giới thiệu" });
  await expect(about.getByRole("link", { name: "Liên hệ" })).toHaveAttribute("href", "/gioi-thieu/lien-he");
  await expect(about.getByRole("link", { name: "About us" })).toHaveAttribute("href", "/gioi-thieu/about-us");
  await expect(about.getByRole("link", { name: "Lịch sử truyền thống" })).toHaveCount(0);
  const related = footer.getByRole("navigation", { name: "Liên kết website" });
  for (const link of demoSiteSettings.relatedLinks) {
    await expect(related.getByRole("link", { name: new RegExp(`^${link.label}`) })).toHaveAttribute("href", new RegExp(`^${link.url.replace(/[.]/g, "\\.")}/?$`));
  }
});
