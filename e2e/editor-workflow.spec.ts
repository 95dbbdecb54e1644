import sharp from "sharp";
import { eq } from "drizzle-orm";
import { publicArticleCount } from "@/db/queries/public-articles";
import { articles } from "@/db/schema";
import { webpBomb } from "@/tests/image-fixtures";
import { createAccount, expect, signIn, test, typePublishTime } from "./fixtures";

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: "#b91c1c" } }).jpeg().toBuffer();
}

async function totalOnListing(page: import("@playwright/test").Page): Promise<number> {
  await page.goto("/tin-tuc");
  const line = await page.getByText(/^Tổng số: \d+ \|/).textContent();
  return Number(/Tổng số: (\d+)/.exec(line ?? "")?.[1]);
}

// Other staff journeys publish at the same time on the shared demo site: the listing's total is
// read between two counts of the database that agree, so both numbers describe the same moment.
async function listingWithCount(page: import("@playwright/test").Page, db: import("@/db/client").Database) {
  for (let attempt = 0; ; attempt += 1) {
    const counted = await publicArticleCount(db, {});
    const listed = await totalOnListing(page);
    if (counted === await publicArticleCount(db, {}) || attempt === 4) return { listed, counted };
  }
}

test("a contributor writes a report with a photo, an editor publishes it, a reader finds it on top", async ({ page, browser, db }) => {
  const title = `Công đoàn cơ sở tổ chức hội thao mừng Đại hội ${Date.now()}`;
  const caption = "Các vận động viên thi đấu bóng chuyền hơi";
  const contributor = await createAccount("contributor", db);
  await signIn(page, contributor);
  await page.getByRole("link", { name: "+ Bài mới" }).click();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Tóm tắt (sapo)").fill("Sáng nay, công đoàn cơ sở tổ chức hội thao cho đoàn viên.");
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await body.pressSequentially("Hội thao thu hút hơn 200 đoàn viên tham gia.");

  await page.getByRole("button", { name: "Chèn ảnh" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Chèn ảnh" });
  // With a mouse, the picker also takes a photo dragged onto it or pasted.
  await expect(dialog.getByText("tối đa 10 MB")).toHaveText("hoặc kéo thả ảnh vào đây, hoặc dán ảnh (Ctrl+V). Ảnh JPEG, PNG, WebP, tối đa 10 MB.", { useInnerText: true });
  await dialog.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "hoi-thao.jpg", mimeType: "image/jpeg", buffer: await photo() });
  await expect(dialog.getByText("Đã tải lên")).toBeVisible();
  await dialog.getByLabel("Mô tả ảnh (cho người không nhìn thấy)").fill("Hai đội bóng chuyền thi đấu trên sân cỏ");
  await dialog.getByLabel("Chú thích ảnh").fill(caption);
  await dialog.getByRole("button", { name: "Chèn ảnh" }).click();
  await expect(body.locator("figcaption")).toHaveText(caption);

  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByText("Đã gửi duyệt. Biên tập viên sẽ xem bài của bạn.")).toBeVisible();

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const before = await listingWithCount(reader, db);

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, await createAccount("editor", db));
  await editorPage.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: /Chờ duyệt/ }).click();
  await editorPage.getByRole("link", { name: title }).click();
  await editorPage.getByRole("button", { name: "Xuất bản" }).click();
  await expect(editorPage.getByText("Đã xuất bản.")).toBeVisible();

  const after = await listingWithCount(reader, db);
  expect(after.listed - before.listed).toBe(after.counted - before.counted);
  expect(after.listed).toBeGreaterThan(before.listed);
  // On top, but for any article another journey published after it.
  const block = reader.getByRole("region", { name: "Các tin đã đăng" });
  const above = (await block.getByRole("heading", { level: 3 }).allTextContents()).map((text) => text.trim());
  expect(above).toContain(title);
  const ours = (await db.select().from(articles).where(eq(articles.title, title)).limit(1))[0]?.publishedAt ?? new Date();
  for (const other of above.slice(0, above.indexOf(title))) {
    expect((await db.select().from(articles).where(eq(articles.title, other)).limit(1))[0]?.publishedAt?.getTime() ?? 0, other).toBeGreaterThanOrEqual(ours.getTime());
  }
  await block.getByRole("link", { name: title }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const figure = reader.locator(".article-body figure");
  await expect(figure.getByRole("img", { name: "Hai đội bóng chuyền thi đấu trên sân cỏ" })).toBeVisible();
  await expect(figure.locator("figcaption")).toHaveText(caption);
  await readerContext.close();
  await editorContext.close();
});

test("a scheduled article stays hidden until its time, then appears by itself", async ({ page, loginAs, db }) => {
  await loginAs("editor");
  const title = `Tin hẹn giờ của biên tập viên ${Date.now()}`;
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  // Vietnam local time 20 seconds from now, as an editor would type it.
  await typePublishTime(page, new Date(Date.now() + 20_000));
  await page.getByRole("button", { name: "Hẹn giờ đăng" }).click();
  await expect(page.getByText(/^Đã hẹn giờ đăng:/)).toBeVisible();
  const slug = (await db.select().from(articles).where(eq(articles.title, title)).limit(1))[0]?.slug;
  expect((await page.request.get(`/tin-tuc/${slug}`)).status()).toBe(404);
  await expect(async () => {
    expect((await page.request.get(`/tin-tuc/${slug}`)).status()).toBe(200);
  }).toPass({ timeout: 40_000, intervals: [2_000] });
  await page.goto("/tin-tuc");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("a conflicting save is refused with a clear message and the text is kept", async ({ page, browser, db }) => {
  const first = await createAccount("editor", db);
  const second = await createAccount("editor", db);
  await signIn(page, first);
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Bài hai người cùng sửa ${Date.now()}`);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const url = page.url();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, second, new URL(url).pathname);

  await page.getByLabel("Tóm tắt (sapo)").fill("Bản của người thứ nhất");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();

  await other.getByLabel("Tóm tắt (sapo)").fill("Bản của người thứ hai, không được mất");
  await other.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(other.getByRole("heading", { name: "Có người khác vừa lưu bài này" })).toBeVisible();
  await expect(other.getByText(`Bản đã lưu của ${first.displayName}`, { exact: false })).toBeVisible();
  await expect(other.getByLabel("Tóm tắt (sapo)")).toHaveValue("Bản của người thứ hai, không được mất");

  await other.getByRole("button", { name: "Giữ bản của tôi (lưu đè lên bản kia)" }).click();
  await expect(other.getByText(/^Đã lưu lúc/)).toBeVisible();
  await otherContext.close();
});

test("a contributor's direct request to the publish action is refused", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  const title = `Bài cộng tác viên thử xuất bản ${Date.now()}`;
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0);
  // Turn the "save" the page sends into "publish", as a hand-made request would.
  await page.route("**/quan-tri/bai-viet/**", async (route) => {
    const body = route.request().postData();
    if (route.request().method() === "POST" && body?.includes("intent")) {
      await route.continue({ postData: body.replace(/(name="[^"]*intent"\r\n\r\n)save/, "$1publish") });
    } else await route.continue();
  });
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "quyền" })).toHaveText("Bạn không có quyền xuất bản bài này.");
  // An autosave may have stored the draft meanwhile; what matters is that it was not published.
  expect((await db.select().from(articles).where(eq(articles.title, title)).limit(1))[0]?.status ?? "chưa lưu").not.toBe("published");
});

test("a non-image file and an 11 MB image are refused with their reasons", async ({ page, loginAs }) => {
  await loginAs("contributor");
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByRole("textbox", { name: "Nội dung" }).click();
  await page.getByRole("button", { name: "Chèn ảnh" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Chèn ảnh" });
  await dialog.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "bao-cao.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Đây là văn bản, không phải ảnh.") });
  await expect(dialog.getByRole("alert").filter({ hasText: "bao-cao.jpg" })).toHaveText("Tệp “bao-cao.jpg” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.");
  await dialog.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "anh-lon.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
  await expect(dialog.getByRole("alert").filter({ hasText: "anh-lon.jpg" })).toContainText("nặng 11,0 MB, vượt quá giới hạn 10 MB");

  // The server refuses them too, whatever the browser does.
  const text = await page.request.post("/api/media", { multipart: { file: { name: "bao-cao.jpg", mimeType: "image/jpeg", buffer: Buffer.from("không phải ảnh") } } });
  expect(text.status()).toBe(415);
  expect((await text.json()).error).toBe("Tệp “bao-cao.jpg” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.");
  const large = await page.request.post("/api/media", { multipart: { file: { name: "anh-lon.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 1) } } });
  expect(large.status()).toBe(413);
  expect((await large.json()).error).toContain("11,0 MB");
});

test("an image of 16383 × 16383 pixels is refused in the browser with its size, before it is sent", async ({ page, loginAs }) => {
  await loginAs("contributor");
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByRole("textbox", { name: "Nội dung" }).click();
  await page.getByRole("button", { name: "Chèn ảnh" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Chèn ảnh" });
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/media") uploads.push(request.url());
  });
  await dialog.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "bom.webp", mimeType: "image/webp", buffer: webpBomb(16383, 16383) });
  await expect(dialog.getByRole("alert").filter({ hasText: "bom.webp" })).toHaveText(
    "Ảnh “bom.webp” có kích thước 16.383 × 16.383 điểm ảnh (268,4 megapixel), vượt quá giới hạn 40 megapixel. Hãy giảm kích thước ảnh rồi tải lại.",
  );
  expect(uploads).toEqual([]);
});
