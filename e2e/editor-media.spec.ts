import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { MEDIA_NOT_YOURS } from "@/core/permissions";
import { auditLog, categories, media, units } from "@/db/schema";
import { insertArticle } from "@/db/test-database";
import { answerYes, createAccount, expect, signIn, test } from "./fixtures";

// The media library on a phone: search, edit an image's description and credit, delete what nothing uses.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
let sequence = 0;

type Uploaded = { id: number; originalName: string; src: string; storageKey: string };

/** An upload through the handler, as the picker and the library's panel send it. */
async function upload(request: APIRequestContext, fileName: string, alt: string): Promise<Uploaded> {
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: `#${(0x204060 + ++sequence * 0x030507).toString(16).slice(-6)}` } }).jpeg().toBuffer();
  const response = await request.post("/api/media", { headers: { Origin: base }, multipart: { file: { name: fileName, mimeType: "image/jpeg", buffer: photo }, alt } });
  expect(response.status()).toBe(201);
  const { media: item } = (await response.json()) as { media: { id: number; originalName: string; sources: { src: string } } };
  const storageKey = /\/api\/media\/([a-z0-9-]+)-\d+\.jpg$/.exec(item.sources.src)?.[1] ?? "";
  return { id: item.id, originalName: item.originalName, src: item.sources.src, storageKey };
}

async function searchLibrary(page: Page, words: string) {
  const box = page.getByRole("search", { name: "Tìm ảnh" });
  await box.getByLabel("Tìm theo mô tả, tên tệp hoặc nguồn ảnh").fill(words);
  await box.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(words).replace(/%20/g, "\\+")}$`));
}

const card = (page: Page, fileName: string) => page.getByRole("listitem", { name: fileName, exact: true });

async function expectFitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName && entry.filename?.startsWith("app/quan-tri/thu-vien-anh/"));
  if (!found) throw new Error(`No action ${exportedName} in the build`);
  return found[0];
}

/**
 * Calls a library action as the browser does: (previous state, form). React's reply names the
 * form's fields `_1_<name>` and the arguments `0`, which refers to the form as "$K1".
 */
function callAction(request: APIRequestContext, name: "updateMediaAction" | "deleteMediaAction", fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(`_1_${key}`, value);
  form.set("0", '[null,"$K1"]');
  return request.post("/quan-tri/thu-vien-anh", { headers: { "Next-Action": actionId(name), Accept: "text/x-component", Origin: base, ...headers }, multipart: form, maxRedirects: 0 });
}

test("an editor on a phone finds an image without tone marks or by file name, edits its description and credit, and deletes it", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const editor = await createAccount("editor", db);
  await signIn(page, editor);
  const stamp = Date.now();
  // A camera's long name, which must wrap on the card and in the dialog's title.
  const fileName = `DSC${stamp}_ky_niem_thanh_lap_cong_doan.jpg`;
  const image = await upload(page.request, fileName, `Lễ kỷ niệm Ngày thành lập Công đoàn huyện Đông Sơn lần ${stamp}`);

  await page.goto("/quan-tri/thu-vien-anh");
  await searchLibrary(page, `ky niem cong doan dong son ${stamp}`);
  await expect(page.getByRole("status").filter({ hasText: `Tìm thấy 1 ảnh cho “ky niem cong doan dong son ${stamp}”` })).toBeVisible();
  await expect(card(page, fileName)).toContainText("Lễ kỷ niệm Ngày thành lập Công đoàn huyện Đông Sơn");
  await searchLibrary(page, fileName.toLowerCase());
  await expect(page.getByRole("list", { name: "Các ảnh" }).getByRole("listitem")).toHaveCount(1);
  await expect(card(page, fileName)).toBeVisible();
  await expectFitsThePhone(page);

  // Both fields too long: both errors at once, what was typed kept.
  const item = card(page, fileName);
  await item.getByRole("button", { name: `Sửa thông tin ảnh ${fileName}` }).click();
  const form = item.getByRole("form", { name: `Sửa thông tin ảnh ${fileName}` });
  await form.getByLabel("Mô tả ảnh").fill("Dài ".repeat(80));
  await form.getByLabel("Nguồn ảnh / tác giả").fill("Nguồn ".repeat(30));
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("alert")).toHaveText("Chưa lưu được: hãy sửa các mục được đánh dấu.");
  await expect(form.getByText("Mô tả ảnh dài quá 300 ký tự.")).toBeVisible();
  await expect(form.getByText("Nguồn ảnh / tác giả dài quá 150 ký tự.")).toBeVisible();
  await expect(form.getByLabel("Mô tả ảnh")).toHaveValue("Dài ".repeat(80));
  await expect(form.getByLabel("Mô tả ảnh")).toHaveAttribute("aria-invalid", "true");
  await expectFitsThePhone(page);
  await expectNoAxeViolations(page);

  await form.getByLabel("Mô tả ảnh").fill(`Đoàn viên dự lễ kỷ niệm ${stamp}`);
  await form.getByLabel("Nguồn ảnh / tác giả").fill("Ảnh: Trần Văn Bình");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã lưu thông tin ảnh “${fileName}”.`);
  await expect(item).toContainText(`Đoàn viên dự lễ kỷ niệm ${stamp}`);
  await expect(item).toContainText("Nguồn: Ảnh: Trần Văn Bình");
  expect((await db.select({ alt: media.alt, credit: media.credit }).from(media).where(eq(media.id, image.id)).limit(1))[0]).toEqual({ alt: `Đoàn viên dự lễ kỷ niệm ${stamp}`, credit: "Ảnh: Trần Văn Bình" });
  // The editor's picker shows the credit under the photo.
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByRole("button", { name: "Chèn ảnh" }).first().click();
  const picker = page.getByRole("dialog", { name: "Chèn ảnh" });
  await picker.getByRole("tab", { name: "Thư viện ảnh" }).click();
  await expect(picker.getByText("Nguồn: Ảnh: Trần Văn Bình")).toBeVisible();
  // The credit is searched too, and survives a reload.
  await page.goto("/quan-tri/thu-vien-anh?q=tran+van+binh");
  await expect(card(page, fileName)).toContainText("Nguồn: Ảnh: Trần Văn Bình");

  // Deleting asks first, saying what will happen; "no" keeps it.
  expect((await page.request.get(image.src)).status()).toBe(200);
  await card(page, fileName).getByRole("button", { name: `Xóa ảnh ${fileName}` }).click();
  const question = page.getByRole("dialog", { name: `Xóa ảnh “${fileName}”?` });
  await expect(question).toContainText("không thể hoàn tác");
  await expect(question).toContainText("đang được dùng");
  expect(await question.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Không, quay lại" }).click();
  await expect(question).toBeHidden();
  await card(page, fileName).getByRole("button", { name: `Xóa ảnh ${fileName}` }).click();
  await answerYes(page, "Xóa ảnh");
  await expect(page.getByRole("status").filter({ hasText: `Đã xóa ảnh “${fileName}” khỏi thư viện.` })).toBeFocused();
  await page.reload();
  await expect(card(page, fileName)).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText("Không tìm thấy ảnh nào cho “tran van binh”");
  for (const variant of [image.src, image.src.replace(/\.jpg$/, ".webp"), `/api/media/${image.storageKey}-480.webp`]) {
    expect((await page.request.get(variant)).status(), variant).toBe(404);
  }
  expect((await db.select().from(media).where(eq(media.id, image.id)).limit(1))[0]).toBeUndefined();
  expect(await db.select({ target: auditLog.target, actorName: auditLog.actorName }).from(auditLog).where(eq(auditLog.action, "media-delete"))).toContainEqual({ target: `Ảnh: ${fileName}`, actorName: editor.displayName });
  await context.close();
});

test("an image used as an article's cover or in its text is not deleted, and the refusal names the article", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("editor", db));
  const stamp = Date.now();
  const cover = await upload(page.request, `bia-${stamp}.jpg`, "Ảnh đại diện");
  const inText = await upload(page.request, `trong-bai-${stamp}.jpg`, "Ảnh trong bài");
  const place = { unitId: (await db.select().from(units).limit(1))[0]!.id, categoryId: (await db.select().from(categories).limit(1))[0]!.id };
  const coverTitle = `Hội nghị có ảnh đại diện ${stamp}`;
  const textTitle = `Bản nháp có ảnh trong bài ${stamp}`;
  await insertArticle(db, { ...place, title: coverTitle, slug: `anh-dai-dien-${stamp}`, coverMediaId: cover.id });
  await insertArticle(db, { ...place, title: textTitle, slug: `anh-trong-bai-${stamp}`, status: "draft", publishedAt: null, bodyHtml: `<p>Mở đầu.</p><figure><img src="${inText.src}" alt="Ảnh trong bài"><figcaption>Chú thích</figcaption></figure>` });

  await page.goto(`/quan-tri/thu-vien-anh?q=${stamp}`);
  for (const [image, title, where] of [[cover, coverTitle, "làm ảnh đại diện của bài"], [inText, textTitle, "trong nội dung bài"]] as const) {
    const item = card(page, image.originalName);
    await item.getByRole("button", { name: `Xóa ảnh ${image.originalName}` }).click();
    await answerYes(page, "Xóa ảnh");
    await expect(item.getByRole("alert")).toHaveText(`Không thể xóa ảnh “${image.originalName}” vì đang được dùng: ${where} “${title}”. Hãy gỡ ảnh khỏi những chỗ này trước.`);
    expect((await db.select().from(media).where(eq(media.id, image.id)).limit(1))[0]).toBeDefined();
    expect((await page.request.get(image.src)).status()).toBe(200);
  }
  await expectFitsThePhone(page);
  await expectNoAxeViolations(page);
  await context.close();
});

test("a contributor changes only the images they uploaded: no buttons on others', and a direct request is refused", async ({ browser, db }) => {
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, await createAccount("editor", db));
  const stamp = Date.now();
  const others = await upload(editorPage.request, `cua-bien-tap-${stamp}.jpg`, "Ảnh của biên tập viên");
  await editorContext.close();

  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("contributor", db));
  const own = await upload(page.request, `cua-toi-${stamp}.jpg`, "Ảnh của tôi");
  await page.goto(`/quan-tri/thu-vien-anh?q=${stamp}`);
  await expect(card(page, own.originalName).getByRole("button", { name: `Sửa thông tin ảnh ${own.originalName}` })).toBeVisible();
  await expect(card(page, others.originalName)).toBeVisible();
  await expect(card(page, others.originalName).getByRole("button")).toHaveCount(0);

  const edit = await callAction(page.request, "updateMediaAction", { id: String(others.id), alt: "Chiếm ảnh", credit: "Chiếm" });
  expect(await edit.text()).toContain(MEDIA_NOT_YOURS);
  const remove = await callAction(page.request, "deleteMediaAction", { id: String(others.id) });
  expect(await remove.text()).toContain(MEDIA_NOT_YOURS);
  expect((await db.select({ alt: media.alt, credit: media.credit }).from(media).where(eq(media.id, others.id)).limit(1))[0]).toEqual({ alt: "Ảnh của biên tập viên", credit: "" });
  expect((await page.request.get(others.src)).status()).toBe(200);

  // Another site's page cannot make a signed-in browser delete, even the contributor's own image.
  const foreign = await callAction(page.request, "deleteMediaAction", { id: String(own.id) }, { Origin: "http://127.0.0.1:9" });
  expect(foreign.status()).toBe(403);
  expect((await db.select().from(media).where(eq(media.id, own.id)).limit(1))[0]).toBeDefined();
  // Their own: allowed by the same direct request.
  const ownEdit = await callAction(page.request, "updateMediaAction", { id: String(own.id), alt: "Ảnh của tôi, đã sửa", credit: "Ảnh: Cộng tác viên" });
  expect(await ownEdit.text()).toContain(`Đã lưu thông tin ảnh “${own.originalName}”.`);
  await context.close();
});

test("the library answers an odd or over-long search and a page past the end with a message, never an error", async ({ page, loginAs }) => {
  await loginAs("contributor");
  for (const q of ["%", '"', "***", "NEAR(a b) OR *", "'; DROP TABLE media; --", "đ".repeat(1000)]) {
    const response = await page.goto(`/quan-tri/thu-vien-anh?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thư viện ảnh");
  }
  await expect(page.getByText("Từ khóa quá dài: chỉ tìm theo 200 ký tự đầu.")).toBeVisible();
  await page.goto("/quan-tri/thu-vien-anh?q=khong+co+anh+nao+nhu+the&trang=7");
  await expect(page.getByRole("alert").filter({ hasText: "Không có trang 7" })).toHaveText("Không có trang 7: kết quả tìm chỉ có 1 trang. Về trang đầu");
  await page.getByRole("link", { name: "Về trang đầu" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-vien-anh\?q=khong\+co\+anh\+nao\+nhu\+the$/);
  await page.goto("/quan-tri/thu-vien-anh?trang=999999999");
  await expect(page.getByRole("alert").filter({ hasText: "Không có trang 999999999: thư viện chỉ có" })).toBeVisible();
});
