import { eq } from "drizzle-orm";
import sharp from "sharp";
import { albumPhotos, albums } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { expectAccessibleAtEveryWidth } from "./accessibility";
import { createAccount, expect, signIn, test } from "./fixtures";

// An editor on a phone makes an album: six photos chosen at once, one of them broken; the five
// others saved and listed; two reordered by the keyboard; a cover chosen; the album published.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

const colours = ["#8a1c1c", "#1c5a8a", "#2f7d32", "#b07d12", "#5b2a86"];
const photo = async (index: number) => ({
  name: `dai-hoi-${index + 1}.jpg`,
  mimeType: "image/jpeg",
  buffer: await sharp({ create: { width: 1200, height: 800, channels: 3, background: colours[index] ?? "#333333" } }).jpeg().toBuffer(),
});

test("an editor uploads six photos at once, one broken, reorders two by keyboard, picks a cover and publishes", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const editor = await createAccount("editor", db);
  await signIn(page, editor);
  const title = `Đại hội Công đoàn Viên chức tỉnh ${Date.now()}`;

  await page.goto("/quan-tri/thu-vien-anh");
  await page.getByRole("navigation", { name: "Thư viện ảnh" }).getByRole("link", { name: "Album" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Album ảnh" })).toBeVisible();
  await page.getByRole("link", { name: "Tạo album" }).click();
  await page.getByLabel("Tên album").fill(title);
  await page.getByLabel("Ngày (dd/mm/yyyy)").fill("21/12/2022");
  await page.getByRole("button", { name: "Tạo album" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-vien-anh\/album\/\d+$/);
  const albumId = Number(/(\d+)$/.exec(page.url())?.[1]);

  const files = [...(await Promise.all([0, 1, 2].map(photo))), { name: "hong.jpg", mimeType: "image/jpeg", buffer: Buffer.from("không phải ảnh, chỉ là chữ") }, ...(await Promise.all([3, 4].map(photo)))];
  await page.getByLabel("Chọn ảnh để tải lên").setInputFiles(files);
  const uploads = page.getByRole("list", { name: "Ảnh đang tải lên" });
  await expect(uploads.getByRole("listitem")).toHaveCount(6);
  await expect(uploads.getByRole("listitem").filter({ hasText: "hong.jpg" }).getByRole("alert")).toHaveText("Lỗi: Tệp “hong.jpg” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.");
  await expect(uploads.getByRole("button", { name: "Thử lại ảnh hong.jpg" })).toBeVisible();
  await expect(page.getByText("Đã xong 5 trên 6 ảnh, 1 ảnh lỗi.")).toBeVisible();

  const list = page.getByRole("list", { name: "Ảnh trong album" });
  await expect(list.getByRole("listitem")).toHaveCount(5);
  const names = async () => list.getByRole("listitem").evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
  const before = await names();
  expect([...before].sort()).toEqual(["dai-hoi-1.jpg", "dai-hoi-2.jpg", "dai-hoi-3.jpg", "dai-hoi-4.jpg", "dai-hoi-5.jpg"]);
  const stored = async () => (await db.select({ mediaId: albumPhotos.mediaId }).from(albumPhotos).where(eq(albumPhotos.albumId, albumId))).length;
  expect(await stored()).toBe(5);

  // The second photo goes up by the keyboard: the order is saved, said, and kept after a reload.
  const second = before[1] ?? "";
  await list.getByRole("button", { name: `Lên ảnh ${second}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `Ảnh “${second}” nay ở vị trí 1 trên 5.` })).toBeVisible();
  const moved = [second, before[0], ...before.slice(2)];
  expect(await names()).toEqual(moved);
  await expect(list.getByRole("button", { name: `Lên ảnh ${second}` })).toBeDisabled();
  await page.reload();
  expect(await names()).toEqual(moved);

  // The last photo becomes the cover.
  const last = moved[4] ?? "";
  await list.getByRole("button", { name: `Chọn làm ảnh bìa ảnh ${last}` }).click();
  await expect(list.getByRole("listitem", { name: last }).getByText("Ảnh bìa", { exact: true })).toBeVisible();

  // A caption and credit saved for one photo.
  const first = list.getByRole("listitem", { name: second });
  await first.getByLabel("Chú thích", { exact: true }).fill("Đoàn chủ tịch điều hành phiên khai mạc");
  await first.getByLabel("Nguồn ảnh / tác giả").fill("Ảnh: Minh Hà");
  await first.getByRole("button", { name: `Lưu chú thích ảnh ${second}` }).click();
  await expect(first.getByRole("status")).toHaveText(`Đã lưu chú thích ảnh “${second}”.`);

  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("form", { name: "Thông tin album" }).getByRole("status")).toHaveText("Đã xuất bản album.");
  const [saved] = await db.select({ status: albums.status, coverPhotoId: albums.coverPhotoId }).from(albums).where(eq(albums.id, albumId));
  expect(saved?.status).toBe("published");
  const [coverPhoto] = await db.select({ id: albumPhotos.id }).from(albumPhotos).where(eq(albumPhotos.id, saved?.coverPhotoId ?? -1));
  expect(coverPhoto).toBeDefined();
  await expect(page.getByRole("button", { name: "Gỡ album" })).toBeVisible();

  // A new address: the album's and its photos' addresses readers shared lead to it by a permanent redirect.
  const oldSlug = (await db.select({ slug: albums.slug }).from(albums).where(eq(albums.id, albumId)))[0]?.slug ?? "";
  const reader = await browser.newPage();
  await reader.goto(`/thu-vien-anh/${oldSlug}/anh-${coverPhoto?.id}`);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(title);
  const movedSlug = `dai-hoi-lan-thu-iv-${albumId}`;
  const details = page.getByRole("form", { name: "Thông tin album" });
  await details.getByLabel("Đường dẫn").fill(movedSlug);
  await details.getByRole("button", { name: "Lưu và cập nhật" }).click();
  await expect(details.getByRole("status")).toHaveText("Đã lưu album đang xuất bản.");
  await reader.goto(`/thu-vien-anh/${oldSlug}`);
  await expect(reader).toHaveURL(new RegExp(`/thu-vien-anh/${movedSlug}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await reader.goto(`/thu-vien-anh/${oldSlug}/anh-${coverPhoto?.id}`);
  await expect(reader).toHaveURL(new RegExp(`/thu-vien-anh/${movedSlug}/anh-${coverPhoto?.id}$`));
  expect((await reader.request.get(`/thu-vien-anh/${oldSlug}`, { maxRedirects: 0 })).status()).toBe(308);
  await reader.close();

  // The album's page with its photos, checked like every staff page (axe, no sideways scrolling).
  await expectAccessibleAtEveryWidth(page, `/quan-tri/thu-vien-anh/album/${albumId}`);
  await context.close();
});

test("a contributor cannot open an album or add a photo to it", async ({ page, db }) => {
  const stamp = Date.now();
  const [album] = await writeTransaction(db, (tx) => tx.insert(albums).values({ slug: `album-cua-bien-tap-${stamp}`, title: `Album của biên tập ${stamp}`, takenOn: "2022-12-21" }).returning({ id: albums.id }));
  const contributor = await createAccount("contributor", db);
  await signIn(page, contributor);
  const response = await page.goto(`/quan-tri/thu-vien-anh/album/${album?.id}`);
  expect(response?.status()).toBe(404);
  await page.goto("/quan-tri/thu-vien-anh");
  await expect(page.getByRole("navigation", { name: "Thư viện ảnh" })).toHaveCount(0);
  const upload = await page.request.post(`/api/thu-vien-anh/${album?.id}/anh`, { headers: { Origin: base }, multipart: { file: await photo(0) } });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ error: "Chỉ biên tập viên và quản trị viên được quản lý album ảnh." });
  expect(await db.select().from(albumPhotos).where(eq(albumPhotos.albumId, album?.id ?? -1))).toEqual([]);
});
