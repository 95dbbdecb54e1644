import { eq } from "drizzle-orm";
import { albumPath, albumPhotoPath, documentPath } from "@/core/public-routes";
import type { Database } from "@/db/client";
import { linksOfArticle } from "@/db/queries/article-links";
import { insertDocument, issuerForUnit } from "@/db/queries/document-writes";
import { albumPhotos, albums, articles, documentForms, documents, media, units } from "@/db/schema";
import { onlyRow } from "@/db/sql";
import { writeTransaction } from "@/db/transaction";
import { publishedDemoArticles } from "./demo-content";
import { expect, test } from "./fixtures";

// An editor links two documents and an album below a demo article; a reader then finds them under
// it ("Văn bản liên quan", "Xem thêm ảnh"). The documents and the album are made here, published.

const run = Date.now().toString(36);

async function publishedDocument(db: Database, number: string, abstract: string) {
  const [form] = await db.select({ id: documentForms.id }).from(documentForms).where(eq(documentForms.name, "Kế hoạch")).limit(1);
  const [unit] = await db.select({ id: units.id }).from(units).limit(1);
  const slug = `van-ban-e2e-${run}-${number.replace(/\W/g, "").toLowerCase()}`;
  await writeTransaction(db, async (tx) =>
    insertDocument(
      tx,
      { slug, formId: form?.id ?? 0, issuerId: await issuerForUnit(tx, unit?.id ?? 0), number, issuedOn: { year: 2026, month: 3, day: 15 }, inForceOn: null, ceasesOn: null, signer: "", abstract, field: "", legalStatus: "in-force" },
      null,
      "published",
      new Date(),
    ),
  );
  return slug;
}

async function publishedAlbum(db: Database, title: string, photoCount: number) {
  const slug = `album-e2e-${run}`;
  return await writeTransaction(db, async (tx) => {
    const album = onlyRow(await tx.insert(albums).values({ slug, title, takenOn: "2026-03-20", status: "published", publishedAt: new Date() }).returning({ id: albums.id }));
    const photoIds: number[] = [];
    for (let i = 0; i < photoCount; i++) {
      const image = onlyRow(
        await tx.insert(media).values({ storageKey: `album-e2e-${run}-${i}`, originalName: `anh-${i}.jpg`, width: 1200, height: 800, variantWidths: [480, 960], sizeBytes: 1000, alt: `Ảnh hội thao ${i + 1}` }).returning({ id: media.id }),
      );
      photoIds.push(onlyRow(await tx.insert(albumPhotos).values({ albumId: album.id, mediaId: image.id, sortOrder: i }).returning({ id: albumPhotos.id })).id);
    }
    return { id: album.id, slug, photoIds };
  });
}

test("an editor links two documents and an album below a demo article, in the order chosen, and a reader finds them there", async ({ page, browser, loginAs, db }) => {
  const first = await publishedDocument(db, `11/KH-E2E${run}`, `Kế hoạch tổ chức hội thao công nhân ${run}`);
  const second = await publishedDocument(db, `12/KH-E2E${run}`, `Kế hoạch tháng công nhân ${run}`);
  const album = await publishedAlbum(db, `Hội thao công nhân viên chức ${run}`, 3);
  const demo = publishedDemoArticles.at(-1);
  const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, demo?.slug ?? "")).limit(1);
  if (!demo || !article) throw new Error("the demo seed has no published article");

  await loginAs("editor");
  await page.goto(`/quan-tri/bai-viet/${article.id}`);
  const documentsPanel = page.getByRole("region", { name: "Văn bản liên quan" });
  // Typed without tone marks, as an editor on a phone often does.
  await documentsPanel.getByRole("searchbox", { name: "Tìm văn bản đã đăng" }).fill(`hoi thao ${run}`);
  await documentsPanel.getByRole("button", { name: `Thêm: 11/KH-E2E${run}: Kế hoạch tổ chức hội thao công nhân ${run}` }).click();
  await documentsPanel.getByRole("searchbox", { name: "Tìm văn bản đã đăng" }).fill(`12/KH-E2E${run}`);
  await documentsPanel.getByRole("button", { name: `Thêm: 12/KH-E2E${run}` }).click();
  // The second goes first, by keyboard; the focus stays on the moved document's buttons.
  const chosen = documentsPanel.getByRole("list", { name: "Văn bản đã gắn, theo thứ tự hiện dưới bài" });
  await chosen.getByRole("button", { name: `Chuyển lên: 12/KH-E2E${run}`, exact: false }).focus();
  await page.keyboard.press("Enter");
  await expect(chosen.getByRole("listitem").first()).toContainText(`12/KH-E2E${run}`);
  await expect(chosen.getByRole("button", { name: `Chuyển xuống: 12/KH-E2E${run}`, exact: false })).toBeFocused();
  await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();

  const albumPanel = page.getByRole("region", { name: "Album ảnh (Xem thêm ảnh)" });
  await albumPanel.getByRole("searchbox", { name: "Tìm album đã đăng" }).fill(`hoi thao cong nhan ${run}`);
  await albumPanel.getByRole("button", { name: `Chọn: Hội thao công nhân viên chức ${run}` }).click();
  await expect(albumPanel.getByRole("button", { name: `Bỏ album: Hội thao công nhân viên chức ${run}` })).toBeVisible();

  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  const idOf = async (slug: string) => (await db.select({ id: documents.id }).from(documents).where(eq(documents.slug, slug)))[0]?.id;
  expect(await linksOfArticle(db, article.id)).toEqual({ documentIds: [await idOf(second), await idOf(first)], albumId: album.id });

  // A reader, signed out, on the article's public page.
  const reader = await browser.newPage();
  await reader.goto(`/tin-tuc/${demo.slug}`);
  const documentsBlock = reader.getByRole("region", { name: "Văn bản liên quan" });
  const documentLinks = documentsBlock.getByRole("link");
  await expect(documentLinks).toHaveText([`Kế hoạch tháng công nhân ${run}`, `Kế hoạch tổ chức hội thao công nhân ${run}`]);
  await expect(documentLinks.first()).toHaveAttribute("href", documentPath(second));
  await expect(documentLinks.last()).toHaveAttribute("href", documentPath(first));
  await expect(documentsBlock).toContainText("ban hành ngày 15/03/2026");
  const photos = reader.getByRole("region", { name: "Xem thêm ảnh" });
  await expect(photos).toContainText(`Hội thao công nhân viên chức ${run}`);
  const photoLinks = photos.getByRole("listitem").getByRole("link");
  await expect(photoLinks).toHaveCount(3);
  await expect(photoLinks.first()).toHaveAttribute("href", albumPhotoPath(album.slug, album.photoIds[0] ?? 0));
  await expect(photos.getByRole("link", { name: "Xem cả album (3 ảnh)" })).toHaveAttribute("href", albumPath(album.slug));
  await reader.close();
});

test("the editor's search for documents and albums answers signed-in staff only, and names a wrong kind", async ({ page, request, loginAs }) => {
  const signedOut = await request.get("/api/bai-viet/lien-ket?loai=van-ban&q=ke+hoach");
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toMatchObject({ error: expect.stringContaining("đăng nhập") });
  await loginAs("contributor");
  const found = await page.request.get("/api/bai-viet/lien-ket?loai=van-ban&q=ke+hoach");
  expect(found.status()).toBe(200);
  expect(await found.json()).toMatchObject({ items: expect.any(Array) });
  const wrongKind = await page.request.get("/api/bai-viet/lien-ket?loai=bai-viet");
  expect(wrongKind.status()).toBe(400);
  expect(await wrongKind.json()).toMatchObject({ error: expect.stringContaining("văn bản") });
});
